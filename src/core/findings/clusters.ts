// Grouping mentions from different documents that are about the same thing, fast enough for
// thousands of documents that reprint one another:
// 1. mentions with the same signature (same words, same value, same context) are one thing
//    without further testing, so a story reprinted 500 times costs one comparison, not 125,000;
// 2. one representative per signature is compared only with representatives sharing a block
//    key (same event, same unit, a shared rare word) — the predicate sees all members of both,
//    so "lies in an aligned passage" holds when any reprint does;
// 3. a union-find joins everything linked, transitively.
import type { AlignmentGroup } from '../model/analysis';
import { unionFind } from '../util/union-find';
import { appendAll } from '../util/arrays';

export interface ClusterRules<T> {
  /** Equal signatures mean the same thing, no test needed. */
  signature: (item: T) => string;
  /** Only representatives sharing a key are tested. */
  blocks: (item: T) => string[];
  /** Whether two sets of same-signature mentions are about the same thing. */
  linked: (a: readonly T[], b: readonly T[]) => boolean;
}

/** Groups of items about the same thing; groups may hold several items of one document. */
export function clusterAcrossDocuments<T extends { doc: string }>(items: T[], rules: ClusterRules<T>): T[][] {
  const bySignature = new Map<string, T[]>();
  for (const item of items) {
    const key = rules.signature(item);
    const members = bySignature.get(key);
    if (members) members.push(item);
    else bySignature.set(key, [item]);
  }
  const sets = [...bySignature.values()];
  const docsOf = sets.map((members) => new Set(members.map((member) => member.doc)));
  const blocks = new Map<string, number[]>();
  sets.forEach((members, index) => {
    for (const key of new Set(rules.blocks(members[0]!))) {
      const list = blocks.get(key);
      if (list) list.push(index);
      else blocks.set(key, [index]);
    }
  });
  const { root, join } = unionFind(sets.length);
  for (const list of blocks.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i]!;
        const b = list[j]!;
        if (root(a) === root(b)) continue;
        const sameSingleDoc = docsOf[a]!.size === 1 && docsOf[b]!.size === 1 && [...docsOf[a]!][0] === [...docsOf[b]!][0];
        if (!sameSingleDoc && rules.linked(sets[a]!, sets[b]!)) join(a, b);
      }
    }
  }
  const byRoot = new Map<number, T[]>();
  sets.forEach((members, index) => {
    const cluster = byRoot.get(root(index)) ?? [];
    appendAll(cluster, members);
    byRoot.set(root(index), cluster);
  });
  return [...byRoot.values()];
}

export function documentsOf(items: Array<{ doc: string }>): string[] {
  return [...new Set(items.map((item) => item.doc))].sort();
}

/** The least frequent of `words` by `frequency`, at most `count` of them, for blocking. */
export function rarestWords(words: Iterable<string>, frequency: ReadonlyMap<string, number>, count: number): string[] {
  return [...words].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1)).slice(0, count);
}

/** Answers "which alignment groups hold this span?" by the passages of each group. */
export class AlignmentIndex {
  private readonly byDoc = new Map<string, Array<{ start: number; end: number; group: string }>>();
  private readonly cache = new Map<string, Set<string>>();
  private readonly profiles = new WeakMap<ReadonlyArray<{ doc: string; start: number }>, GroupProfile>();

  constructor(groups: readonly AlignmentGroup[]) {
    for (const group of groups) {
      for (const passage of group.passages) {
        const spans = this.byDoc.get(passage.doc) ?? [];
        spans.push({ start: passage.start, end: passage.end, group: group.id });
        this.byDoc.set(passage.doc, spans);
      }
    }
  }

  groupsOf(span: { doc: string; start: number }): Set<string> {
    const key = `${span.doc}\u0000${span.start}`;
    const known = this.cache.get(key);
    if (known) return known;
    const spans = this.byDoc.get(span.doc) ?? [];
    const groups = new Set(spans.filter((passage) => span.start >= passage.start && span.start < passage.end).map((passage) => passage.group));
    this.cache.set(key, groups);
    return groups;
  }

  /** True when some span of `a` and some span of `b`, from different documents, lie in passages of one alignment group. */
  aligned(a: ReadonlyArray<{ doc: string; start: number }>, b: ReadonlyArray<{ doc: string; start: number }>): boolean {
    const [small, large] = [this.profile(a), this.profile(b)].sort((x, y) => x.size - y.size) as [GroupProfile, GroupProfile];
    for (const [group, docs] of small) {
      const others = large.get(group);
      if (others && (others.size > 1 || docs.size > 1 || [...docs][0] !== [...others][0])) return true;
    }
    return false;
  }

  /** Alignment groups of a set of spans, with the documents each group is reached from; computed once per set. */
  private profile(spans: ReadonlyArray<{ doc: string; start: number }>): GroupProfile {
    const known = this.profiles.get(spans);
    if (known) return known;
    const profile: GroupProfile = new Map();
    for (const span of spans) {
      for (const group of this.groupsOf(span)) profile.set(group, (profile.get(group) ?? new Set<string>()).add(span.doc));
    }
    this.profiles.set(spans, profile);
    return profile;
  }
}

/** Group id → documents whose spans lie in it. */
type GroupProfile = Map<string, Set<string>>;

/** Sources listed in a summary before the rest are counted ("… and 117 more"). */
const MAX_SOURCES_LISTED = 6;

/** Document ids for a summary: all of them when few, else the first few and a count. */
export function listSources(docs: Iterable<string>): string {
  const sorted = [...new Set(docs)].sort();
  if (sorted.length <= MAX_SOURCES_LISTED) return sorted.join(', ');
  const shown = MAX_SOURCES_LISTED - 1;
  return `${sorted.slice(0, shown).join(', ')} and ${sorted.length - shown} more`;
}

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
