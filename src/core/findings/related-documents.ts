// Which documents report on the same thing: those an aligned passage, a counterpart sentence (one
// fact stated in both, core/align) or two persons named in full in both (the same two surnames)
// connect, transitively. Two "David Smith"s in documents nothing else connects may be two
// people, so names are read as persons within one such set only.
import type { AlignmentGroup } from '../model/analysis';
import type { Counterparts } from './counterparts';
import type { NameMention } from './mention-types';
import { nameSkeleton } from './persons';
import { unionFind } from '../util/union-find';

/** A full name reduced to what stays when given names, initials or a transliteration change: "stevens" for Chris or J. Christopher Stevens. */
function personKey(tokens: readonly string[]): string {
  return nameSkeleton(tokens.at(-1)!);
}

/**
 * Documents by each pair of persons they name in full: one shared name may be two people ("David
 * Smith"), two rarely are.
 */
function namePairKeys(names: readonly NameMention[]): Map<string, string[]> {
  const namesByDoc = new Map<string, Set<string>>();
  for (const mention of names) {
    if (mention.tokens.length < 2) continue;
    const own = namesByDoc.get(mention.doc) ?? new Set<string>();
    namesByDoc.set(mention.doc, own.add(personKey(mention.tokens)));
  }
  const docsByKey = new Map<string, string[]>();
  for (const [doc, own] of namesByDoc) {
    const sorted = [...own].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        const docs = docsByKey.get(key);
        if (docs) docs.push(doc);
        else docsByKey.set(key, [doc]);
      }
    }
  }
  return docsByKey;
}

/** A key per document: equal keys for documents connected by passages, counterpart sentences or shared names. */
export function relatedDocuments(docs: readonly string[], groups: readonly AlignmentGroup[], counterparts: Counterparts, names: readonly NameMention[]): Map<string, number> {
  const index = new Map(docs.map((doc, at) => [doc, at]));
  const { root, join } = unionFind(docs.length);
  const joinAll = (members: readonly string[]) => {
    const first = index.get(members[0] ?? '');
    if (first === undefined) return;
    for (const member of members) {
      const at = index.get(member);
      if (at !== undefined) join(first, at);
    }
  };
  for (const group of groups) joinAll(group.passages.map((passage) => passage.doc));
  for (const members of counterparts.documentSets()) joinAll(members);
  for (const members of namePairKeys(names).values()) joinAll(members);
  return new Map(docs.map((doc, at) => [doc, root(at)]));
}
