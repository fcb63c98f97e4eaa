// Every mention in every document: dates (with their events), quantities, names and quotes,
// read from the passages that are content (boilerplate skipped). Reprints repeat sentences across
// hundreds of documents, so dates, quantities and name runs are read once per distinct sentence
// text for the whole corpus (extract-mentions.test.ts checks each document reads as it would alone).
import type { AnalysisDocument } from '../model/document';
import type { Passage } from '../model/analysis';
import { DateMentionReader } from './date-mentions';
import { addLowerCaseWords } from './lower-case-vocabulary';
import type { DateMention, NameMention, QuantityMention, QuoteMention, TextRange } from './mention-types';
import { extractNameMentions, type NameRunMemo } from './name-mentions';
import { createQuantityMemo, extractQuantityMentions } from './quantity-mentions';
import { extractQuoteMentions } from './quote-mentions';
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

function lowerCaseVocabulary(docs: AnalysisDocument[]): Set<string> {
  const words = new Set<string>();
  for (const doc of docs) addLowerCaseWords(doc.text, words);
  return words;
}

export function extractMentions(docs: AnalysisDocument[], passages: Record<string, Passage[]>): CorpusMentions {
  const vocabulary = lowerCaseVocabulary(docs);
  const dateReader = new DateMentionReader();
  const nameRuns: NameRunMemo = new Map();
  const quantities = createQuantityMemo();
  const mentions: CorpusMentions = { dates: [], quantities: [], names: [], quotes: [] };
  for (const doc of docs) {
    const ranges = contentRanges(doc.text, ownValue(passages, doc.id));
    const dates = dateReader.read(doc, ranges);
    appendAll(mentions.dates, dates);
    appendAll(mentions.quantities, extractQuantityMentions(doc.id, doc.text, ranges, dates, quantities));
    appendAll(mentions.names, extractNameMentions(doc.id, doc.text, ranges, (word) => vocabulary.has(word), nameRuns));
    appendAll(mentions.quotes, extractQuoteMentions(doc.id, doc.text, ranges));
  }
  return mentions;
}
