// Test support for the format tests and the CLI tests (not used by the app): fast-check
// arbitraries for valid projects, and a realistic project over the seed articles.
import fc from 'fast-check';
import { describeSelection } from '../anchoring/describe-selection';
import { contentHash } from '../content-hash';
import { httpUrlSchema } from '../ingest/http-url';
import type { Claim, Evidence } from '../model/claims';
import type { DocumentOrigin, SourceDocument } from '../model/document';
import { withoutHalfPairsAtEdges } from '../text/code-points';
import { buildProject, type CrosscheckProject, type ProjectDocument } from './project';
import { PROJECT_VERSION } from './project-schema';

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const identifier = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 16 }));
const instant = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
const timestamp = instant.map((date) => date.toISOString());
const calendarDate = instant.map((date) => date.toISOString().slice(0, 10));
const sha256Hex = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(''));

const documentOrigin: fc.Arbitrary<DocumentOrigin> = fc.oneof(
  fc.record({ kind: fc.constant('seed' as const), file: fc.string() }),
  fc.record({ kind: fc.constant('pasted' as const) }),
  fc.record({ kind: fc.constant('file' as const), fileName: fc.string(), format: fc.constantFrom('text' as const, 'markdown' as const, 'html' as const) }),
  fc.record({ kind: fc.constant('imported' as const), projectFile: fc.string() }),
);

function projectDocument(id: string, hash: string): fc.Arbitrary<ProjectDocument> {
  return fc.record(
    {
      id: fc.constant(id),
      title: anyText,
      outlet: anyText,
      published: fc.option(calendarDate, { nil: null }),
      publishedBasis: fc.option(fc.constantFrom('stated' as const, 'inferred' as const, 'analyst' as const), { nil: null }),
      language: fc.constantFrom('en', 'fr', 'ru', 'zh-Hans'),
      note: anyText,
      url: fc.option(fc.webUrl({ validSchemes: ['http', 'https'] }).filter((url) => httpUrlSchema.safeParse(url).success), { nil: null }),
      authors: fc.array(anyText, { maxLength: 3 }),
      proposedFrom: fc.record({ url: anyText, outlet: anyText, authors: anyText }, { requiredKeys: [] }),
      contentHash: fc.constant(hash),
      text: anyText,
      origin: documentOrigin,
    },
    { requiredKeys: ['id', 'title', 'outlet', 'published', 'publishedBasis', 'language', 'note', 'url', 'authors', 'proposedFrom', 'contentHash', 'origin'] },
  );
}

function evidence(docIds: string[]): fc.Arbitrary<Evidence> {
  return fc.record({
    id: identifier,
    docId: docIds.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...docIds), weight: 4 }, { arbitrary: identifier, weight: 1 }) : identifier,
    stance: fc.constantFrom('supports' as const, 'contradicts' as const, 'mentions' as const),
    // Contexts as describeSelection cuts them: never ending in half a surrogate pair.
    quote: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: anyText, prefix: anyText.map(withoutHalfPairsAtEdges), suffix: anyText.map(withoutHalfPairsAtEdges) }),
    position: fc.tuple(fc.nat(100_000), fc.nat(100_000)).map(([a, b]) => ({ type: 'TextPositionSelector' as const, start: Math.min(a, b), end: Math.max(a, b) })),
    createdAt: timestamp,
  });
}

export function claimArbitrary(docIds: string[], minEvidence = 0): fc.Arbitrary<Claim> {
  return fc.record({
    id: identifier,
    statement: anyText,
    status: fc.constantFrom('unverified' as const, 'consistent' as const, 'discrepant' as const),
    note: anyText,
    tags: fc.array(anyText, { maxLength: 4 }),
    evidence: fc.uniqueArray(evidence(docIds), { minLength: minEvidence, maxLength: 4, selector: (item) => item.id }),
    origin: fc.oneof(fc.constant({ kind: 'manual' as const }), fc.record({ kind: fc.constant('suggestion' as const), findingId: identifier })),
    createdAt: timestamp,
    updatedAt: timestamp,
  });
}

/** Any valid project; document ids and content hashes are unique, as in the app's library. */
export function projectArbitrary(options: { minEvidence?: number } = {}): fc.Arbitrary<CrosscheckProject> {
  return fc
    .uniqueArray(fc.tuple(identifier, sha256Hex), { maxLength: 5, selector: ([id]) => id })
    .filter((pairs) => new Set(pairs.map(([, hash]) => hash)).size === pairs.length)
    .chain((pairs) =>
      fc.record({
        version: fc.constant(PROJECT_VERSION),
        exportedAt: timestamp,
        story: fc.option(fc.record({ id: identifier, name: anyText }), { nil: undefined }),
        documents: fc.tuple(...pairs.map(([id, hash]) => projectDocument(id, hash))),
        claims: fc.uniqueArray(claimArbitrary(pairs.map(([id]) => id), options.minEvidence), { maxLength: 5, selector: (claim) => claim.id }),
        dismissedFindings: fc.array(identifier, { maxLength: 3 }),
      }),
    );
}

const SEED_FILES = {
  '001': { id: '001_8dfcd5823fdeecd6', title: 'China’s top diplomat says Beijing, Moscow to deepen ties', outlet: 'AFP via Digital Journal (inferred)', published: '2023-07-13' },
  '002': { id: '002_d2e03255e9355d12', title: 'China’s FM hails ‘strategic cooperation’ in talks with Russian counterpart', outlet: 'Al Jazeera via an aggregator ("Source link")', published: '2023-09-18', url: 'https://news.example.org/2023/09/18/china-fm-strategic-cooperation' },
  '004': { id: '004_178e249b77d00c9e', title: 'China-Russia relations ‘rock solid’ as Ukraine war hits anniversary', outlet: 'South China Morning Post via a Malaysian site (inferred)', published: '2023-02-21', url: 'https://news.example.org/2023/02/21/china-russia-rock-solid', authors: ['Ana Lima', 'Ben Okafor'] },
} as const;

/** The invasion-date disagreement of the seeds as an analyst would record it, plus an
 * unverified claim without evidence. `readSeed` returns a seed file's text by file name. */
export async function invasionDateProject(readSeed: (fileName: string) => string): Promise<CrosscheckProject> {
  const documents: SourceDocument[] = await Promise.all(
    Object.values(SEED_FILES).map(async (seed) => {
      const text = readSeed(`${seed.id}.txt`);
      return { url: null, proposedFrom: {}, ...seed, authors: 'authors' in seed ? [...seed.authors] : [], publishedBasis: 'stated' as const, language: 'en', note: '', text, contentHash: await contentHash(text), origin: { kind: 'seed' as const, file: `${seed.id}.txt` }, updatedAt: '2026-11-23T09:00:00.000Z' };
    }),
  );
  const cite = (id: string, docId: string, quote: string, stance: Evidence['stance']): Evidence => {
    const text = documents.find((document) => document.id === docId)?.text ?? '';
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`Seed ${docId} does not contain "${quote}".`);
    return { id, docId, stance, ...describeSelection(text, start, start + quote.length), createdAt: '2026-11-23T09:30:00.000Z' };
  };
  const claims: Claim[] = [
    {
      id: 'claim-invasion-date',
      statement: 'Russia launched its full-scale invasion of Ukraine in February 2022',
      status: 'discrepant',
      note: '002 says "February 2021"; 001 ("last year", 2023) and 004 ("a year ago", Feb 2023) point to 2022.',
      tags: ['dates', 'Ukraine'],
      evidence: [
        cite('ev-002', SEED_FILES['002'].id, 'invasion of Ukraine in February 2021', 'contradicts'),
        cite('ev-001', SEED_FILES['001'].id, 'Moscow’s invasion of Ukraine last year', 'supports'),
        cite('ev-004', SEED_FILES['004'].id, 'full-scale military assault on Ukraine a year ago', 'supports'),
      ],
      origin: { kind: 'suggestion', findingId: 'finding-date-invasion' },
      createdAt: '2026-11-23T09:30:00.000Z',
      updatedAt: '2026-11-23T09:45:00.000Z',
    },
    {
      id: 'claim-wang-yi-moscow',
      statement: 'Wang Yi was the highest-level Chinese official to visit Moscow since the invasion',
      status: 'unverified',
      note: '',
      tags: [],
      evidence: [],
      origin: { kind: 'manual' },
      createdAt: '2026-11-23T09:50:00.000Z',
      updatedAt: '2026-11-23T09:50:00.000Z',
    },
  ];
  return buildProject({ documents, claims, dismissedFindings: ['finding-name-lavrov'], includeTexts: true, exportedAt: new Date('2026-11-23T10:00:00.000Z') });
}
