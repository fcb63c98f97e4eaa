import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureMemo } from '../core/align/alignment-corpus';
import { analyzeFrom, emptyAnalysisState } from '../core/analyze';
import type { AnalysisDocument } from '../core/model/document';
import { packState, stateBuffers, unpackState } from './thread-transport';

const SEED_DIR = join(import.meta.dirname, '../../seeds');
const DOCS: AnalysisDocument[] = ['000_900e33a0770657f5', '003_4abb5b22b4219653'].map((id) => ({ id, title: id, published: '2023-07-13', text: readFileSync(join(SEED_DIR, `${id}.txt`), 'utf8') }));

describe('thread transport', () => {
  it('gives back, after a structured clone, the state it packed: passages, features and mentions', () => {
    const { state } = analyzeFrom(emptyAnalysisState(), DOCS, { includeBoilerplate: false });
    const packed = packState(state);
    const moved = structuredClone(packed, { transfer: stateBuffers(packed) });
    expect(packed.features.ids.length).toBe(0);
    expect(packed.passages.spans.length).toBe(0);
    // The kept alignment, candidate search and findings memo do not travel: threads only read documents, the main thread aligns and compares.
    const { alignment: _alignment, search: _search, findings: _findings, ...read } = state;
    const unpacked = unpackState(moved, new Map(DOCS.map((doc) => [doc.id, doc.text])));
    // Features compared as data: a run's own gather their trigrams when asked (align/features.ts), their copies are plain.
    const asData = (memo: FeatureMemo) => ({ terms: memo.terms, passages: new Map([...memo.passages].map(([text, { key, terms, termSet, grams }]) => [text, { key, terms, termSet, grams }])) });
    expect({ ...unpacked, features: asData(unpacked.features) }).toStrictEqual({ ...read, features: asData(read.features) });
  });

  it('refuses an answer about a document the thread was not given', () => {
    const { state } = analyzeFrom(emptyAnalysisState(), DOCS, { includeBoilerplate: false });
    expect(() => unpackState(packState(state), new Map([[DOCS[0]?.id ?? '', '']]))).toThrow(`"${DOCS[1]?.id}", a document it was not given`);
  });
});
