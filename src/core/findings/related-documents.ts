// Which documents report on the same thing: those an aligned passage, a counterpart sentence (one
// fact stated in both, core/align) or two persons named in full in both (the same two surnames)
// connect, transitively. Two "David Smith"s in documents nothing else connects may be two
// people, so names are read as persons within one such set only. A surname with a one-letter slip
// is the same surname here only when the given name is the same and the sentences naming the two
// say the same of them (see slipAliases): "Alan Pryce" and "Alan Price" alone relate nothing.
import type { AlignmentGroup } from '../model/analysis';
import type { Counterparts } from './counterparts';
import { groupBy } from './clusters';
import type { NameMention } from './mention-types';
import { isSamePersonName, nameSkeleton } from './persons';
import { levenshtein } from '../text/levenshtein';
import { contentWords, sentenceAround, stemWord, wordsIn } from '../text/text-units';
import { unionFind } from '../util/union-find';

/** A full name reduced to what stays when given names, initials or a transliteration change: "stevens" for Chris or J. Christopher Stevens. */
function personKey(tokens: readonly string[]): string {
  return nameSkeleton(tokens.at(-1)!);
}

/** Surnames shorter than this are never read as slipped: "Reid" and "Reed" are two common names. */
const SLIP_MIN_LENGTH = 5;
/** Words the sentences naming two spellings share besides the name, for one to be a slip of the other. */
const SLIP_SHARED_WORDS = 3;

/** The surname with each letter left out in turn, and whole: two surnames one letter apart share one of these. */
function oneLetterKeys(surname: string): string[] {
  return [surname, ...Array.from(surname, (_, at) => `${surname.slice(0, at)}\u0000${surname.slice(at + 1)}`)];
}

/**
 * Per document, the surname keys to read as another document's: a surname one letter off the
 * other's ("Clepper" / "Clapper"), with the same given name, where the sentences naming them share
 * SLIP_SHARED_WORDS words besides the name ("Director of National Intelligence James Clepper" /
 * "James R. Clapper Jr., the director of national intelligence"). Either key is read as the
 * smaller one, in those two documents only.
 */
function slipAliases(names: readonly NameMention[], texts: ReadonlyMap<string, string>): Map<string, Map<string, string>> {
  const slippable = names.filter((mention) => mention.tokens.length >= 2 && mention.tokens.at(-1)!.length >= SLIP_MIN_LENGTH);
  const keyed = [...groupBy(slippable, (mention) => mention.name).values()].flatMap((uses) => {
    const { tokens } = uses[0]!;
    return oneLetterKeys(tokens.at(-1)!.toLowerCase()).map((key) => ({ key: `${tokens[0]}\u0000${key}`, uses }));
  });
  const byKey = groupBy(keyed, (entry) => entry.key);
  const aliases = new Map<string, Map<string, string>>();
  const alias = (doc: string, from: string, to: string) => aliases.set(doc, (aliases.get(doc) ?? new Map<string, string>()).set(from, to));
  const words = sentenceWords(texts);
  for (const entries of byKey.values()) {
    const spellings = entries.map((entry) => entry.uses);
    for (const [index, a] of spellings.entries()) {
      for (const b of spellings.slice(index + 1)) {
        const [surnameA, surnameB] = [a[0]!.tokens.at(-1)!, b[0]!.tokens.at(-1)!];
        const [keyA, keyB] = [personKey(a[0]!.tokens), personKey(b[0]!.tokens)];
        if (keyA === keyB || surnameA[0] !== surnameB[0] || levenshtein(surnameA.toLowerCase(), surnameB.toLowerCase()) !== 1 || !isSamePersonName(a[0]!.tokens, b[0]!.tokens)) continue;
        const [from, to] = keyA < keyB ? [keyB, keyA] : [keyA, keyB];
        for (const [mentionA, mentionB] of saySameOf(a, b, words)) {
          alias(mentionA.doc, from, to);
          alias(mentionB.doc, from, to);
        }
      }
    }
  }
  return aliases;
}

/** Pairs of mentions of two spellings, in different documents, whose sentences share SLIP_SHARED_WORDS words besides the names. */
function saySameOf(a: readonly NameMention[], b: readonly NameMention[], words: (mention: NameMention) => ReadonlySet<string>): Array<[NameMention, NameMention]> {
  const nameWords = new Set([...a[0]!.tokens, ...b[0]!.tokens].map(stemWord));
  const pairs: Array<[NameMention, NameMention]> = [];
  for (const mentionA of a) {
    for (const mentionB of b) {
      if (mentionA.doc === mentionB.doc) continue;
      const other = words(mentionB);
      let shared = 0;
      for (const word of words(mentionA)) if (other.has(word) && !nameWords.has(word)) shared += 1;
      if (shared >= SLIP_SHARED_WORDS) pairs.push([mentionA, mentionB]);
    }
  }
  return pairs;
}

/** The content words of a mention's sentence, read once per mention. */
function sentenceWords(texts: ReadonlyMap<string, string>): (mention: NameMention) => ReadonlySet<string> {
  const known = new Map<NameMention, ReadonlySet<string>>();
  return (mention) => {
    let words = known.get(mention);
    if (!words) {
      const text = texts.get(mention.doc) ?? '';
      const sentence = sentenceAround(text, mention.start);
      words = new Set(contentWords(wordsIn(text, sentence.start, sentence.end)));
      known.set(mention, words);
    }
    return words;
  };
}

/**
 * Documents by each pair of persons they name in full: one shared name may be two people ("David
 * Smith"), two rarely are.
 */
function namePairKeys(names: readonly NameMention[], texts: ReadonlyMap<string, string>): Map<string, string[]> {
  const aliases = slipAliases(names, texts);
  const namesByDoc = new Map<string, Set<string>>();
  for (const mention of names) {
    if (mention.tokens.length < 2) continue;
    const own = namesByDoc.get(mention.doc) ?? new Set<string>();
    const key = personKey(mention.tokens);
    namesByDoc.set(mention.doc, own.add(aliases.get(mention.doc)?.get(key) ?? key));
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

/** A key per document: equal keys for documents connected by passages, counterpart sentences or shared names; `texts` by document id. */
export function relatedDocuments(docs: readonly string[], groups: readonly AlignmentGroup[], counterparts: Counterparts, names: readonly NameMention[], texts: ReadonlyMap<string, string>): Map<string, number> {
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
  for (const members of namePairKeys(names, texts).values()) joinAll(members);
  return new Map(docs.map((doc, at) => [doc, root(at)]));
}
