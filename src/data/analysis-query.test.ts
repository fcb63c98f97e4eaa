import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/model/document';
import { testDocument } from '../core/model/test-records';
import { analysisQueryKey, analysisStorageKey } from './analysis-query';

const doc = (id: string, patch: Partial<SourceDocument> = {}) => testDocument(id, { contentHash: `hash-${id}`, ...patch });

const CONTENT = { includeBoilerplate: false };

describe('analysisQueryKey', () => {
  it('does not depend on the order the documents come in', () => {
    expect(analysisQueryKey([doc('a'), doc('b')], CONTENT)).toEqual(analysisQueryKey([doc('b'), doc('a')], CONTENT));
  });

  it('changes when a text or a publication date changes', () => {
    const before = analysisQueryKey([doc('a')], CONTENT);
    expect(analysisQueryKey([doc('a', { contentHash: 'other' })], CONTENT)).not.toEqual(before);
    expect(analysisQueryKey([doc('a', { published: '2023-02-21' })], CONTENT)).not.toEqual(before);
  });

  it('ignores metadata the engine does not read for alignment, such as the outlet or note', () => {
    expect(analysisQueryKey([doc('a', { outlet: 'Elsewhere', note: 'checked' })], CONTENT)).toEqual(analysisQueryKey([doc('a')], CONTENT));
  });

  it('keeps results with and without boilerplate apart', () => {
    expect(analysisQueryKey([doc('a')], { includeBoilerplate: true })).not.toEqual(analysisQueryKey([doc('a')], CONTENT));
  });
});

describe('analysisStorageKey', () => {
  const keyOf = (documents: SourceDocument[], options = CONTENT) => analysisStorageKey(analysisQueryKey(documents, options));

  it('is one short key per set of documents, whatever their order', async () => {
    const key = await keyOf([doc('a'), doc('b')]);
    expect(key).toMatch(/^analysis:[0-9a-f]{64}$/);
    expect(await keyOf([doc('b'), doc('a')])).toBe(key);
  });

  it('differs when a text, a publication date, the set of documents or the options differ', async () => {
    const key = await keyOf([doc('a'), doc('b')]);
    const others = await Promise.all([
      keyOf([doc('a', { contentHash: 'edited' }), doc('b')]),
      keyOf([doc('a', { published: '2024-01-01' }), doc('b')]),
      keyOf([doc('a')]),
      keyOf([doc('a'), doc('b')], { includeBoilerplate: true }),
    ]);
    expect(new Set([key, ...others]).size).toBe(5);
  });
});
