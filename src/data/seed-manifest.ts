// The seed corpus is shipped as built assets (hashed URLs) and fetched like any other resource,
// so the texts arrive byte-exact and a missing file shows as a load error, not a build error.
// `no-inline`: Vite would otherwise turn files under 4 kB into data: URLs, which the app's
// Content-Security-Policy (connect-src 'self') refuses to fetch.
import { z } from 'zod';
import '../state/zod-without-eval';
import manifestUrl from '../../seeds/manifest.json?url&no-inline';

const seedTextUrls = import.meta.glob<string>('../../seeds/*.txt', { query: '?url&no-inline', import: 'default', eager: true });

export const SEED_MANIFEST_PATH = 'seeds/manifest.json';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const seedEntrySchema = z.object({
  id: z.string().min(1),
  file: z.string().regex(/^[\w.-]+\.txt$/, 'expected a .txt file name in seeds/'),
  title: z.string().min(1),
  outlet: z.string(),
  published: isoDate.nullable(),
  publishedBasis: z.enum(['stated', 'inferred', 'analyst']).nullable(),
  language: z.string().min(2),
  note: z.string().default(''),
});

export const seedManifestSchema = z.object({
  version: z.literal(1),
  documents: z.array(seedEntrySchema).min(1),
});

export type SeedEntry = z.infer<typeof seedEntrySchema>;
export type SeedManifest = z.infer<typeof seedManifestSchema>;

export function seedManifestUrl(): string {
  return manifestUrl;
}

/** The built URL of a seed text, or undefined when the manifest names a file that was not shipped. */
export function seedTextUrl(file: string): string | undefined {
  return seedTextUrls[`../../seeds/${file}`];
}

/** The manifest from its JSON, or an error naming the first bad field. */
export function parseSeedManifest(json: unknown): SeedManifest {
  const parsed = seedManifestSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : '(top level)';
  throw new Error(`${SEED_MANIFEST_PATH} is not a valid seed manifest: ${where}: ${issue?.message ?? 'unknown problem'}.`);
}
