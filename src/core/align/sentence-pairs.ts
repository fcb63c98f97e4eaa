// The shared sentence correspondence (findings and compare both read it): for each content
// sentence, the sentences of other documents that report the same thing in other words.
// Passage alignment finds reprinted and lightly edited copy; independent outlets share facts,
// not wording, so here a sentence is its facts and rare words:
// 1. distinct sentence texts become nodes (a sentence reprinted 500 times is one node);
// 2. terms through the `facts` tokenizer profile ("43,350" is one term; "Forty" is "40", "15%" is "15 percent",
//    "6:21 p.m." is "18:21"), each classed as a number, a date word or clock time, a name (capitalised past the
//    sentence's first word) or a word;
// 3. IDF weights over nodes, facts weighted FACT_BOOST times a word of the same rarity; a weekday
//    only one sentence of a pair gives is left out of the score of sentences sharing a name (linkScore);
// 4. candidates from the capped inverted index (candidate-index.ts): no all-pairs;
// 5. a link is kept when its weighted Dice reaches MIN_PAIR_SCORE and it shares at least
//    MIN_SHARED_TERMS terms, one of them a fact — or both sentences state a figure, or both a
//    date, which may differ: that difference is what findings look for.
import type { Passage, QuotedSpan } from '../model/analysis';
import { CLOCK_TIME_TOKEN, clockTimesAs24Hour } from '../text/clock-times';
import { numberWordsAsFigures, percentSignsAsWords } from '../text/number-words';
import { contentTermOf, factWordTokenizer } from '../text/tokenize';
import { CandidateIndex } from './candidate-index';
import { sharedTerms, weightedDice } from './similarity';

export type SharedTermKind = 'number' | 'date' | 'name' | 'word';

/** What two sentences share, each term as first written in the corpus (a figure in digits). */
export interface SharedTerms {
  numbers: string[];
  dates: string[];
  names: string[];
  words: string[];
}

/** Two sentences of different documents reporting the same thing. */
export interface SentencePair {
  a: QuotedSpan;
  b: QuotedSpan;
  /** IDF-weighted Dice of their terms, facts boosted, in [0, 1]; 1 for identical texts. */
  score: number;
  shared: SharedTerms;
  /** Same words once normalised: a reprint, not a rewording. */
  identical: boolean;
}

/** One distinct sentence text and every place it occurs. */
export interface CorrespondingSentence {
  occurrences: QuotedSpan[];
}

/** A link between two distinct sentences (indices into `sentences`, a < b). */
export interface SentenceLink {
  a: number;
  b: number;
  score: number;
  shared: SharedTerms;
}

/** Where a correspondence's sentences lie and how they link, without their texts or shared terms. */
export interface SentenceIndex<L extends { a: number; b: number; score: number }> {
  /** The distinct sentence holding `offset` of document `doc`, or -1 (boilerplate, too short, outside). */
  sentenceAt(doc: string, offset: number): number;
  /** Links of one sentence, best first. */
  linksOf(sentence: number): readonly L[];
}

export interface SentenceCorrespondence extends SentenceIndex<SentenceLink> {
  sentences: readonly CorrespondingSentence[];
  links: readonly SentenceLink[];
}

export interface SentencePairOptions {
  /** Pair page furniture too (normally left out). */
  includeBoilerplate?: boolean;
  /** Lowest score kept; MIN_PAIR_SCORE by default. */
  minScore?: number;
}

/** Weighted Dice at which two independently written sentences state the same fact. */
export const MIN_PAIR_SCORE = 0.25;
/** A shared name, number or date counts this many times a word of the same rarity. */
export const FACT_BOOST = 2;
/** Terms two sentences must share; one of them a fact. */
export const MIN_SHARED_TERMS = 2;
/** Sentences with fewer terms ("He declined.") state no fact to pair on. */
const MIN_TERMS = 2;

const DATE_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:1[89]|20)\d\d)$/u;
/**
 * A weekday one sentence gives and the other does not is left out of their score when they share a
 * name. Date findings look for exactly that difference: counted against the link, it let only
 * sentences about one person that agree on their day pair, so an outlet that gave another day was
 * never compared ("Senator Marwick is heading to the college for a speech Thursday morning" / "her
 * appearance on the campus on Friday morning to give the lecture"). Between sentences that name no
 * one in common the day still counts against them: it is much of what tells two acts on one topic
 * apart ("the council adopted a resolution Tuesday condemning the tower plan" / "the mayor defended
 * the tower plan on Monday"). A weekday both give always counts.
 */
const WEEKDAY_TERM = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/u;
const APOSTROPHES = /[’‘]/gu;
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /^\d/u;

interface Node {
  key: string;
  termSet: Int32Array;
  /** The weekdays among termSet (WEEKDAY_TERM), sorted; mostly none. */
  weekdays: Int32Array;
  /** FACT_NUMBER | FACT_DATE: the kinds of fact the sentence states. */
  factKinds: number;
  occurrences: QuotedSpan[];
  soleDocument: string | null;
}

class FactVocabulary {
  readonly ids = new Map<string, number>();
  readonly surfaces: string[] = [];
  readonly kinds: SharedTermKind[] = [];
  /** Terms that are weekdays (WEEKDAY_TERM). */
  readonly weekdays = new Set<number>();

  idOf(key: string, surface: string, kind: SharedTermKind): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.surfaces.length;
      this.ids.set(key, id);
      this.surfaces.push(surface);
      this.kinds.push(kind);
    }
    return id;
  }
}

const FACT_NUMBER = 1;
const FACT_DATE = 2;
const FIGURE = /^\d+(?:\.\d+)?$/u;
const ROUNDED_DIGITS = 2;

/** A figure from 100 up rounded to two significant digits ("43350" and "43000" → "43000"), so
 *  "about $43,000" and "$43,350" share a term; null for small figures and other tokens. */
function roundedFigure(token: string): string | null {
  if (!FIGURE.test(token)) return null;
  const value = Number(token);
  if (value < 100) return null;
  return String(Number(value.toPrecision(ROUNDED_DIGITS)));
}

/** A name's key: unstemmed, apart from the common word it may also be ("House" vs "house arrest"). */
const nameKey = (lower: string): string => `^${lower}`;

function tokensOf(text: string): string[] {
  return factWordTokenizer(percentSignsAsWords(numberWordsAsFigures(clockTimesAs24Hour(text.replace(APOSTROPHES, "'").normalize('NFC'))))).map((token) => token.replace(/'s$/u, ''));
}

/** Names: tokens capitalised past a sentence's first word, anywhere in the corpus. */
function collectNames(tokenLists: Iterable<readonly string[]>): Set<string> {
  const names = new Set<string>();
  for (const tokens of tokenLists) {
    tokens.forEach((token, index) => {
      if (index > 0 && CAPITAL.test(token) && contentTermOf(token.toLowerCase()) !== null) names.add(nameKey(token.toLowerCase()));
    });
  }
  return names;
}

/** Term ids of tokens; a corpus repeats its words, so each distinct token is classed and stemmed once. */
class TokenTerms {
  private readonly known = new Map<string, number[]>();

  constructor(
    private readonly names: ReadonlySet<string>,
    private readonly vocabulary: FactVocabulary,
  ) {}

  of(token: string): number[] {
    let ids = this.known.get(token);
    if (!ids) {
      ids = this.classify(token);
      this.known.set(token, ids);
    }
    return ids;
  }

  private classify(token: string): number[] {
    const lower = token.toLowerCase();
    const vocabulary = this.vocabulary;
    // A time of day dates what happened; it is no figure ("6:21 p.m." is not 6 and 21).
    if (CLOCK_TIME_TOKEN.test(lower)) return [vocabulary.idOf(lower, token, 'date')];
    if (DIGIT.test(lower)) {
      const year = DATE_WORD.test(lower);
      const ids = [vocabulary.idOf(lower, token, year ? 'date' : 'number')];
      // A year is a date, not a figure: 2011 and 2019 are not "about 2000" alike.
      const rounded = year ? null : roundedFigure(lower);
      if (rounded !== null) ids.push(vocabulary.idOf(`~${rounded}`, `about ${rounded}`, 'number'));
      return ids;
    }
    const term = contentTermOf(lower);
    if (term === null) return [];
    if (DATE_WORD.test(lower)) {
      const id = vocabulary.idOf(lower, token, 'date');
      if (WEEKDAY_TERM.test(lower)) vocabulary.weekdays.add(id);
      return [id];
    }
    if (CAPITAL.test(token) && this.names.has(nameKey(lower))) return [vocabulary.idOf(nameKey(lower), token, 'name')];
    return [vocabulary.idOf(term, token, 'word')];
  }
}

const keyOf = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ');

function collectNodes(documents: readonly (readonly Passage[])[], includeBoilerplate: boolean, vocabulary: FactVocabulary): Node[] {
  const kept = documents.map((passages) => passages.filter((passage) => includeBoilerplate || !passage.boilerplate));
  // Each passage's key is made once: it copies the passage's text twice.
  const keys = kept.map((passages) => passages.map((passage) => keyOf(passage.text)));
  const tokensByKey = new Map<string, string[]>();
  kept.forEach((passages, document) => {
    passages.forEach((passage, index) => {
      const key = keys[document]![index]!;
      if (!tokensByKey.has(key)) tokensByKey.set(key, tokensOf(passage.text));
    });
  });
  const terms = new TokenTerms(collectNames(tokensByKey.values()), vocabulary);
  const nodes: Node[] = [];
  const byKey = new Map<string, Node | null>();
  kept.forEach((passages, document) => {
    passages.forEach((passage, index) => {
      const key = keys[document]![index]!;
      let node = byKey.get(key);
      if (node === undefined) {
        const ids = new Set<number>();
        for (const token of tokensByKey.get(key) ?? []) for (const id of terms.of(token)) ids.add(id);
        const termSet = Int32Array.from(ids).sort();
        let factKinds = 0;
        for (const id of termSet) factKinds |= vocabulary.kinds[id] === 'number' ? FACT_NUMBER : vocabulary.kinds[id] === 'date' ? FACT_DATE : 0;
        const weekdays = termSet.filter((id) => vocabulary.weekdays.has(id));
        node = termSet.length < MIN_TERMS ? null : { key, termSet, weekdays, factKinds, occurrences: [], soleDocument: passage.doc };
        byKey.set(key, node);
        if (node) nodes.push(node);
      }
      if (!node) return;
      if (node.soleDocument !== passage.doc) node.soleDocument = null;
      node.occurrences.push({ doc: passage.doc, start: passage.start, end: passage.end, text: passage.text });
    });
  });
  return nodes;
}

function factWeights(nodes: readonly Node[], vocabulary: FactVocabulary): Float64Array {
  const frequency = new Float64Array(vocabulary.surfaces.length);
  for (const node of nodes) for (const term of node.termSet) frequency[term] = (frequency[term] ?? 0) + 1;
  return frequency.map((count, term) => Math.log(1 + nodes.length / Math.max(count, 1)) * (vocabulary.kinds[term] === 'word' ? 1 : FACT_BOOST));
}

/** Weight of the terms of sorted `terms` that sorted `others` lacks. */
function weightMissingFrom(terms: Int32Array, others: Int32Array, weights: Float64Array): number {
  let missing = 0;
  let j = 0;
  for (const term of terms) {
    while (j < others.length && others[j]! < term) j += 1;
    if (others[j] !== term) missing += weights[term] ?? 0;
  }
  return missing;
}

/** Whether sorted term sets share a name. */
function shareName(a: Int32Array, b: Int32Array, vocabulary: FactVocabulary): boolean {
  return sharedTerms(a, b).some((term) => vocabulary.kinds[term] === 'name');
}

/** Weighted Dice of two sentences' terms, a weekday only one of them gives left out when they share a name (WEEKDAY_TERM). */
function linkScore(a: Node, b: Node, weights: Float64Array, vocabulary: FactVocabulary): number {
  const score = weightedDice(a.termSet, b.termSet, weights);
  if (score === 0 || (a.weekdays.length === 0 && b.weekdays.length === 0) || !shareName(a.termSet, b.termSet, vocabulary)) return score;
  let total = 0;
  for (const term of a.termSet) total += weights[term] ?? 0;
  for (const term of b.termSet) total += weights[term] ?? 0;
  const counted = total - weightMissingFrom(a.weekdays, b.weekdays, weights) - weightMissingFrom(b.weekdays, a.weekdays, weights);
  return (score * total) / counted;
}

/** What two sentences share, by kind; asked only of pairs whose score already qualifies. */
function describeShared(a: Int32Array, b: Int32Array, vocabulary: FactVocabulary): { shared: SharedTerms; count: number; facts: number } {
  const shared: SharedTerms = { numbers: [], dates: [], names: [], words: [] };
  const terms = sharedTerms(a, b);
  let facts = 0;
  for (const term of terms) {
    const kind = vocabulary.kinds[term] ?? 'word';
    const surface = vocabulary.surfaces[term] ?? '';
    if (kind !== 'word') facts += 1;
    if (kind === 'number') shared.numbers.push(surface);
    else if (kind === 'date') shared.dates.push(surface);
    else if (kind === 'name') shared.names.push(surface);
    else shared.words.push(surface);
  }
  return { shared, count: terms.length, facts };
}

type Located = { occurrences: readonly { doc: string; start: number; end: number }[] };

function locator(sentences: readonly Located[]): (doc: string, offset: number) => number {
  const byDoc = new Map<string, Array<{ start: number; end: number; node: number }>>();
  sentences.forEach((sentence, index) => {
    for (const span of sentence.occurrences) {
      const list = byDoc.get(span.doc) ?? [];
      list.push({ start: span.start, end: span.end, node: index });
      byDoc.set(span.doc, list);
    }
  });
  for (const list of byDoc.values()) list.sort((x, y) => x.start - y.start);
  return (doc, offset) => {
    const list = byDoc.get(doc);
    if (!list) return -1;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const entry = list[middle]!;
      if (offset < entry.start) high = middle - 1;
      else if (offset >= entry.end) low = middle + 1;
      else return entry.node;
    }
    return -1;
  };
}

/** Distinct sentences and the links between those that report the same thing. */
export function correspondSentences(documents: readonly (readonly Passage[])[], options: SentencePairOptions = {}): SentenceCorrespondence {
  const vocabulary = new FactVocabulary();
  const nodes = collectNodes(documents, options.includeBoilerplate ?? false, vocabulary);
  const weights = factWeights(nodes, vocabulary);
  const minScore = options.minScore ?? MIN_PAIR_SCORE;
  const links: SentenceLink[] = [];
  const index = new CandidateIndex(nodes.length, weights);
  nodes.forEach((node, current) => {
    for (const other of index.candidatesFor(node.termSet)) {
      const partner = nodes[other]!;
      if (node.soleDocument !== null && node.soleDocument === partner.soleDocument) continue;
      const score = linkScore(partner, node, weights, vocabulary);
      if (score < minScore) continue;
      const { shared, count, facts } = describeShared(partner.termSet, node.termSet, vocabulary);
      // Two reports of one fact may state it differently ("$730,000" for "$750,000", "Tuesday" for
      // "Saturday"): a figure or a date on both sides stands in for a shared one.
      const factsMeet = facts >= 1 || (node.factKinds & partner.factKinds) !== 0;
      if (count >= MIN_SHARED_TERMS && factsMeet) links.push({ a: other, b: current, score, shared });
    }
    index.add(current, node.termSet);
  });
  const sentences = nodes.map((node) => ({ occurrences: node.occurrences }));
  return { sentences, links, ...indexSentences(sentences, links) };
}

/** The index of a correspondence's sentences and links (a stored correspondence is indexed again after a reload). */
export function indexSentences<L extends { a: number; b: number; score: number }>(sentences: readonly Located[], links: readonly L[]): SentenceIndex<L> {
  const bySentence: L[][] = sentences.map(() => []);
  for (const link of links) {
    bySentence[link.a]!.push(link);
    bySentence[link.b]!.push(link);
  }
  for (const list of bySentence) list.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  return { sentenceAt: locator(sentences), linksOf: (sentence) => bySentence[sentence] ?? [] };
}

const byPosition = (x: QuotedSpan, y: QuotedSpan): number => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start);

/**
 * Pairs of sentences from different documents that report the same thing, reworded (links) or
 * reprinted (identical), each side with its exact offsets. Every occurrence of a reprinted
 * sentence is paired, so this is for the handful of documents one comparison shows; a corpus
 * of thousands reads `correspondSentences` instead.
 */
export function pairSentences(documents: readonly (readonly Passage[])[], options: SentencePairOptions = {}): SentencePair[] {
  const correspondence = correspondSentences(documents, options);
  const pairs: SentencePair[] = [];
  const push = (left: QuotedSpan, right: QuotedSpan, score: number, shared: SharedTerms, identical: boolean): void => {
    if (left.doc === right.doc) return;
    const [a, b] = byPosition(left, right) <= 0 ? [left, right] : [right, left];
    pairs.push({ a, b, score, shared, identical });
  };
  const none: SharedTerms = { numbers: [], dates: [], names: [], words: [] };
  for (const sentence of correspondence.sentences) {
    const spans = sentence.occurrences;
    for (let i = 0; i < spans.length; i += 1) for (let j = i + 1; j < spans.length; j += 1) push(spans[i]!, spans[j]!, 1, none, true);
  }
  for (const link of correspondence.links) {
    for (const left of correspondence.sentences[link.a]!.occurrences) {
      for (const right of correspondence.sentences[link.b]!.occurrences) push(left, right, link.score, link.shared, false);
    }
  }
  return pairs.sort((x, y) => byPosition(x.a, y.a) || byPosition(x.b, y.b));
}
