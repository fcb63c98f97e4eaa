// Every mention in every document: dates (with their events), quantities, names and quotes,
// read from the passages that are content (boilerplate skipped). Reprints repeat sentences across
// hundreds of documents, so dates, quantities and name runs are read once per distinct sentence
// text for the whole corpus (extract-mentions.test.ts checks each document reads as it would alone).
import type { AnalysisDocument } from '../model/document';
import type { Passage } from '../model/analysis';
import { DateMentionReader, type DateMention } from '../dates';
import { LowerCaseWordReader } from './lower-case-vocabulary';
import type { NameMention, QuantityMention, QuoteMention, TextRange } from './mention-types';
import { extractNameMentions, type NameRunMemo } from './name-mentions';
import { createQuantityMemo, extractQuantityMentions } from './quantity-mentions';
import { extractQuoteMentions, type SpeakerMemo } from './quote-mentions';
import { ownValue } from '../util/id-record';
import { appendAll } from '../util/arrays';

export interface CorpusMentions {
  dates: DateMention[];
  quantities: QuantityMention[];
  names: NameMention[];
  quotes: QuoteMention[];
}

/** Content ranges of a document: its non-boilerplate passages, merged; the whole text without passages. */
export function contentRanges(text: string, passages: Passage[] | undefined): TextRange[] {
  if (!passages || passages.length === 0) return [{ start: 0, end: text.length }];
  const ranges = passages
    .filter((passage) => passage.boilerplate === null)
    .map((passage) => ({ start: Math.max(0, passage.start), end: Math.min(text.length, passage.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * What one document gave: its mentions, and what they depended on beyond the document itself.
 * The next analysis takes them as they are when the text and publication date are the same and
 * every word that decided a name is still used (or still not used) in lower case in the corpus.
 */
export interface DocumentMentions extends CorpusMentions {
  text: string;
  published: string | null;
  /** The document's words in lower case; the corpus vocabulary is their union. */
  lowerCaseWords: ReadonlySet<string>;
  /** Each word isCommonWord was asked about for this document's names, with its answer. */
  commonWords: ReadonlyMap<string, boolean>;
}

export interface ExtractedMentions extends CorpusMentions {
  /** Per document id, for the next analysis (see DocumentMentions). */
  byDocument: Map<string, DocumentMentions>;
}

/**
 * The words the date and quantity extractors' cues look for (in any case, inside any word), less
 * those holding a shorter one ("sixteen" holds "six", "one hundred" holds "one"): finding the
 * shorter is finding the longer. A property test checks the result against the cues themselves.
 */
const CUE_WORDS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
  'year', 'month', 'week', 'day', 'ago', 'tomorrow', 'last', 'next',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'dozen',
];

/**
 * `words` as one pattern shaped like their trie ("t(?:en|h(?:ree|…))"): the regex engine then
 * follows one branch per letter instead of trying every word at every position, which read news
 * text two to three times faster than the plain alternation of the cues.
 */
function triePattern(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) byFirst.set(word[0] as string, [...(byFirst.get(word[0] as string) ?? []), word.slice(1)]);
  const branches = [...byFirst].map(([first, rests]) => (rests.includes('') ? first : `${first}${triePattern(rests)}`));
  return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
}

/**
 * Found in every text that holds a date expression or a figure: what the union of the date and
 * quantity extractors' cues finds (case-insensitive and Unicode-aware, as "ſix" is "six"). Most
 * sentences hold neither, and one scan spares them both extractors' scans and memo lookups.
 */
export const MAY_HOLD_DATE_OR_FIGURE = new RegExp(`\\d|${triePattern(CUE_WORDS)}`, 'iu');

function stillValid(kept: DocumentMentions | undefined, doc: AnalysisDocument, vocabulary: ReadonlySet<string>): kept is DocumentMentions {
  if (!kept || kept.text !== doc.text || kept.published !== doc.published) return false;
  for (const [word, common] of kept.commonWords) if (vocabulary.has(word) !== common) return false;
  return true;
}

/** Reads one document's mentions as a document of a corpus whose lower-case words are `vocabulary`. */
export type DocumentMentionReader = (doc: AnalysisDocument, passages: Passage[] | undefined, lowerCaseWords: ReadonlySet<string>) => DocumentMentions;

/**
 * A reader for the documents of a corpus. Readers of the same vocabulary read a document alike,
 * so a corpus can be read in parts (the CLI's workers) and the parts given to extractMentions as
 * `kept`; one reader remembers what it read, so reprinted sentences are read once.
 */
export function documentMentionReader(vocabulary: ReadonlySet<string>): DocumentMentionReader {
  const isCommonWord = (word: string) => vocabulary.has(word);
  const dateReader = new DateMentionReader();
  const nameRuns: NameRunMemo = new Map();
  const quantities = createQuantityMemo();
  const speakers: SpeakerMemo = new Map();
  return (doc, passages, lowerCaseWords) => {
    const ranges = contentRanges(doc.text, passages);
    // Each range is read on its own, so leaving out those without a date or figure changes no mention.
    const factRanges = ranges.filter((range) => MAY_HOLD_DATE_OR_FIGURE.test(doc.text.slice(range.start, range.end)));
    const dates = dateReader.read(doc, factRanges);
    const asked = new Map<string, boolean>();
    const names = extractNameMentions(doc.id, doc.text, ranges, isCommonWord, nameRuns, asked);
    return {
      text: doc.text,
      published: doc.published,
      dates,
      quantities: extractQuantityMentions(doc.id, doc.text, factRanges, dates, quantities),
      names,
      quotes: extractQuoteMentions(doc.id, doc.text, ranges, speakers),
      lowerCaseWords,
      commonWords: asked,
    };
  };
}

/**
 * Mentions of every document, documents in the given order. `kept` (an earlier run's byDocument)
 * spares reading documents that did not change; the mentions are the same with or without it.
 */
export function extractMentions(docs: AnalysisDocument[], passages: Record<string, Passage[]>, kept: ReadonlyMap<string, DocumentMentions> = new Map()): ExtractedMentions {
  const wordReader = new LowerCaseWordReader();
  const lowerCaseWords = docs.map((doc) => {
    const known = kept.get(doc.id);
    return known?.text === doc.text ? known.lowerCaseWords : wordReader.wordsOf(doc.text);
  });
  const vocabulary = new Set<string>();
  for (const words of lowerCaseWords) for (const word of words) vocabulary.add(word);
  const read = documentMentionReader(vocabulary);
  const mentions: ExtractedMentions = { dates: [], quantities: [], names: [], quotes: [], byDocument: new Map() };
  docs.forEach((doc, index) => {
    const known = kept.get(doc.id);
    const own = stillValid(known, doc, vocabulary) ? known : read(doc, ownValue(passages, doc.id), lowerCaseWords[index] as ReadonlySet<string>);
    mentions.byDocument.set(doc.id, own);
    appendAll(mentions.dates, own.dates);
    appendAll(mentions.quantities, own.quantities);
    appendAll(mentions.names, own.names);
    appendAll(mentions.quotes, own.quotes);
  });
  return mentions;
}
