// Extraction memoises per sentence text across a corpus; these properties check that a document
// reads the same whether or not other documents repeated its sentences first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnalysisDocument } from '../model/document';
import { segmentDocument } from '../text/segment-document';
import { parseIsoDate } from '../util/calendar';
import { findDateExpressions } from '../dates/date-expressions';
import { clauseBounds, DateMentionReader, insideQuotation, type DateMention } from '../dates/date-mentions';
import { eventAround } from '../dates/event-context';
import { DATE_CUES } from '../dates';
import { contentRanges, extractMentions, MAY_HOLD_DATE_OR_FIGURE } from './extract-mentions';
import { extractNameMentions } from './name-mentions';
import { extractQuantityMentions, MAY_HOLD_QUANTITY } from './quantity-mentions';
import { extractQuoteMentions } from './quote-mentions';
import { resolveDateForm } from '../dates/resolve-date';
import { clauseTense } from '../dates/tense';

const SENTENCES = [
  'Moscow’s invasion of Ukraine last year shocked Europe.', 'Russia invaded Ukraine in February 2021, the report said.',
  'Russia launched its assault on Ukraine a year ago.', 'Foreign Minister Sergey Lavrov met Wang Yi on Friday.',
  'Sergei Lavrov, the Russian foreign minister, will travel next week.', '“We have more and more areas where interests converge,” Lavrov said.',
  'Officials from 18 countries met in Jakarta on Sept. 18, 2023.', 'The 18-nation summit pledged US$500 million.', 'He said it in May.',
  'Wang, who is also director of the Commission, spoke until Thursday.', 'The talks ended at the end of last year', 'Mr. Wang said “strategic cooperation” matters.',
  'Lavrov spoke of trust.',
];
const SEPARATORS = [' ', '\n', '\n\n', ' Mr. ', '. ', ', '];

const text = fc
  .array(fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([sentence, separator]) => sentence + separator).join(''));
const published = fc.option(fc.constantFrom('2023-07-13', '2023-02-21', '2022-12-31', '2024-04-09'));
const corpus = fc.array(fc.record({ text, published }), { minLength: 2, maxLength: 5 }).map((items) =>
  items.map((item, index): AnalysisDocument => ({ id: `d${index}`, title: `d${index}`, published: item.published, text: item.text })),
);

/** Date mentions as read before memoisation: every expression's tense and event from the whole text. */
function directDates(doc: AnalysisDocument, ranges: ReturnType<typeof contentRanges>): DateMention[] {
  const reference = doc.published === null ? null : parseIsoDate(doc.published);
  return ranges.flatMap((range) => {
    const expressions = findDateExpressions(doc.text.slice(range.start, range.end));
    return expressions.map((expression, index) => {
      const start = range.start + expression.start;
      const end = range.start + expression.end;
      const tense = clauseTense(doc.text, start, end);
      const resolution = resolveDateForm(expression.form, reference, tense);
      const event = eventAround(doc.text, start, end, clauseBounds(expressions, index, range.start, range.end));
      return { doc: doc.id, start, end, text: expression.text, resolution, event, quoted: insideQuotation(doc.text, start), tense };
    });
  });
}

describe('MAY_HOLD_DATE_OR_FIGURE', () => {
  const cues = [...DATE_CUES, MAY_HOLD_QUANTITY];
  const union = new RegExp(cues.map((cue) => `(?:${cue.source})`).join('|'), 'iu');

  it('reads the cues as their union would, which no flag but i and u changes the meaning of', () => {
    for (const cue of cues) {
      expect(cue.flags.replace(/[iu]/g, '')).toBe('');
      expect(cue.flags).toContain('i');
    }
  });

  it('finds what the union of the cues finds, in any text', () => {
    // Every word the cues spell, cut at any point, in any case, with the letters Unicode folds to
    // ASCII ones ("ſ" is "s", the Kelvin sign "k"), digits and separators: a cue added to either
    // extractor joins these fragments by itself.
    const cueWords = [...new Set(cues.flatMap((cue) => cue.source.match(/[a-z]+/g) ?? []))];
    const fragment = fc.oneof(
      fc.constantFrom(...cueWords).chain((word) => fc.integer({ min: 0, max: word.length }).map((cut) => word.slice(0, cut))),
      fc.constantFrom(...cueWords).map((word) => word.toUpperCase()),
      fc.constantFrom(' ', '-', '‐', '.', '/', '3', 'ſ', '\u212a', 'x', 'É', '\ud835\udc4e'),
      fc.string({ maxLength: 3 }),
    );
    const text = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (sample) => {
      expect(MAY_HOLD_DATE_OR_FIGURE.test(sample)).toBe(union.test(sample));
    }), { numRuns: 2000 });
    for (const sentence of SENTENCES) expect(MAY_HOLD_DATE_OR_FIGURE.test(sentence)).toBe(union.test(sentence));
  });

  it('finds every sentence holding a date or a figure, and not a sentence holding neither', () => {
    for (const sentence of SENTENCES) {
      if (findDateExpressions(sentence).length > 0 || extractQuantityMentions('d', sentence, [{ start: 0, end: sentence.length }], []).length > 0) {
        expect(MAY_HOLD_DATE_OR_FIGURE.test(sentence)).toBe(true);
      }
    }
    expect(MAY_HOLD_DATE_OR_FIGURE.test('Lavrov spoke of trust.')).toBe(false);
    expect(MAY_HOLD_DATE_OR_FIGURE.test('ſixteen ministers came')).toBe(true);
  });
});

describe('extractMentions', () => {
  it('reads each document as it would alone, however many sentences the corpus repeats', () => {
    fc.assert(
      fc.property(corpus, (docs) => {
        const passages = Object.fromEntries(docs.map((doc) => [doc.id, segmentDocument(doc.id, doc.text)]));
        const shared = extractMentions(docs, passages);
        const vocabulary = new Set(docs.flatMap((doc) => [...doc.text.matchAll(/(?<![\p{L}’'])\p{Ll}+/gu)].map((match) => match[0])));
        for (const doc of docs) {
          const ranges = contentRanges(doc.text, passages[doc.id]);
          const dates = directDates(doc, ranges);
          const own = <T extends { doc: string }>(mentions: T[]) => mentions.filter((mention) => mention.doc === doc.id);
          expect(own(shared.dates)).toEqual(dates);
          expect(new DateMentionReader().read(doc, ranges)).toEqual(dates);
          expect(own(shared.quantities)).toEqual(extractQuantityMentions(doc.id, doc.text, ranges, dates));
          expect(own(shared.names)).toEqual(extractNameMentions(doc.id, doc.text, ranges, (word) => vocabulary.has(word)));
          expect(own(shared.quotes)).toEqual(extractQuoteMentions(doc.id, doc.text, ranges));
        }
      }),
      { numRuns: 150 },
    );
    // 150 generated corpora through chrono-node twice each: minutes when the shared machine is loaded.
  }, 120_000);
});
