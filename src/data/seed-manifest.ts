// The seed corpus is shipped as built assets (hashed URLs) and fetched like any other resource,
// so the texts arrive byte-exact and a missing file shows as a load error, not a build error.
// `no-inline`: Vite would otherwise turn files under 4 kB into data: URLs, which the app's
// Content-Security-Policy (connect-src 'self') refuses to fetch.
import { parseManifest, type Manifest, type ManifestEntry } from '../core/formats/manifest';
import '../core/util/zod-without-eval';
import manifestUrl from '../../seeds/manifest.json?url&no-inline';

const seedTextUrls = import.meta.glob<string>('../../seeds/*.txt', { query: '?url&no-inline', import: 'default', eager: true });

export const SEED_MANIFEST_PATH = 'seeds/manifest.json';

export type SeedEntry = ManifestEntry;
export type SeedManifest = Manifest;

export function seedManifestUrl(): string {
  return manifestUrl;
}

/** The built URL of a seed text, or undefined when the manifest names a file that was not shipped. */
export function seedTextUrl(file: string): string | undefined {
  return seedTextUrls[`../../seeds/${file}`];
}

/** The manifest from its JSON, or an error naming the first bad field. */
export function parseSeedManifest(json: unknown): SeedManifest {
  const parsed = parseManifest(json);
  if (parsed.ok) return parsed.manifest;
  throw new Error(`${SEED_MANIFEST_PATH} is not a valid seed manifest: ${parsed.field}: ${parsed.message}.`);
}
