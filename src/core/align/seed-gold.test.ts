// Gold standard for the seeds, written by reading them: 000 is a machine translation of the
// French AFP dispatch that 001 carries in English, so most paragraphs of one have a counterpart
// in the other. Two pairs of paragraphs sit at the same place in both stories but say different
// things, so they are not gold: 000's "Chinese leaders see Russia as a useful partner…" against
// 001's "Beijing says it is a neutral party…", and 000's "Xi Jinping called for “safeguarding
// regional peace”" against 001's "Xi warned last week against “colour revolutions”".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../analyze';
import { segmentParagraphs } from '../text/paragraphs';

const SEEDS = join(import.meta.dirname, '../../../seeds');
const TRANSLATION = { id: '000_900e33a0770657f5', text: readFileSync(join(SEEDS, '000_900e33a0770657f5.txt'), 'utf8') };
const ORIGINAL = { id: '001_8dfcd5823fdeecd6', text: readFileSync(join(SEEDS, '001_8dfcd5823fdeecd6.txt'), 'utf8') };
const OTHERS = ['002_d2e03255e9355d12', '003_4abb5b22b4219653', '004_178e249b77d00c9e'].map((id) => ({ id, text: readFileSync(join(SEEDS, `${id}.txt`), 'utf8') }));

const GOLD_PAIRS: [translation: string, original: string][] = [
  ['The head of Chinese diplomacy, Wang Yi, said Thursday', 'China’s top diplomat said Thursday Beijing would strengthen'],
  ['a hierarchical rank higher', 'where both will take part in an 18-nation'],
  ['Both sides should (…) strengthen', 'The two sides should… strengthen'],
  ['They “firmly support each other', '“China and Russia firmly support each other'],
  ['Wang Yi represents China in Jakarta', 'Wang was representing Beijing'],
  ['For his part, Sergei Lavrov said', 'Lavrov said Moscow and Beijing were maintaining'],
  ['interests and projects converge', 'interests and plans converge'],
  ['exchanged their views on strengthening', 'exchanged views on strengthening coordination'],
  ['guard themselves against external interference', 'guard against external interference'],
  ['Mr. Putin for his part assured', 'Putin, in his first summit since'],
];

function paragraphAt(text: string, offset: number): number {
  const index = segmentParagraphs(text).findIndex((range) => range.start <= offset && offset < range.end);
  if (index < 0) throw new Error(`offset ${offset} is in no paragraph`);
  return index;
}

function paragraphOf(text: string, quote: string): number {
  const offset = text.indexOf(quote);
  if (offset < 0) throw new Error(`gold quote not found: "${quote}"`);
  return paragraphAt(text, offset);
}

describe('alignment of the seeds against the gold standard', () => {
  const result = analyzeCorpus(
    [ORIGINAL, ...OTHERS, TRANSLATION].map((doc) => ({ ...doc, title: doc.id, published: null })),
    { includeBoilerplate: false },
  );
  const gold = new Set(GOLD_PAIRS.map(([translation, original]) => `${paragraphOf(TRANSLATION.text, translation)}~${paragraphOf(ORIGINAL.text, original)}`));
  const predicted = new Set<string>();
  for (const group of result.groups) {
    for (const left of group.passages.filter((passage) => passage.doc === TRANSLATION.id)) {
      for (const right of group.passages.filter((passage) => passage.doc === ORIGINAL.id)) {
        predicted.add(`${paragraphAt(TRANSLATION.text, left.start)}~${paragraphAt(ORIGINAL.text, right.start)}`);
      }
    }
  }
  const correct = [...predicted].filter((pair) => gold.has(pair)).length;
  const precision = predicted.size === 0 ? 0 : correct / predicted.size;
  const recall = correct / gold.size;

  it('pairs the translated paragraphs of 000 with their 001 counterparts (precision and recall ≥ 0.9)', () => {
    console.log(`seed gold 000↔001: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${correct} of ${gold.size} gold pairs, ${predicted.size} predicted)`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('pairs the split quote of 000 (two sentences) with the one sentence of 001 as one span', () => {
    const group = result.groups.find((candidate) => candidate.passages.some((passage) => passage.text.includes('interests and plans converge')));
    const translated = group?.passages.find((passage) => passage.doc === TRANSLATION.id);
    expect(translated?.text).toContain('interests and projects converge.');
    expect(translated?.text).toContain('said Mr. Lavrov');
  });

  it('pairs link lists and page furniture with nothing', () => {
    const furniture = Object.values(result.passages).flat().filter((passage) => passage.boilerplate !== null);
    expect(furniture.length).toBeGreaterThan(40);
    for (const group of result.groups) {
      for (const passage of group.passages) {
        expect(furniture.some((other) => other.doc === passage.doc && other.start < passage.end && passage.start < other.end)).toBe(false);
      }
    }
  });

  it('aligns page furniture only when asked to: then 001’s caption printed three times is one group', () => {
    const withFurniture = analyzeCorpus([{ ...ORIGINAL, title: ORIGINAL.id, published: null }], { includeBoilerplate: true });
    const captions = withFurniture.groups.find((group) => group.passages.every((passage) => passage.text.startsWith('Wang Yi met Russian Foreign Minister Sergei Lavrov on the sidelines')));
    expect(captions?.passages.length).toBeGreaterThanOrEqual(3);
    const withoutFurniture = analyzeCorpus([{ ...ORIGINAL, title: ORIGINAL.id, published: null }], { includeBoilerplate: false });
    expect(withoutFurniture.groups).toEqual([]);
  });

  it('scores every group in [0, 1] and names it by its first passage', () => {
    for (const group of result.groups) {
      expect(group.score).toBeGreaterThanOrEqual(0);
      expect(group.score).toBeLessThanOrEqual(1);
      const first = group.passages[0];
      expect(group.id).toBe(`g-${first?.doc}-${first?.start}`);
    }
  });
});
