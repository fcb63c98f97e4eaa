// Which documents report on the same thing: those an aligned passage, a counterpart sentence (one
// fact stated in both, core/align), two persons named in full in both (the same two surnames), or
// one such person and two sentences saying the same thing in other words connect, transitively.
// Two "David Smith"s in documents nothing else connects may be two people, so names are read as
// persons within one such set only. A surname with a one-letter slip
// is the same surname here only when the given name is the same and the sentences naming the two
// say the same of them (see slipAliases): "Alan Pryce" and "Alan Price" alone relate nothing.
import { correspondSentences, MIN_PAIR_SCORE } from '../align';
import type { AlignmentGroup, Passage } from '../model/analysis';
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

/** Per document, the persons it names in full, by surname key (a slipped surname read as the other's where slipAliases says so). */
function personsByDocument(names: readonly NameMention[], texts: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const aliases = slipAliases(names, texts);
  const namesByDoc = new Map<string, Set<string>>();
  for (const mention of names) {
    if (mention.tokens.length < 2) continue;
    const own = namesByDoc.get(mention.doc) ?? new Set<string>();
    const key = personKey(mention.tokens);
    namesByDoc.set(mention.doc, own.add(aliases.get(mention.doc)?.get(key) ?? key));
  }
  return namesByDoc;
}

/**
 * Documents by each pair of persons they name in full: one shared name may be two people ("David
 * Smith"), two rarely are.
 */
function namePairKeys(namesByDoc: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string[]> {
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

/**
 * Words (not names, figures or dates) two sentences must share, besides corresponding, to relate
 * documents that name one person in full alike. A person's name and office recur across stories
 * ("Senate Majority Leader Harry Reid"), so names count for nothing here; on BASIL 2010–2014 as one
 * corpus of 150 articles, 4 words relate 117 pairs of documents, 7 of them of different stories
 * (sentence counterparts, by themselves, relate 283, 163 across stories; two shared persons 207, 114).
 */
const SHARED_WORDS_BESIDE_PERSON = 4;

/**
 * Pairs of documents in different sets that name a person in full alike and hold two sentences —
 * any, not only those stating a figure or a date as counterparts are — that correspond with
 * SHARED_WORDS_BESIDE_PERSON words in common: two reports of one leak may give no figure or date
 * in common ("direct access to Facebook servers" / "direct access to the … servers at … Facebook").
 * Only documents some person links across sets are read.
 */
function personAndSentencePairs(names: readonly NameMention[], namesByDoc: ReadonlyMap<string, ReadonlySet<string>>, passages: Readonly<Record<string, readonly Passage[]>>, setOf: (doc: string) => number): Array<[string, string]> {
  const namings = [...namesByDoc].flatMap(([doc, own]) => [...own].map((key) => ({ doc, key })));
  const candidates = new Set<string>();
  for (const named of groupBy(namings, (naming) => naming.key).values()) {
    if (new Set(named.map((naming) => setOf(naming.doc))).size > 1) for (const { doc } of named) candidates.add(doc);
  }
  if (candidates.size === 0) return [];
  const { sentences, links } = correspondSentences([...candidates].sort().map((doc) => passages[doc] ?? []), { minScore: MIN_PAIR_SCORE });
  const sharePerson = (a: string, b: string) => [...(namesByDoc.get(a) ?? [])].some((key) => namesByDoc.get(b)?.has(key));
  // A name opening a sentence is read as a word there ("Greta Kellerman, the water board director, …").
  const nameWords = new Set(names.flatMap((mention) => mention.tokens.map((token) => token.toLowerCase())));
  const pairs: Array<[string, string]> = [];
  for (const link of links) {
    if (link.shared.words.filter((word) => !nameWords.has(word.toLowerCase())).length < SHARED_WORDS_BESIDE_PERSON) continue;
    for (const { doc: a } of sentences[link.a]!.occurrences) {
      for (const { doc: b } of sentences[link.b]!.occurrences) if (setOf(a) !== setOf(b) && sharePerson(a, b)) pairs.push([a, b]);
    }
  }
  return pairs;
}

export interface RelatedDocumentsInput {
  docs: readonly string[];
  groups: readonly AlignmentGroup[];
  counterparts: Counterparts;
  names: readonly NameMention[];
  /** By document id. */
  texts: ReadonlyMap<string, string>;
  /** By document id: the sentences read for a person and a sentence in common. */
  passages: Readonly<Record<string, readonly Passage[]>>;
}

/** A key per document: equal keys for documents connected by passages, counterpart sentences, shared names, or a shared name and sentence. */
export function relatedDocuments({ docs, groups, counterparts, names, texts, passages }: RelatedDocumentsInput): Map<string, number> {
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
  const namesByDoc = personsByDocument(names, texts);
  for (const members of namePairKeys(namesByDoc).values()) joinAll(members);
  const setOf = (doc: string) => {
    const at = index.get(doc);
    return at === undefined ? -1 : root(at);
  };
  for (const pair of personAndSentencePairs(names, namesByDoc, passages, setOf)) joinAll(pair);
  return new Map(docs.map((doc, at) => [doc, root(at)]));
}
