// A corpus analysed in parts (what the CLI's threads do) gives exactly analyzeCorpus's result, and
// analyzeFrom takes every part's passages and mentions as they are instead of reading them again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignFrom, analysisResult, analyzeCorpus, analyzeFrom, emptyAnalysisState, finishAnalysis, type AnalysisState } from './analyze';
import { findingsApart, mergeAnalysisStates, readApart, readPartMentions, segmentPart } from './analyze-parts';
import { LowerCaseWordReader } from './findings/lower-case-vocabulary';
import type { AnalysisDocument } from './model/document';

const SEED_DIR = join(import.meta.dirname, '../../seeds');
const SEEDS: AnalysisDocument[] = ['000_900e33a0770657f5', '001_8dfcd5823fdeecd6', '002_d2e03255e9355d12', '003_4abb5b22b4219653', '004_178e249b77d00c9e'].map((id, index) => ({
  id,
  title: id,
  published: index % 2 === 0 ? '2023-07-13' : null,
  text: readFileSync(join(SEED_DIR, `${id}.txt`), 'utf8'),
}));
/** Writes "wang" and "lavrov" in lower case: in a corpus with it, "Wang" and "Lavrov" read differently. */
const RIVER: AnalysisDocument = {
  id: 'river',
  title: 'River notes',
  published: '2023-07-14',
  text: 'The boats on the wang carried grain on July 12, 2023. Fishermen said the lavrov nets caught 300 fish.\n\nAnother 40 boats arrived in the evening.',
};
const CORPUS = [...SEEDS, RIVER];
const OPTIONS = { includeBoilerplate: false };

/** Each part's state as a CLI thread computes it; `ownVocabulary` reads mentions against the part's words only (wrong). */
function partStates(parts: AnalysisDocument[][], ownVocabulary = false): AnalysisState[] {
  const wordReader = new LowerCaseWordReader();
  const words = parts.map((part) => part.map((doc) => wordReader.wordsOf(doc.text)));
  const corpusVocabulary = new Set(words.flat().flatMap((set) => [...set]));
  return parts.map((part, index) => {
    const partWords = words[index] as Set<string>[];
    const { segments, features } = segmentPart(part, OPTIONS.includeBoilerplate);
    const vocabulary = ownVocabulary ? new Set(partWords.flatMap((set) => [...set])) : corpusVocabulary;
    return { segments, features, mentions: readPartMentions(part, segments, partWords, vocabulary) };
  });
}

const split = (assignment: readonly number[]): AnalysisDocument[][] =>
  [0, 1, 2].map((part) => CORPUS.filter((_, index) => assignment[index] === part)).filter((part) => part.length > 0);

describe('analysis in parts', () => {
  const whole = analyzeCorpus(CORPUS, OPTIONS);

  it('equals the analysis of the whole corpus, taking every part as it is, however the documents are split', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: CORPUS.length, maxLength: CORPUS.length }), (assignment) => {
        const merged = mergeAnalysisStates(partStates(split(assignment)));
        const run = analyzeFrom(merged, CORPUS, OPTIONS);
        expect(run.result).toStrictEqual(whole);
        expect(run.segmented).toEqual([]);
        for (const doc of CORPUS) expect(run.state.mentions.get(doc.id)).toBe(merged.mentions.get(doc.id));
      }),
      { numRuns: 8 },
    );
  });

  it('takes the features of parts in id order as they are, their terms already numbered as the whole numbers them', () => {
    const sorted = [...CORPUS].sort((a, b) => (a.id < b.id ? -1 : 1));
    const merged = mergeAnalysisStates(partStates([sorted.slice(0, 2), sorted.slice(2)]));
    const run = analyzeFrom(merged, CORPUS, OPTIONS);
    expect(run.result).toStrictEqual(whole);
    expect(run.state.features.passages.size).toBeGreaterThan(0);
    for (const [text, features] of run.state.features.passages) expect(features).toBe(merged.features.passages.get(text));
  });

  it('reads mentions against the whole corpus vocabulary: a part reading against its own words is read again', () => {
    const parts = split(CORPUS.map((doc) => (doc === RIVER ? 1 : 0)));
    const merged = mergeAnalysisStates(partStates(parts, true));
    const run = analyzeFrom(merged, CORPUS, OPTIONS);
    expect(run.result).toStrictEqual(whole);
    expect(CORPUS.filter((doc) => run.state.mentions.get(doc.id) !== merged.mentions.get(doc.id)).length).toBeGreaterThan(0);
  });

  it("takes the mentions read apart from the alignment (the CLI's mentions thread) as they are, with the same result", () => {
    const aligned = alignFrom(emptyAnalysisState(), CORPUS, OPTIONS);
    const mentions = readApart(CORPUS, aligned.segments).mentions.byDocument;
    const run = finishAnalysis(aligned, mentions);
    expect(run.result).toStrictEqual(whole);
    expect(run.state.mentions.size).toBe(CORPUS.length);
    for (const doc of CORPUS) expect(run.state.mentions.get(doc.id)).toBe(mentions.get(doc.id));
  });

  it("computes the findings apart from the alignment (the CLI's mentions thread), from passages segmented apart, with the same result", () => {
    const aligned = alignFrom(emptyAnalysisState(), CORPUS, OPTIONS);
    // The thread's own passages: equal to the aligned run's, not the same objects.
    const segments = structuredClone(aligned.segments);
    expect(analysisResult(aligned, findingsApart(readApart(aligned.documents, segments), aligned.groups))).toStrictEqual(whole);
  });

  it('reads mentions apart from the alignment as the whole analysis reads them', () => {
    const { state } = analyzeFrom(emptyAnalysisState(), CORPUS, OPTIONS);
    expect(readApart(CORPUS, state.segments).mentions.byDocument).toStrictEqual(state.mentions);
  });
});
