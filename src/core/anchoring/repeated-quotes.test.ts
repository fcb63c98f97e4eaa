// Quotes that occur several times: which occurrence the evidence ends up on when the text is
// replaced, and whether the analyst is told when it is not the one they selected. The passages
// are written for this test; the last case is the one issue 19 reports on seed 001.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorEvidence, needsReview } from './anchor-evidence';
import { describeSelection } from './describe-selection';

const QUOTE = 'the ministers agreed to strengthen strategic communication and coordination';
const PASSAGES = [
  `On Monday in Jakarta, Wang Yi told reporters that ${QUOTE}, adding that trade would follow.`,
  `A ministry statement repeated that ${QUOTE} in the months ahead.`,
  `Analysts in Brussels doubted that ${QUOTE} beyond the usual formulas.`,
  `State television closed its bulletin by saying ${QUOTE} with one voice.`,
  `A Kremlin readout, published late, also said ${QUOTE} on regional security.`,
];
const NOTE = 'Editor’s note: this article was corrected to attribute a statement.\n\n';

interface Edit {
  name: string;
  /** The selected passage after the edit, or null when it was deleted. */
  passage: (passage: string) => string | null;
  /** The quote as it reads after the edit; null when it was deleted. */
  quote: string | null;
}

const EDITS: Edit[] = [
  { name: 'left alone (note added on top)', passage: (passage) => passage, quote: QUOTE },
  {
    name: 'edited by one word',
    passage: (passage) => passage.replace('strengthen strategic', 'deepen strategic'),
    quote: QUOTE.replace('strengthen', 'deepen'),
  },
  {
    name: 'edited by a few words',
    passage: (passage) => passage.replace(QUOTE, 'the two ministers pledged to strengthen strategic communication and close coordination'),
    quote: 'the two ministers pledged to strengthen strategic communication and close coordination',
  },
  { name: 'deleted', passage: () => null, quote: null },
];

function passageStart(passages: readonly (string | null)[], index: number, prefix = ''): number {
  return prefix.length + passages.slice(0, index).reduce((sum, passage) => sum + (passage === null ? 0 : passage.length + 2), 0);
}

function join(passages: readonly (string | null)[], prefix = ''): string {
  return prefix + passages.filter((passage): passage is string => passage !== null).join('\n\n');
}

describe('evidence on a quote that occurs 2–5 times', () => {
  for (let count = 2; count <= 5; count++) {
    const passages = PASSAGES.slice(0, count);
    const original = join(passages);
    for (let selected = 0; selected < count; selected++) {
      const start = passageStart(passages, selected) + passages[selected]!.indexOf(QUOTE);
      const { quote, position } = describeSelection(original, start, start + QUOTE.length);

      for (const edit of EDITS) {
        it(`occurrence ${selected + 1} of ${count}, ${edit.name}`, () => {
          const editedPassages = passages.map((passage, index) => (index === selected ? edit.passage(passage) : passage));
          const edited = join(editedPassages, NOTE);
          const result = anchorEvidence(edited, quote, position);
          if (result.state !== 'anchored') throw new Error(`orphaned: ${result.reason}`);
          if (edit.quote === null) {
            // Another occurrence is the same words in another passage: placed there, but flagged.
            expect(result.method).toBe('exact-elsewhere');
            expect(edited.slice(result.start, result.end)).toBe(QUOTE);
            expect(needsReview(result)).toBe(true);
            return;
          }
          const expectedStart = passageStart(editedPassages, selected, NOTE) + editedPassages[selected]!.indexOf(edit.quote);
          expect({ start: result.start, text: edited.slice(result.start, result.end) }).toEqual({ start: expectedStart, text: edit.quote });
          expect(result.method).toBe(edit.quote === QUOTE ? 'exact-in-place' : 'fuzzy');
          expect(needsReview(result)).toBe(edit.quote !== QUOTE);
        });
      }
    }
  }

  it('scores an edited quote in its own place above the exact words in another passage', () => {
    const passages = PASSAGES.slice(0, 3);
    const original = join(passages);
    const start = original.indexOf(QUOTE);
    const { quote, position } = describeSelection(original, start, start + QUOTE.length);
    const oneWord = anchorEvidence(join([EDITS[1]!.passage(passages[0]!), ...passages.slice(1)]), quote, position);
    const fewWords = anchorEvidence(join([EDITS[2]!.passage(passages[0]!), ...passages.slice(1)]), quote, position);
    const deleted = anchorEvidence(join(passages.slice(1)), quote, position);
    if (oneWord.state !== 'anchored' || fewWords.state !== 'anchored' || deleted.state !== 'anchored') throw new Error('expected anchors');
    expect(oneWord.score).toBeGreaterThan(fewWords.score);
    expect(fewWords.score).toBeGreaterThan(deleted.score);
  });

  it('orphans the evidence when the quote is gone everywhere', () => {
    const passages = PASSAGES.slice(0, 2);
    const original = join(passages);
    const start = original.indexOf(QUOTE);
    const { quote, position } = describeSelection(original, start, start + QUOTE.length);
    const rewritten = original.replaceAll(QUOTE, 'both sides promised to talk more often');
    expect(anchorEvidence(rewritten, quote, position)).toEqual({ state: 'orphaned', reason: 'quote-not-found' });
  });

  it('does not accept the same words at the old offset of a rewritten text', () => {
    const first = `Opening words that will be removed. ${QUOTE} in the first place.`;
    const original = `${first} Filler of another kind. ${QUOTE} in the second place.`;
    const { quote, position } = describeSelection(original, first.indexOf(QUOTE), first.indexOf(QUOTE) + QUOTE.length);
    const padding = 'x'.repeat(position.start - 'Entirely new lead. '.length);
    const rewritten = `Entirely new lead. ${padding}${QUOTE} in the second place.`;
    expect(rewritten.slice(position.start, position.end)).toBe(QUOTE);
    expect(anchorEvidence(rewritten, quote, position)).toMatchObject({ state: 'anchored', method: 'exact-elsewhere' });
  });
});

describe('issue 19 on seed 001: a corrected lede with the same words quoted further down', () => {
  const seed001 = readFileSync(new URL('../../../seeds/001_8dfcd5823fdeecd6.txt', import.meta.url), 'utf8');
  const words = 'strategic communication and coordination';
  const lede = seed001.indexOf(words);
  const { quote, position } = describeSelection(seed001, lede, lede + words.length);
  const note = 'Editor’s note: this story was corrected to quote the foreign ministry’s statement in full.\n\n';

  it('keeps the evidence in the edited lede, placed approximately, not on Wang’s quote', () => {
    const corrected = note + seed001.replace(`areas of ${words}`, 'areas of strategic communication and close coordination');
    const result = anchorEvidence(corrected, quote, position);
    expect(result).toMatchObject({ state: 'anchored', method: 'fuzzy', start: note.length + lede });
    if (result.state !== 'anchored') return;
    expect(corrected.slice(result.start, result.end)).toBe('strategic communication and close coordination');
  });

  it('flags the evidence as moved when the lede sentence is gone', () => {
    const ledeLine = seed001.split('\n').find((line) => line.includes(words)) ?? '';
    const result = anchorEvidence(note + seed001.replace(ledeLine, ''), quote, position);
    expect(result).toMatchObject({ state: 'anchored', method: 'exact-elsewhere' });
  });
});
