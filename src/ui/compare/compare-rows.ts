// Lays out 2–4 sources as rows for the compare view.
//
// Each column must still read as its article, in order, while aligned passages share a row.
// 1. Units: each source's passages in reading order (boilerplate included; the view dims or hides it).
// 2. A graph: every unit is a node, with an edge from each unit to the next one of its source.
// 3. Content sentences are matched by what they state (core matchSentences: two outlets' own
//    wording of the same facts, headline with headline, lede with lede; up to
//    MAX_MATCHED_SENTENCES). A reworded passage group that contradicts that matching is left out.
//    Groups, best score first, merge their members (one unit per source, at least two sources)
//    into one node — unless that would close a cycle, i.e. the alignment crosses the reading
//    order of some column. Then the largest subset of members that keeps every order is merged
//    and the rest stay in place on their own, marked as out of order with the members they match.
//    Then the sentence matches among units still alone are merged the same way, after every
//    passage group; a member left out for the order is marked too, so a sentence reworded in
//    another place of the other column still points at its counterpart. Past the cap only the
//    sentences left alone are matched, if they are few enough.
// 4. The rows are a topological order of the node graph (Kahn's algorithm). Among the nodes that
//    may come next: an aligned node first (nothing holds it back); then the passage fewest steps
//    before its column's next aligned passage, since it holds that row back (a source with nothing
//    aligned ahead goes last, instead of pushing the aligned rows down); then the next passage of
//    the column just shown, so a stretch only one source has stays together (mergeSingleRuns joins
//    it into one row); then the node furthest behind in its source.
// A row is therefore never out of order in any column, and every unit appears exactly once.
import { matchSentences } from '../../core/align';
import type { AlignmentGroup, Passage } from '../../core/model/analysis';
import { ownValue } from '../../core/util/id-record';
import { appendAll } from '../../core/util/arrays';

export interface AlignedRow {
  kind: 'aligned';
  key: string;
  group: AlignmentGroup;
  /** One entry per column: that source's passage in the group, or null. */
  cells: Array<Passage | null>;
}

export interface SingleRow {
  kind: 'single';
  key: string;
  column: number;
  /** Consecutive passages of one source that no other chosen source shares (see mergeSingleRuns). */
  passages: Passage[];
  /**
   * The passages of other columns this one tells the same thing as but could not share a row
   * with without breaking its column's order (wherever they ended up: their own row, or a row
   * another group made); null when it is simply only in this source.
   */
  outOfOrderWith: readonly Passage[] | null;
}

/** Consecutive rows of page furniture shown as one line until the analyst unfolds them. */
export interface FoldRow {
  kind: 'fold';
  key: string;
  /** The furniture rows folded here, in order. */
  rows: SingleRow[];
  /** How many passages (lines) of furniture they hold. */
  lines: number;
}

/** A row as laid out, before furniture is folded. */
export type LaidOutRow = AlignedRow | SingleRow;

export type CompareRow = LaidOutRow | FoldRow;

export const isFurnitureRow = (row: CompareRow): row is SingleRow => row.kind === 'single' && row.passages[0]!.boilerplate !== null;

/** Sentence matching (step 3) runs while at most this many content sentences are left alone: news
 *  articles, not compilations of megabytes, where each match's order check (a walk of the row
 *  graph) would add up to minutes. */
export const MAX_MATCHED_SENTENCES = 3000;

/**
 * At most this many passages of one source share a row. Two 2 MB documents have stretches of a
 * thousand passages only one of them has: as one row (175 KB of text, tens of thousands of pixels
 * tall) it is rendered and measured whole whenever any of it is on screen, and the virtual list no
 * longer keeps the page light.
 */
export const MAX_PASSAGES_PER_ROW = 20;

export interface RowLayoutInput {
  /** Document ids, one per column. */
  columns: readonly string[];
  passages: Readonly<Record<string, readonly Passage[]>>;
  groups: readonly AlignmentGroup[];
  /** Groups scoring below this are not aligned. */
  minScore: number;
}

interface Unit {
  column: number;
  index: number;
  passage: Passage;
}

/** The unit of `passages` that contains `offset`, by binary search on starts. */
function unitIndexAt(passages: readonly Passage[], offset: number): number {
  let low = 0;
  let high = passages.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (passages[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && offset < passages[found]!.end ? found : -1;
}

export function layoutCompareRows(input: RowLayoutInput): LaidOutRow[] {
  const columnPassages = input.columns.map((doc) => ownValue(input.passages, doc) ?? []);
  const units: Unit[] = [];
  const firstUnit: number[] = [];
  columnPassages.forEach((passages, column) => {
    firstUnit.push(units.length);
    passages.forEach((passage, index) => units.push({ column, index, passage }));
  });
  const graph = new UnitGraph(units, columnPassages.map((p) => p.length), firstUnit);
  const displaced = new Map<number, readonly Passage[]>();
  const markDisplaced = (members: readonly number[], kept: readonly number[]) => {
    for (const unit of members) {
      if (kept.includes(unit) || displaced.has(unit)) continue;
      displaced.set(unit, members.filter((other) => other !== unit).map((other) => units[other]!.passage));
    }
  };
  const groupOfNode = new Map<number, AlignmentGroup>();

  const counterparts = sentenceCounterparts(columnPassages, input.columns, firstUnit);
  for (const group of rankGroups(input.groups, input.minScore)) {
    if (group.kind === 'paraphrase' && counterparts && contradicts(groupMembers(group, input.columns, columnPassages, firstUnit), counterparts.byUnit, units)) continue;
    const members = groupMembers(group, input.columns, columnPassages, firstUnit).filter((unit) => graph.isAlone(unit));
    if (new Set(members.map((unit) => units[unit]!.column)).size < 2) continue;
    const kept = largestConsistentSubset(graph, members) ?? [];
    if (kept.length > 0) groupOfNode.set(graph.merge(kept), group);
    markDisplaced(members, kept);
  }
  const alone = new Set(units.filter((unit, index) => graph.isAlone(index) && unit.passage.boilerplate === null).map((unit) => unit.passage));
  const sentenceGroups = counterparts?.groups ?? (alone.size <= MAX_MATCHED_SENTENCES ? matchSentences(columnPassages, { aligned: (passage) => !alone.has(passage) }) : []);
  for (const group of rankGroups(sentenceGroups, input.minScore)) {
    const members = groupMembers(group, input.columns, columnPassages, firstUnit).filter((unit) => graph.isAlone(unit));
    if (members.length < 2) continue;
    const kept = largestConsistentSubset(graph, members) ?? [];
    if (kept.length > 0) groupOfNode.set(graph.merge(kept), group);
    markDisplaced(members, kept);
  }

  return graph.orderNodes().map((node): LaidOutRow => {
    const members = graph.membersOf(node);
    const group = groupOfNode.get(node);
    if (group && members.length > 1) {
      const cells: Array<Passage | null> = input.columns.map(() => null);
      for (const unit of members) cells[units[unit]!.column] = units[unit]!.passage;
      return { kind: 'aligned', key: `g:${group.id}`, group, cells };
    }
    const unit = units[members[0]!]!;
    return { kind: 'single', key: `p:${unit.column}:${unit.index}`, column: unit.column, passages: [unit.passage], outOfOrderWith: displaced.get(members[0]!) ?? null };
  });
}

/**
 * Joins back-to-back single rows of one column into one row, so a stretch only one source has
 * takes one row instead of a ladder of rows with empty neighbours. Displaced passages stay alone
 * (they point at their counterparts), and page furniture is not joined with content. A stretch longer
 * than MAX_PASSAGES_PER_ROW continues in the next row.
 */
export function mergeSingleRuns(rows: readonly LaidOutRow[]): LaidOutRow[] {
  const merged: LaidOutRow[] = [];
  // The row being extended: a copy this function owns, so the input rows are never changed.
  let run: SingleRow | null = null;
  for (const row of rows) {
    if (
      run &&
      row.kind === 'single' &&
      run.column === row.column &&
      !row.outOfOrderWith &&
      (run.passages[0]!.boilerplate === null) === (row.passages[0]!.boilerplate === null) &&
      run.passages.length + row.passages.length <= MAX_PASSAGES_PER_ROW
    ) {
      appendAll(run.passages, row.passages);
      continue;
    }
    run = row.kind === 'single' && !row.outOfOrderWith ? { ...row, passages: [...row.passages] } : null;
    merged.push(run ?? row);
  }
  return merged;
}

/**
 * Per content unit, its counterpart unit in each other column as sentence matching chooses them
 * over all content sentences (headline with headline, lede with lede); null past
 * MAX_MATCHED_SENTENCES.
 */
function sentenceCounterparts(
  columnPassages: ReadonlyArray<readonly Passage[]>,
  columns: readonly string[],
  firstUnit: readonly number[],
): { groups: AlignmentGroup[]; byUnit: Map<number, Map<number, number>> } | null {
  const contentCount = columnPassages.reduce((sum, passages) => sum + passages.filter((passage) => passage.boilerplate === null).length, 0);
  if (contentCount > MAX_MATCHED_SENTENCES) return null;
  const groups = matchSentences(columnPassages);
  const byUnit = new Map<number, Map<number, number>>();
  for (const group of groups) {
    const members = groupMembers(group, columns, columnPassages, firstUnit);
    for (const unit of members) byUnit.set(unit, new Map(members.filter((other) => other !== unit).map((other) => [columnOf(other, firstUnit), other])));
  }
  return { groups, byUnit };
}

const columnOf = (unit: number, firstUnit: readonly number[]): number => {
  let column = 0;
  while (column + 1 < firstUnit.length && firstUnit[column + 1]! <= unit) column += 1;
  return column;
};

/** A reworded passage group that joins two sentences each of which sentence matching gives another
 *  counterpart in the other's column: passage alignment, built for reprints, set a headline against
 *  the other lede, or a body sentence against a headline restating it. A sentence the matching
 *  leaves alone (half of a sentence the other outlet split in two) does not contradict it. */
function contradicts(members: readonly number[], counterparts: ReadonlyMap<number, ReadonlyMap<number, number>>, units: readonly Unit[]): boolean {
  const matchedElsewhere = (unit: number, other: number): boolean => {
    const chosen = counterparts.get(unit)?.get(units[other]!.column);
    return chosen !== undefined && chosen !== other;
  };
  return members.some((unit) => members.some((other) => unit !== other && matchedElsewhere(unit, other) && matchedElsewhere(other, unit)));
}

function rankGroups(groups: readonly AlignmentGroup[], minScore: number): AlignmentGroup[] {
  return groups.filter((g) => g.score >= minScore).sort((a, b) => b.score - a.score || b.passages.length - a.passages.length || a.id.localeCompare(b.id));
}

/** At most one unit per column: the first passage of the group in that source. */
function groupMembers(group: AlignmentGroup, columns: readonly string[], columnPassages: ReadonlyArray<readonly Passage[]>, firstUnit: readonly number[]): number[] {
  const byColumn = new Map<number, number>();
  for (const span of group.passages) {
    const column = columns.indexOf(span.doc);
    if (column < 0 || byColumn.has(column)) continue;
    const index = unitIndexAt(columnPassages[column]!, span.start);
    if (index >= 0) byColumn.set(column, firstUnit[column]! + index);
  }
  return [...byColumn.values()];
}

/** The members to merge: all of them if the orders allow, else the largest subset (of ≥ 2) that does. */
function largestConsistentSubset(graph: UnitGraph, members: number[]): number[] | null {
  for (let size = members.length; size >= 2; size -= 1) {
    for (const subset of subsetsOfSize(members, size)) if (!graph.wouldCycle(subset)) return subset;
  }
  return null;
}

function subsetsOfSize<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsetsOfSize(rest, size - 1).map((subset) => [first, ...subset]), ...subsetsOfSize(rest, size)];
}

/** Units joined into nodes (union–find), with each column's reading order as edges. */
class UnitGraph {
  private readonly parent: number[];
  private readonly members = new Map<number, number[]>();
  /** Per node, the last walk of wouldCycle that reached it. */
  private readonly seenInWalk: Uint32Array;
  private walk = 0;

  constructor(
    private readonly units: readonly Unit[],
    private readonly columnLengths: readonly number[],
    private readonly firstUnit: readonly number[],
  ) {
    this.parent = units.map((_, i) => i);
    this.seenInWalk = new Uint32Array(units.length);
    units.forEach((_, i) => this.members.set(i, [i]));
  }

  find(unit: number): number {
    let root = unit;
    while (this.parent[root] !== root) root = this.parent[root]!;
    this.parent[unit] = root;
    return root;
  }

  isAlone(unit: number): boolean {
    return this.members.get(this.find(unit))!.length === 1;
  }

  membersOf(node: number): number[] {
    return this.members.get(node)!;
  }

  /** The nodes that come next in some column of `node`, added to `out`. */
  private addSuccessors(node: number, out: number[]): number[] {
    for (const unit of this.members.get(node)!) {
      const { column, index } = this.units[unit]!;
      if (index + 1 < this.columnLengths[column]!) out.push(this.find(this.firstUnit[column]! + index + 1));
    }
    return out;
  }

  /**
   * Merging these units' nodes closes a cycle iff one of them already reaches another. Each check
   * may walk the whole graph (tens of thousands of nodes for two 2 MB documents), so "seen" is a
   * stamp per node rather than a new set per walk.
   */
  wouldCycle(unitsToMerge: readonly number[]): boolean {
    const nodes = new Set(unitsToMerge.map((u) => this.find(u)));
    const queue: number[] = [];
    for (const start of nodes) {
      this.walk += 1;
      this.seenInWalk[start] = this.walk;
      this.addSuccessors(start, queue);
      while (queue.length > 0) {
        const node = queue.pop()!;
        if (this.seenInWalk[node] === this.walk) continue;
        if (nodes.has(node)) return true;
        this.seenInWalk[node] = this.walk;
        this.addSuccessors(node, queue);
      }
    }
    return false;
  }

  merge(unitsToMerge: readonly number[]): number {
    const [root, ...others] = unitsToMerge.map((u) => this.find(u)) as [number, ...number[]];
    for (const other of others) {
      if (other === root) continue;
      this.parent[other] = root;
      appendAll(this.members.get(root)!, this.members.get(other)!);
      this.members.delete(other);
    }
    return root;
  }

  /** Kahn's algorithm with the preferences of step 4 in the module header. */
  orderNodes(): number[] {
    const nodes = [...this.members.keys()];
    const indegree = new Map<number, number>(nodes.map((n) => [n, 0]));
    for (const node of nodes) for (const next of this.addSuccessors(node, [])) indegree.set(next, indegree.get(next)! + 1);
    const ready = nodes.filter((n) => indegree.get(n) === 0);
    const order: number[] = [];
    const toAligned = this.stepsToNextAligned();
    let lastColumn = -1;
    const rank = (node: number): number[] => {
      const members = this.members.get(node)!;
      if (members.length > 1) return [0, 0, 0, this.progress(node)];
      const unit = members[0]!;
      return [1, toAligned[unit]!, this.units[unit]!.column === lastColumn ? 0 : 1, this.progress(node)];
    };
    const before = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]! || a[3]! - b[3]!;
    while (ready.length > 0) {
      let best = 0;
      let bestRank = rank(ready[0]!);
      for (let i = 1; i < ready.length; i += 1) {
        const candidate = rank(ready[i]!);
        if (before(candidate, bestRank) < 0) {
          best = i;
          bestRank = candidate;
        }
      }
      const node = ready.splice(best, 1)[0]!;
      const members = this.members.get(node)!;
      lastColumn = members.length > 1 ? -1 : this.units[members[0]!]!.column;
      order.push(node);
      for (const next of this.addSuccessors(node, [])) {
        const left = indegree.get(next)! - 1;
        indegree.set(next, left);
        if (left === 0) ready.push(next);
      }
    }
    return order;
  }

  /** Per unit: how many passages of its column come before the next aligned one (Infinity if none). */
  private stepsToNextAligned(): number[] {
    const steps = this.units.map(() => Infinity);
    this.columnLengths.forEach((length, column) => {
      let next = Infinity;
      for (let index = length - 1; index >= 0; index -= 1) {
        const unit = this.firstUnit[column]! + index;
        next = this.isAlone(unit) ? next + 1 : 0;
        steps[unit] = next;
      }
    });
    return steps;
  }

  private progress(node: number): number {
    let earliest = Infinity;
    for (const unit of this.members.get(node)!) {
      const { column, index } = this.units[unit]!;
      earliest = Math.min(earliest, index / this.columnLengths[column]!);
    }
    return earliest;
  }
}

export interface RowFilters {
  /** Page furniture rows: shown, folded into one line per stretch, or dropped. */
  furniture: 'show' | 'fold' | 'hide';
  /** Drop aligned rows whose passages are identical. */
  differencesOnly: boolean;
}

/** The rows the view shows: filtered first, so hidden furniture does not split a stretch in two. */
export function visibleRows(rows: readonly LaidOutRow[], filters: RowFilters): CompareRow[] {
  const shown = rows.filter((row) => {
    if (filters.furniture === 'hide' && isFurnitureRow(row)) return false;
    if (filters.differencesOnly && row.kind === 'aligned' && row.group.kind === 'identical') return false;
    return true;
  });
  const merged = mergeSingleRuns(shown);
  return filters.furniture === 'fold' ? foldFurniture(merged) : merged;
}

/** Each stretch of furniture rows (of any column) becomes one fold row. */
function foldFurniture(rows: readonly LaidOutRow[]): CompareRow[] {
  const out: CompareRow[] = [];
  let fold: FoldRow | null = null;
  for (const row of rows) {
    if (!isFurnitureRow(row)) {
      fold = null;
      out.push(row);
    } else if (fold) {
      fold.rows.push(row);
      fold.lines += row.passages.length;
    } else {
      fold = { kind: 'fold', key: `fold:${row.key}`, rows: [row], lines: row.passages.length };
      out.push(fold);
    }
  }
  return out;
}

/** Per passage of the rows, the number (from 1) of the row showing it; furniture in a fold has the fold's. */
export function rowNumbersOfPassages(rows: readonly CompareRow[]): Map<Passage, number> {
  const numbers = new Map<Passage, number>();
  rows.forEach((row, index) => {
    const singles = row.kind === 'fold' ? row.rows : row.kind === 'single' ? [row] : [];
    for (const single of singles) for (const passage of single.passages) numbers.set(passage, index + 1);
    if (row.kind === 'aligned') for (const cell of row.cells) if (cell) numbers.set(cell, index + 1);
  });
  return numbers;
}

/** The row a passage shown out of order matches: the first of its counterparts' rows, if any is shown. */
export function rowOfCounterparts(row: SingleRow, rowNumbers: ReadonlyMap<Passage, number>): number | undefined {
  const found = (row.outOfOrderWith ?? []).map((passage) => rowNumbers.get(passage)).filter((number) => number !== undefined);
  return found.length > 0 ? Math.min(...found) : undefined;
}
