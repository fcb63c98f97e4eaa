// The corpus manifest (seeds/manifest.json): what each text file is — title, outlet, publication
// date and how that date is known. The app reads it for its seed corpus and the CLI with
// --manifest; analysts' own manifests may leave out everything but file and title.
import * as z from 'zod/mini';
import '../util/zod-without-eval';
import { httpUrlSchema } from '../ingest/http-url';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

const manifestEntrySchema = z.object({
  id: z.optional(z.string().check(z.minLength(1))),
  file: z.string().check(z.regex(/^[^/\\]+$/, 'expected a file name without folders')),
  title: z.string().check(z.minLength(1)),
  outlet: z._default(z.string(), ''),
  published: z._default(z.nullable(isoDate), null),
  publishedBasis: z._default(z.nullable(z.enum(['stated', 'inferred', 'analyst'])), null),
  language: z._default(z.string().check(z.minLength(2)), 'en'),
  note: z._default(z.string(), ''),
  url: z._default(z.nullable(httpUrlSchema), null),
  authors: z._default(z.array(z.string()), []),
});

const manifestSchema = z.object({
  version: z.optional(z.literal(1)),
  documents: z.array(manifestEntrySchema).check(z.minLength(1)),
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
