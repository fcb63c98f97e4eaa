// Golden regression cases on the seed articles: evidence an analyst would cite, re-anchored
// after the kinds of change real re-imports bring (line endings, quote marks, a correction
// added on top, furniture removed, a typo fixed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorEvidence } from './anchor-evidence';
import { describeSelection } from './describe-selection';

const readSeed = (id: string) => readFileSync(new URL(`../../../seeds/${id}.txt`, import.meta.url), 'utf8');

interface GoldenCase {
  seed: string;
  quote: string;
  /** Which occurrence the analyst selected, counted from 0. */
  occurrence: number;
}

const CASES: GoldenCase[] = [
  { seed: '001_8dfcd5823fdeecd6', quote: 'Moscow’s invasion of Ukraine last year', occurrence: 0 },
  { seed: '002_d2e03255e9355d12', quote: 'invasion of Ukraine in February 2021', occurrence: 0 },
  { seed: '004_178e249b77d00c9e', quote: 'full-scale military assault on Ukraine a year ago', occurrence: 0 },
  { seed: '003_4abb5b22b4219653', quote: 'China vows to strentghen cooperation with Russia', occurrence: 0 },
  { seed: '000_900e33a0770657f5', quote: 'AFP', occurrence: 1 },
  { seed: '000_900e33a0770657f5', quote: '“Both sides should (…) strengthen strategic communication and coordination,”', occurrence: 0 },
];

interface Edit {
  document: (text: string) => string;
  /** What the edit does to the quoted words themselves; character replacements apply alike. */
  quote: (quote: string) => string;
}

const same = (quote: string) => quote;
const crlf = (text: string) => text.replaceAll('\n', '\r\n');
const straightQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const fixTypo = (text: string) => text.replaceAll('strentghen', 'strengthen');

const EDITS: Record<string, Edit> = {
  unchanged: { document: same, quote: same },
  'CRLF line endings': { document: crlf, quote: crlf },
  'straight quote marks': { document: straightQuotes, quote: straightQuotes },
  'correction added on top': { document: (text) => `Correction: an earlier version of this article misstated a date.\n\n${text}`, quote: same },
  'first line removed': { document: (text) => text.slice(text.indexOf('\n') + 1), quote: same },
  'typo fixed': { document: fixTypo, quote: fixTypo },
};

function nthIndexOf(text: string, search: string, occurrence: number): number {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = text.indexOf(search, at + 1);
    if (at === -1) throw new Error(`"${search}" occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

describe('anchoring on the seed articles (golden cases)', () => {
  for (const { seed, quote, occurrence } of CASES) {
    const original = readSeed(seed);
    const start = nthIndexOf(original, quote, occurrence);
    const { quote: selector, position } = describeSelection(original, start, start + quote.length);

    for (const [name, edit] of Object.entries(EDITS)) {
      const edited = edit.document(original);
      // The same occurrence in its edited form (no case quotes the first line or the correction,
      // so occurrence counts are unchanged).
      const expectedText = edit.quote(quote);
      it(`${seed.slice(0, 3)} “${quote.slice(0, 30)}”#${occurrence} after ${name}`, () => {
        const result = anchorEvidence(edited, selector, position);
        if (result.state !== 'anchored') throw new Error(`orphaned: ${result.reason}`);
        const expectedStart = nthIndexOf(edited, expectedText, occurrence);
        expect({ start: result.start, text: edited.slice(result.start, result.end) }).toEqual({ start: expectedStart, text: expectedText });
      });
    }
  }
});
