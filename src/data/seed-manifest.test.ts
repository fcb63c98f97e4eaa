import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeedManifest, seedTextUrl } from './seed-manifest';

const manifestJson = JSON.parse(readFileSync(new URL('../../seeds/manifest.json', import.meta.url), 'utf8')) as { documents: Array<Record<string, unknown>> };

describe('seed manifest', () => {
  it('accepts the shipped manifest, and every file it names is bundled', () => {
    const manifest = parseSeedManifest(manifestJson);
    expect(manifest.documents.map((entry) => entry.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    for (const entry of manifest.documents) expect(seedTextUrl(entry.file)).toBeTruthy();
  });

  it('names the bad field of a damaged manifest', () => {
    const damaged = { ...manifestJson, documents: [{ ...manifestJson.documents[0], published: '13/07/2023' }] };
    expect(() => parseSeedManifest(damaged)).toThrow('seeds/manifest.json is not a valid seed manifest: documents.0.published: expected a date as YYYY-MM-DD.');
  });

  it('refuses a manifest of another version', () => {
    expect(() => parseSeedManifest({ ...manifestJson, version: 2 })).toThrow(/version/);
  });

  it('has no URL for a file that was not bundled', () => {
    expect(seedTextUrl('999_missing.txt')).toBeUndefined();
  });
});
