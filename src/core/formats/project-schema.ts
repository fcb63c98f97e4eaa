// The zod schema of the project file: the single definition behind parseProject, the committed
// JSON Schema (docs/project-schema.json, generated from it) and the fast-check arbitraries'
// validity checks. Rules no JSON Schema can state (one field against another, uniqueness of a
// field across items) are checked by parseProject and written in the descriptions below.
import * as z from 'zod/mini';
import '../util/zod-without-eval';
import { httpUrlSchema } from '../ingest/http-url';
import type { Claim } from '../model/claims';
import { isWellFormedUnicode } from '../util/well-formed';
import type { DocumentMeta, DocumentOrigin } from '../model/document';

/** 2: a file holds a list of stories (one, or all of them); version 1 held one story's content. */
export const PROJECT_VERSION = 2;

const isoTimestamp = z.iso.datetime({ offset: true });
// An id holding a lone surrogate cannot be put in a link, hashed or stored faithfully.
export const wellFormedString = z.string().check(z.refine(isWellFormedUnicode, { message: 'must be well-formed Unicode: it holds a lone UTF-16 surrogate (a broken character)' }));
const identifier = wellFormedString.check(z.minLength(1));

export const documentOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('seed'), file: z.string() }),
  z.object({ kind: z.literal('pasted') }),
  z.object({ kind: z.literal('file'), fileName: z.string(), format: z.enum(['text', 'markdown', 'html']) }),
  z.object({ kind: z.literal('imported'), projectFile: z.string() }),
]) satisfies z.ZodMiniType<DocumentOrigin>;

export const projectDocumentSchema = z
  .object({
    id: identifier,
    title: z.string(),
    outlet: z.string(),
    published: z.nullable(z.iso.date()).register(z.globalRegistry, { description: 'Publication date YYYY-MM-DD, or null when unknown.' }),
    publishedBasis: z.nullable(z.enum(['stated', 'inferred', 'analyst'])),
    language: z.string().register(z.globalRegistry, { description: 'BCP 47 language tag, e.g. "en".' }),
    note: z.string(),
    url: z
      ._default(z.nullable(httpUrlSchema), null)
      .register(z.globalRegistry, { description: 'Where the text was published (http or https), or null when unknown. Files without this field read as null.' }),
    authors: z._default(z.array(z.string()), []).register(z.globalRegistry, { description: 'Who wrote the text; files without this field read as none.' }),
    proposedFrom: z._default(z.object({ url: z.optional(z.string()), outlet: z.optional(z.string()), authors: z.optional(z.string()) }), {}).register(z.globalRegistry, {
        description:
          'Where the app read each proposed detail (e.g. "og:site_name", "link rel=canonical"); a detail the analyst typed or changed has no entry.',
      }),
    contentHash: z
      .string()
      .check(z.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (SHA-256 of the text in UTF-8)'))
      .register(z.globalRegistry, { description: 'Lower-case hex SHA-256 of the text (UTF-8); identifies the text even when it is not included.' }),
    text: z.optional(z.string()).register(z.globalRegistry, { description: 'The full text; left out when the project was exported without texts.' }),
    origin: documentOriginSchema,
  })
  .register(z.globalRegistry, { title: 'Document' }) satisfies z.ZodMiniType<DocumentMeta & { contentHash: string; text?: string; origin: DocumentOrigin }>;

const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  })
  .check(z.refine((position) => position.start <= position.end, { message: 'start must not be after end', path: ['end'] }))
  .register(z.globalRegistry, { description: 'UTF-16 code unit offsets into the document text, end exclusive. Also checked on import: start ≤ end.' });

const matchScore = z.number().check(z.gte(0), z.lte(1));
const confirmedAt = z.optional(isoTimestamp).register(z.globalRegistry, { description: 'When the analyst confirmed a span that moved or was placed approximately.' });

export const placementSchema = z
  .discriminatedUnion('method', [
    z.object({ method: z.literal('position'), score: z.literal(1), confirmedAt }),
    z.object({ method: z.literal('exact-in-place'), score: matchScore, confirmedAt }),
    z.object({ method: z.literal('exact-elsewhere'), score: matchScore, confirmedAt }),
    z.object({ method: z.literal('fuzzy'), score: matchScore, errors: z.int().check(z.positive()), confirmedAt }),
  ])
  .register(z.globalRegistry, {
      description:
        'How the span was re-anchored when its document text was last replaced; absent for spans never re-anchored. "exact-elsewhere" (moved to another passage) and "fuzzy" (placed approximately) await review until confirmedAt is set.',
    });

export const evidenceSchema = z.object({
  id: identifier,
  docId: identifier,
  stance: z.enum(['supports', 'contradicts', 'mentions']),
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
  createdAt: isoTimestamp,
  placement: z.optional(placementSchema),
});

export const claimSchema = z
  .object({
    id: identifier,
    statement: z.string(),
    status: z.enum(['unverified', 'consistent', 'discrepant']),
    note: z.string(),
    tags: z.array(z.string()),
    evidence: z.array(evidenceSchema).register(z.globalRegistry, { description: 'Also checked on import: evidence ids are unique within the claim.' }),
    origin: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('manual') }),
      z.object({ kind: z.literal('suggestion'), findingId: identifier }),
    ]),
    createdAt: isoTimestamp,
    updatedAt: isoTimestamp,
  })
  .register(z.globalRegistry, { title: 'Claim' }) satisfies z.ZodMiniType<Claim>;

export const projectStorySchema = z
  .object({ id: identifier, name: z.string() })
  .register(z.globalRegistry, { title: 'Story', description: 'The story (one workspace per event) these documents and claims belong to; left out when the file holds no single story.' });

/** Read by other tools from the JSON Schema: what the importer checks beyond it. */
const IMPORTER_RULES =
  'Fields not listed here are allowed and dropped on import. Beyond this schema, the importer also refuses: duplicate story ids, duplicate document ids and duplicate claim ids within a story, duplicate evidence ids within a claim, and a position whose start is after its end.';

/** What one story holds, in every version of the file. */
const storyContent = {
  documents: z.array(projectDocumentSchema).register(z.globalRegistry, {
      description: 'Also checked on import: document ids are unique within the story; when a text is included, contentHash is its SHA-256 (checked by the app).',
    }),
  claims: z.array(claimSchema).register(z.globalRegistry, { description: 'Also checked on import: claim ids are unique within the story.' }),
  dismissedFindings: z.array(wellFormedString).register(z.globalRegistry, { description: 'Ids of automatic findings the analyst dismissed.' }),
};

export const projectFileStorySchema = z
  .object({
    id: z.optional(identifier).register(z.globalRegistry, { description: 'The story\'s id: a link to the story (…?story=<id>) opens it after import. Left out when the project came from no story (a version 1 file without one, or the command line).' }),
    name: z.optional(z.string()).register(z.globalRegistry, { description: 'The story\'s name in the story picker.' }),
    ...storyContent,
  })
  .register(z.globalRegistry, { title: 'Story', description: 'One story (one workspace per event): its documents, claims and dismissed findings.' });

export const projectSchema = z
  .object({
    version: z.literal(PROJECT_VERSION),
    exportedAt: isoTimestamp,
    stories: z
      .array(projectFileStorySchema)
      .check(z.minLength(1))
      .register(z.globalRegistry, {
        description: 'One story (Export → this story) or every story of the workspace (Export → all stories). Also checked on import: story ids are unique.',
      }),
  })
  .register(z.globalRegistry, {
      title: 'Crosscheck project',
      description: `Stories, each with its documents (optionally with their texts), claims with evidence anchored by W3C selectors, and dismissed findings. ${IMPORTER_RULES}`,
    });

/** Version 1 (before stories could travel together): one story's content at the top level. */
export const projectSchemaV1 = z.object({
  version: z.literal(1),
  exportedAt: isoTimestamp,
  story: z.optional(projectStorySchema),
  ...storyContent,
});

/** The JSON Schema committed as docs/project-schema.json, for other tools to validate against.
 * It describes what the importer accepts (zod's input side): unknown fields pass and are dropped,
 * so the schema does not forbid them. */
export function projectJsonSchema(): object {
  const anyVersion = z.union([projectSchema, projectSchemaV1.clone().register(z.globalRegistry, { title: 'Crosscheck project, version 1' })]).register(z.globalRegistry, {
      title: 'Crosscheck project file',
      description: `A project file of the current version (2: a list of stories) or of version 1 (one story's documents, claims and dismissedFindings at the top level, with an optional "story": {id, name}); Crosscheck imports both. ${IMPORTER_RULES}`,
    });
  return z.toJSONSchema(anyVersion, { target: 'draft-2020-12', io: 'input' });
}
