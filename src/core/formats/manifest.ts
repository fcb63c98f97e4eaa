// The corpus manifest (seeds/manifest.json): what each text file is — title, outlet, publication
// date and how that date is known. The app reads it for its seed corpus and the CLI with
// --manifest; analysts' own manifests may leave out everything but file and title.
import { z } from 'zod';
import { httpUrlSchema } from '../ingest/http-url';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const manifestEntrySchema = z.object({
  id: z.string().min(1).optional(),
  file: z.string().regex(/^[^/\\]+$/, 'expected a file name without folders'),
  title: z.string().min(1),
  outlet: z.string().default(''),
  published: isoDate.nullable().default(null),
  publishedBasis: z.enum(['stated', 'inferred', 'analyst']).nullable().default(null),
  language: z.string().min(2).default('en'),
  note: z.string().default(''),
  url: httpUrlSchema.nullable().default(null),
  authors: z.array(z.string()).default([]),
});

const manifestSchema = z.object({
  version: z.literal(1).optional(),
  documents: z.array(manifestEntrySchema).min(1),
});

/** A manifest entry with its document id settled: the given one, else the file name without extension. */
export type ManifestEntry = Omit<z.infer<typeof manifestEntrySchema>, 'id'> & { id: string };
export interface Manifest {
  documents: ManifestEntry[];
}

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; field: string; message: string };

function fileStem(file: string): string {
  return file.replace(/\.[^.]*$/, '');
}

/** The manifest from parsed JSON, or the first bad field ("documents.0.published") and what is wrong. */
export function parseManifest(json: unknown): ManifestResult {
  const parsed = manifestSchema.safeParse(json);
  if (parsed.success) {
    return { ok: true, manifest: { documents: parsed.data.documents.map((entry) => ({ ...entry, id: entry.id ?? fileStem(entry.file) })) } };
  }
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue?.path.length ? issue.path.join('.') : '(top level)', message: issue?.message ?? 'is invalid' };
}
