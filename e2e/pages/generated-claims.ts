import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A project (format version 2) holding the five seed documents and many generated claims citing
// them, for specs and benchmarks of the claims list at scale. Deterministic: claim `n` always
// cites the same words, so a test can name the claim it will look for.

const STATUSES = ['unverified', 'consistent', 'discrepant'] as const;
const CONTEXT = 32;
const QUOTE_WORDS = 4;

interface SeedEntry {
  id: string;
  file: string;
  title: string;
  outlet: string;
  published: string | null;
  publishedBasis: 'stated' | 'inferred' | 'analyst' | null;
  language: string;
  note: string;
}

interface Seed extends SeedEntry {
  text: string;
  /** Where each word of the text starts and ends. */
  words: Array<[number, number]>;
}

function readSeeds(seedDir: string): Seed[] {
  const manifest = JSON.parse(readFileSync(join(seedDir, 'manifest.json'), 'utf8')) as { documents: SeedEntry[] };
  return manifest.documents.map((entry) => {
    // The app keeps a byte-order mark as the first character; so does this decoder.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(seedDir, entry.file)));
    const words = [...text.matchAll(/[A-Za-z]{3,}/g)].map((match): [number, number] => [match.index, match.index + match[0].length]);
    return { ...entry, text, words };
  });
}

/** The statement of generated claim `n` (1-based): unique, so a search for it finds one claim. */
export function generatedStatement(n: number, quote: string): string {
  return `Claim ${n}: ${quote}`;
}

export interface GeneratedClaimsProject {
  json: string;
  /** Per claim, oldest first: its statement and the document and words it cites. */
  claims: Array<{ id: string; statement: string; docId: string; quote: string; start: number; end: number }>;
}

/** `count` claims over the seeds, one evidence span each, created a second apart. */
export function claimsOverSeeds(count: number, seedDir: string): GeneratedClaimsProject {
  const seeds = readSeeds(seedDir);
  const created = Date.parse('2024-05-01T09:00:00.000Z');
  const claims: GeneratedClaimsProject['claims'] = [];
  const records = Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const seed = seeds[index % seeds.length]!;
    const first = (index * 7919) % (seed.words.length - QUOTE_WORDS);
    const start = seed.words[first]![0];
    const end = seed.words[first + QUOTE_WORDS - 1]![1];
    const quote = seed.text.slice(start, end);
    const statement = generatedStatement(n, quote.replace(/\s+/g, ' '));
    const id = `claim-${String(n).padStart(6, '0')}`;
    const at = new Date(created + index * 1000).toISOString();
    claims.push({ id, statement, docId: seed.id, quote, start, end });
    return {
      id,
      statement,
      status: STATUSES[index % STATUSES.length],
      note: '',
      tags: index % 10 === 0 ? ['sampled'] : [],
      evidence: [
        {
          id: `${id}-ev`,
          docId: seed.id,
          stance: 'supports',
          quote: { type: 'TextQuoteSelector', exact: quote, prefix: seed.text.slice(Math.max(0, start - CONTEXT), start), suffix: seed.text.slice(end, end + CONTEXT) },
          position: { type: 'TextPositionSelector', start, end },
          createdAt: at,
        },
      ],
      origin: { kind: 'manual' },
      createdAt: at,
      updatedAt: at,
    };
  });
  const documents = seeds.map(({ id, file, title, outlet, published, publishedBasis, language, note, text }) => ({
    id,
    title,
    outlet,
    published,
    publishedBasis,
    language,
    note,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    text,
    origin: { kind: 'seed', file },
  }));
  const json = JSON.stringify({ version: 2, exportedAt: '2024-05-01T09:00:00.000Z', stories: [{ documents, claims: records, dismissedFindings: [] }] });
  return { json, claims };
}
