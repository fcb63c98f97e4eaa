import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../core/model/document';
import { analysisQueryKey } from './analysis-query';

function doc(id: string, patch: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id,
    title: `Title ${id}`,
    outlet: '',
    published: '2023-07-13',
    publishedBasis: 'stated',
    language: 'en',
    note: '',
    text: `Text of ${id}`,
    contentHash: `hash-${id}`,
    origin: { kind: 'pasted' },
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

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
