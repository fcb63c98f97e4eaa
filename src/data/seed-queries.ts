import { queryOptions } from '@tanstack/react-query';
import { contentHash } from '../core/content-hash';
import { decodeTextBytes } from '../core/ingest/decode-text';
import type { SourceDocument } from '../core/model/document';
import { parseSeedManifest, SEED_MANIFEST_PATH, seedManifestUrl, seedTextUrl, type SeedEntry } from './seed-manifest';

async function fetchBytes(url: string, label: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not load ${label}: ${error instanceof Error ? error.message : 'network error'}.`, { cause: error });
  }
  if (!response.ok) throw new Error(`Could not load ${label}: the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'));
  return response.arrayBuffer();
}

export const seedManifestQuery = () =>
  queryOptions({
    queryKey: ['seeds', 'manifest'] as const,
    queryFn: async () => {
      const bytes = await fetchBytes(seedManifestUrl(), SEED_MANIFEST_PATH);
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new Error(`${SEED_MANIFEST_PATH} is not valid JSON.`);
      }
      return parseSeedManifest(json);
    },
  });

/** One seed as a library document, decoded as every added file and the CLI decode it (core/ingest). */
export const seedDocumentQuery = (entry: SeedEntry) =>
  queryOptions({
    queryKey: ['seeds', 'document', entry.id, entry.file] as const,
    queryFn: async (): Promise<SourceDocument> => {
      const label = `seeds/${entry.file}`;
      const url = seedTextUrl(entry.file);
      if (!url) throw new Error(`Could not load ${label}: the manifest names it but the app was built without it.`);
      const bytes = await fetchBytes(url, label);
      const decoded = decodeTextBytes(new Uint8Array(bytes), label);
      if (!decoded.ok) throw new Error(`Could not load ${decoded.problem.message}`);
      const text = decoded.value;
      return {
        id: entry.id,
        title: entry.title,
        outlet: entry.outlet,
        published: entry.published,
        publishedBasis: entry.publishedBasis,
        language: entry.language,
        note: entry.note,
        url: entry.url,
        authors: entry.authors,
        proposedFrom: {},
        text,
        contentHash: await contentHash(text),
        origin: { kind: 'seed', file: entry.file },
        updatedAt: new Date().toISOString(),
      };
    },
  });
