// Grouping mentions from different documents that are about the same thing: a union-find over
// pairs that a predicate links, and the alignment groups each mention falls in.
import type { AlignmentGroup } from '../model/analysis';

/** Groups items that `linked` connects (transitively); only pairs from different documents are tested. */
export function clusterAcrossDocuments<T extends { doc: string }>(items: T[], linked: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      if (items[i]!.doc !== items[j]!.doc && root(i) !== root(j) && linked(items[i]!, items[j]!)) parent[root(j)] = root(i);
    }
  }
  const byRoot = new Map<number, T[]>();
  items.forEach((item, index) => {
    const members = byRoot.get(root(index)) ?? [];
    members.push(item);
    byRoot.set(root(index), members);
  });
  return [...byRoot.values()];
}

export function documentsOf(items: Array<{ doc: string }>): string[] {
  return [...new Set(items.map((item) => item.doc))].sort();
}

/** Answers "which alignment groups hold this span?" by the passages of each group. */
export class AlignmentIndex {
  private readonly byDoc = new Map<string, Array<{ start: number; end: number; group: string }>>();

  constructor(groups: AlignmentGroup[]) {
    for (const group of groups) {
      for (const passage of group.passages) {
        const spans = this.byDoc.get(passage.doc) ?? [];
        spans.push({ start: passage.start, end: passage.end, group: group.id });
        this.byDoc.set(passage.doc, spans);
      }
    }
  }

  groupsOf(span: { doc: string; start: number }): Set<string> {
    const spans = this.byDoc.get(span.doc) ?? [];
    return new Set(spans.filter((passage) => span.start >= passage.start && span.start < passage.end).map((passage) => passage.group));
  }

  /** True when the two spans lie in passages of one alignment group. */
  aligned(a: { doc: string; start: number }, b: { doc: string; start: number }): boolean {
    const groupsOfB = this.groupsOf(b);
    return [...this.groupsOf(a)].some((group) => groupsOfB.has(group));
  }
}
