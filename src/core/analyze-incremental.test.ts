// Issue 18: a run that starts from an earlier run's state gives exactly what a run from scratch
// gives on the same documents. "Exactly" is deep equality of the whole result: documents,
// passages and groups in the canonical order (documents by id, passages by offset, groups by
// their first passage), group and finding ids derived from spans, scores to the last bit,
// findings ordered by verdict, kind and first mention, and the overview.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus, analyzeFrom, emptyAnalysisState, type AnalysisState } from './analyze';
import type { AnalysisDocument } from './model/document';

const SEED_DIR = join(import.meta.dirname, '../../seeds');
const SEED_IDS = ['000_900e33a0770657f5', '001_8dfcd5823fdeecd6', '002_d2e03255e9355d12', '003_4abb5b22b4219653', '004_178e249b77d00c9e'];
const seedText = (id: string): string => readFileSync(join(SEED_DIR, `${id}.txt`), 'utf8');
const SENTENCES = SEED_IDS.flatMap((id) => seedText(id).split(/(?<=[.!?”"])\s+/u)).filter((sentence) => sentence.length > 30 && sentence.length < 400);
/** Words of the seeds in lower case: unrelated text using "wang" or "source" changes which capitalised words read as names. */
const WORDS = [...new Set(SENTENCES.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [])];

const SWAPS: [RegExp, string][] = [
  [/\bsaid\b/gu, 'stated'],
  [/\bmeeting\b/gu, 'summit'],
  [/\d/gu, '7'],
  [/\bSergey\b/gu, 'Sergei'],
  [/\b2022\b/gu, '2021'],
  [/, /gu, '. '],
];

const reprint = fc.constantFrom(...SENTENCES);
const rewording = fc.tuple(reprint, fc.subarray(SWAPS, { minLength: 1 }), fc.boolean()).map(([sentence, swaps, dropFirstWord]) => {
  const swapped = swaps.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), sentence);
  return dropFirstWord ? swapped.replace(/^\S+\s+/u, '') : swapped;
});
const unrelated = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 25 }).map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(fc.oneof(reprint, rewording, unrelated), { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
const text = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((paragraphs) => paragraphs.join('\n\n'));
const published = fc.constantFrom(null, '2022-03-01', '2023-02-24', '2023-07-13');

const docs = (count: { minLength: number; maxLength: number }) =>
  fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-f0-9]{1,3}$/u), text, published }), { selector: (doc) => doc.id, ...count }).map((list) =>
    list.map((doc): AnalysisDocument => ({ ...doc, title: `Title ${doc.id}` })),
  );

type Step = { kind: 'add'; docs: AnalysisDocument[] } | { kind: 'remove'; pick: number } | { kind: 'redate'; pick: number; published: string | null };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: docs({ minLength: 1, maxLength: 3 }).map((added): Step => ({ kind: 'add', docs: added })) },
  { weight: 1, arbitrary: fc.nat().map((pick): Step => ({ kind: 'remove', pick })) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), published).map(([pick, date]): Step => ({ kind: 'redate', pick, published: date })) },
);

function apply(current: AnalysisDocument[], change: Step): AnalysisDocument[] {
  if (change.kind === 'add') {
    const taken = new Set(current.map((doc) => doc.id));
    return [...current, ...change.docs.filter((doc) => !taken.has(doc.id))];
  }
  if (current.length === 0) return current;
  const index = change.pick % current.length;
  if (change.kind === 'remove') return current.filter((_, other) => other !== index);
  return current.map((doc, other) => (other === index ? { ...doc, published: change.published } : doc));
}

describe('analysis from a kept state', () => {
  it('equals the analysis from scratch after every addition, removal or date change', () => {
    fc.assert(
      fc.property(docs({ minLength: 1, maxLength: 4 }), fc.array(step, { minLength: 1, maxLength: 4 }), fc.boolean(), (initial, steps, includeBoilerplate) => {
        const options = { includeBoilerplate };
        let current = initial;
        let state: AnalysisState = analyzeFrom(emptyAnalysisState(), current, options).state;
        for (const change of steps) {
          current = apply(current, change);
          const run = analyzeFrom(state, current, options);
          expect(run.result).toStrictEqual(analyzeCorpus(current, options));
          state = run.state;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('segments only the documents it has not seen, and adding one to the seeds changes groups and findings as a fresh run does', () => {
    const seeds = SEED_IDS.map((id): AnalysisDocument => ({ id, title: id, published: '2023-07-13', text: seedText(id) }));
    const options = { includeBoilerplate: false };
    const first = analyzeFrom(emptyAnalysisState(), seeds.slice(1), options);
    // The added document sorts first, so every passage index and term id of the others moves.
    const second = analyzeFrom(first.state, seeds, options);
    expect(second.segmented).toEqual([seeds[0]?.id]);
    expect(second.result.passages[SEED_IDS[1] as string]).toBe(first.result.passages[SEED_IDS[1] as string]);
    const fresh = analyzeCorpus(seeds, options);
    expect(second.result).toStrictEqual(fresh);
    expect(fresh.groups.length).toBeGreaterThan(first.result.groups.length);
  });
});
