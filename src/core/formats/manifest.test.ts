import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';

const shipped: unknown = JSON.parse(readFileSync(new URL('../../../seeds/manifest.json', import.meta.url), 'utf8'));

describe('parseManifest', () => {
  it('reads the shipped seed manifest whole', () => {
    const result = parseManifest(shipped);
    if (!result.ok) throw new Error(`${result.field}: ${result.message}`);
    expect(result.manifest.documents).toHaveLength(5);
    expect(result.manifest.documents[2]).toMatchObject({ id: '002_d2e03255e9355d12', published: '2023-09-18', publishedBasis: 'stated' });
  });

  it('fills what an analyst’s short manifest leaves out', () => {
    const result = parseManifest({ documents: [{ file: 'wire.txt', title: 'Wire copy' }] });
    expect(result).toEqual({
      ok: true,
      manifest: { documents: [{ id: 'wire', file: 'wire.txt', title: 'Wire copy', outlet: '', published: null, publishedBasis: null, language: 'en', note: '', url: null, authors: [] }] },
    });
  });

  it('names the first bad field', () => {
    expect(parseManifest({ documents: [{ file: 'a.txt' }] })).toMatchObject({ ok: false, field: 'documents.0.title' });
    expect(parseManifest({ documents: [{ file: 'a.txt', title: 'A', published: '13/07/2023' }] })).toEqual({
      ok: false,
      field: 'documents.0.published',
      message: 'expected a date as YYYY-MM-DD',
    });
    expect(parseManifest({ version: 2, documents: [{ file: 'a.txt', title: 'A' }] })).toMatchObject({ ok: false, field: 'version' });
    expect(parseManifest([])).toMatchObject({ ok: false, field: '(top level)' });
  });
});
