// The hand-written sentence boundaries are Intl.Segmenter's: on generated text made of the pieces
// the rules turn on (terminals, closing marks, spaces, line ends, letters of either case, digits,
// continuations, characters left to Intl.Segmenter) and on every paragraph of the seeds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlSentenceSplitter, sentenceSplitter } from './sentence-boundaries';
import { segmentParagraphs } from './paragraphs';

const SEED_DIR = join(import.meta.dirname, '../../../seeds');

const scanned = fc.constantFrom(
  ...['.', '.', '.', '!', '?', '…', ' ', ' ', ' ', '\u00a0', '\t', '\n', '\r', '\r\n', '"', "'", '(', ')', '[', '}', '“', '”', '‘', '’'],
  ...[',', ';', ':', '-', '–', '—', '#', '$', '%', '/', '&', 'a', 'b', 'x', 'A', 'B', 'Q', '1', '7', 'the', 'He', 'U.S.', 'Mr.', 'e.g.'],
);
// Left to Intl.Segmenter: a letter beyond ASCII, a format character, a paragraph separator, a control character.
const unscanned = fc.constantFrom('é', 'É', '\u00ad', '\u2029', '\u0085', '\u0001');
// Rare enough that about half the samples are scanned by hand.
const piece = fc.oneof({ arbitrary: scanned, weight: 30 }, { arbitrary: unscanned, weight: 1 });
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('sentenceSplitter', () => {
  it("gives Intl.Segmenter's ranges on generated text", () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(sentenceSplitter(sample)).toEqual(intlSentenceSplitter(sample));
      }),
      { numRuns: 20_000 },
    );
  });

  it("gives Intl.Segmenter's ranges on every paragraph of the seeds", () => {
    const paragraphs = readdirSync(SEED_DIR)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => {
        const document = readFileSync(join(SEED_DIR, name), 'utf8');
        return segmentParagraphs(document).map((range) => document.slice(range.start, range.end));
      });
    expect(paragraphs.length).toBeGreaterThan(100);
    for (const paragraph of paragraphs) expect(sentenceSplitter(paragraph)).toEqual(intlSentenceSplitter(paragraph));
  });
});
