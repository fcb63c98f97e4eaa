// Reads W3C Web Annotations back into claims. Annotations Crosscheck wrote (ids of the form
// urn:crosscheck:claim:…:evidence:…) regroup into their claims; any other annotation becomes a
// claim of its own, with one evidence span per target that has a TextQuoteSelector.
import { z } from 'zod';
import { placedSpans, reanchorToTexts, type PlacedSpan } from '../anchoring';
import type { Claim, ClaimStatus, Evidence, Stance, TextPositionSelector } from '../model/claims';
import { utf16Offset } from '../text/code-points';
import { parseJsonFile, problemsFromZod, type ImportProblem, type ImportResult } from './import-problems';
import { DOCUMENT_HASH_URN_PREFIX, DOCUMENT_ID_URN_PREFIX, FINDING_URN_PREFIX, parseAnnotationId } from './web-annotation';
import {
  annotationSchema,
  asList,
  positionSelectorSchema,
  quoteSelectorSchema,
  type AnnotationBody,
  type AnnotationInput,
  type AnnotationTarget,
} from './web-annotation-shape';
import { appendAll } from '../util/arrays';

const WHAT = 'Web Annotation file';
const STATUSES: readonly ClaimStatus[] = ['unverified', 'consistent', 'discrepant'];
const STANCES: readonly Stance[] = ['supports', 'contradicts', 'mentions'];

export interface ParseWebAnnotationsOptions {
  /** The library's document with this content hash, if any; unmatched sources stay as orphaned ids. */
  documentIdForHash: (contentHash: string) => string | undefined;
  /** Stands in for timestamps that annotations from other tools leave out. */
  importedAt: Date;
  /** The text of a library document, to turn the model's code-point offsets into UTF-16 ones. */
  documentText?: (docId: string) => string | undefined;
  /** Place imported spans in those texts as after a replacement, so a span that lands in another
   * passage or approximately is marked for review (the app does; a plain format round trip not). */
  reanchor?: boolean;
}

/** A readable file with something the analyst should know, such as offsets counted the wrong way. */
const UTF16_NOTICE =
  'counts its TextPositionSelector offsets in UTF-16 code units, not in the Unicode code points the Web Annotation model requires; read as UTF-16, they select the quoted text.';

interface LocatedItems {
  items: unknown[];
  path: string;
}

function locateItems(value: unknown): LocatedItems | string {
  if (Array.isArray(value)) return { items: value, path: '' };
  if (typeof value !== 'object' || value === null) return 'expected an annotation object or a list of them';
  const record = value as Record<string, unknown>;
  if (record.type === 'AnnotationCollection') {
    const first = record.first;
    // An empty collection has no page: a page must hold at least one annotation.
    if (first === undefined && record.total === 0) return { items: [], path: 'first.items' };
    if (typeof first === 'string') return 'the collection links to its annotations instead of containing them; export them embedded';
    if (typeof first !== 'object' || first === null || !Array.isArray((first as Record<string, unknown>).items)) {
      return 'the AnnotationCollection has no "first.items" list';
    }
    return { items: (first as { items: unknown[] }).items, path: 'first.items' };
  }
  if (record.type === 'AnnotationPage' && Array.isArray(record.items)) return { items: record.items, path: 'items' };
  if ('target' in record) return { items: [record], path: '' };
  return 'expected an Annotation, a list of them, an AnnotationPage or an AnnotationCollection';
}

function textualBodies(bodies: AnnotationBody[], purpose: string | undefined): { value: string; created?: string; modified?: string }[] {
  return bodies.flatMap((body) =>
    typeof body !== 'string' && body.purpose === purpose && typeof body.value === 'string'
      ? [{ value: body.value, created: body.created, modified: body.modified }]
      : [],
  );
}

/** The document an annotation targets: Crosscheck's urn when the target carries one (with the
 * page's URL as its source), else the source. */
function sourceUri(target: Exclude<AnnotationTarget, string>): string | undefined {
  if (typeof target.id === 'string' && (target.id.startsWith(DOCUMENT_HASH_URN_PREFIX) || target.id.startsWith(DOCUMENT_ID_URN_PREFIX))) return target.id;
  const source = target.source ?? target.id;
  return typeof source === 'string' ? source : source?.id;
}

/** Ids inside URNs are percent-encoded by Crosscheck; a foreign URN may not be, so keep it raw. */
function decodeId(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

function documentId(source: string, options: ParseWebAnnotationsOptions): string {
  if (source.startsWith(DOCUMENT_HASH_URN_PREFIX)) return options.documentIdForHash(source.slice(DOCUMENT_HASH_URN_PREFIX.length)) ?? source;
  if (source.startsWith(DOCUMENT_ID_URN_PREFIX)) return decodeId(source.slice(DOCUMENT_ID_URN_PREFIX.length));
  return source;
}

/**
 * The model counts code points; Crosscheck counts UTF-16 code units. With the text at hand the
 * offsets are converted; a file whose offsets only select the quote when read as UTF-16 (tools
 * that used JavaScript indices) is read that way and reported. Without the text the offsets are
 * kept: they are only a hint, and anchoring checks them against the quote.
 */
function utf16Position(
  position: { start: number; end: number },
  exact: string,
  text: string | undefined,
  report: () => void,
): TextPositionSelector {
  if (text === undefined) return { type: 'TextPositionSelector', start: position.start, end: position.end };
  const start = utf16Offset(text, position.start);
  const end = utf16Offset(text, position.end);
  if (text.slice(start, end) !== exact && text.slice(position.start, position.end) === exact) {
    report();
    return { type: 'TextPositionSelector', start: position.start, end: position.end };
  }
  return { type: 'TextPositionSelector', start, end };
}

function evidenceFromTarget(
  target: AnnotationTarget,
  id: string,
  stance: Stance,
  createdAt: string,
  options: ParseWebAnnotationsOptions,
  reportUtf16: () => void,
): Evidence | null {
  if (typeof target === 'string') return null;
  const source = sourceUri(target);
  const selectors = asList(target.selector);
  const quote = selectors.map((selector) => quoteSelectorSchema.safeParse(selector)).find((result) => result.success)?.data;
  if (source === undefined || quote === undefined) return null;
  const position = selectors.map((selector) => positionSelectorSchema.safeParse(selector)).find((result) => result.success)?.data;
  const docId = documentId(source, options);
  return {
    id,
    docId,
    stance,
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
    // Without a stored position, 0–0 never matches a non-empty quote, so anchoring falls back to
    // searching for the quote: the position is a hint, the quote is the evidence.
    position:
      position === undefined
        ? { type: 'TextPositionSelector', start: 0, end: 0 }
        : utf16Position(position, quote.exact, options.documentText?.(docId), reportUtf16),
    createdAt,
  };
}

function claimFrom(
  annotation: AnnotationInput,
  claimId: string,
  evidenceId: string,
  options: ParseWebAnnotationsOptions,
  reportUtf16: () => void,
): Claim {
  const bodies = asList(annotation.body);
  const described = textualBodies(bodies, 'describing')[0] ?? textualBodies(bodies, undefined)[0];
  const comments = textualBodies(bodies, 'commenting').map((body) => body.value);
  const statement = described?.value ?? annotation.bodyValue ?? (described === undefined ? comments.shift() : undefined) ?? '';
  const assessed = textualBodies(bodies, 'assessing')[0]?.value;
  const classified = textualBodies(bodies, 'classifying')[0]?.value;
  const stance = STANCES.find((candidate) => candidate === classified) ?? 'mentions';
  const createdAt = described?.created ?? annotation.created ?? options.importedAt.toISOString();
  const finding = bodies.find((body) => typeof body !== 'string' && body.purpose === 'linking' && typeof body.source === 'string' && body.source.startsWith(FINDING_URN_PREFIX));
  const findingSource = typeof finding === 'object' && typeof finding.source === 'string' ? finding.source : undefined;
  const evidenceCreated = annotation.created ?? createdAt;
  return {
    id: claimId,
    statement,
    status: STATUSES.find((candidate) => candidate === assessed) ?? 'unverified',
    note: comments.join('\n\n'),
    tags: textualBodies(bodies, 'tagging').map((body) => body.value),
    evidence: asList(annotation.target).flatMap((target, index, targets) => {
      const id = targets.length === 1 ? evidenceId : `${evidenceId}#${index}`;
      return evidenceFromTarget(target, id, stance, evidenceCreated, options, reportUtf16) ?? [];
    }),
    origin: findingSource === undefined ? { kind: 'manual' } : { kind: 'suggestion', findingId: decodeId(findingSource.slice(FINDING_URN_PREFIX.length)) },
    createdAt,
    updatedAt: described?.modified ?? annotation.modified ?? createdAt,
  };
}

/** Reads annotations from untrusted JSON text into claims, with notices about a readable file's
 * quirks (offsets in UTF-16). Never throws. */
export interface ReadAnnotations {
  claims: Claim[];
  notices: ImportProblem[];
  /** With `reanchor`: how each span of a document in the library was placed in its text. */
  placements: PlacedSpan[];
}

export function parseWebAnnotations(json: string, options: ParseWebAnnotationsOptions): ImportResult<ReadAnnotations> {
  const parsed = parseJsonFile(json, WHAT);
  if (!parsed.ok) return parsed;
  const located = locateItems(parsed.value);
  if (typeof located === 'string') return { ok: false, problems: [{ path: '', message: `Not a ${WHAT}: ${located}.` }] };

  const result = z.array(annotationSchema).safeParse(located.items, { reportInput: true });
  if (!result.success) return { ok: false, problems: problemsFromZod(result.error, located.path) };

  const claims = new Map<string, Claim>();
  const problems: ImportProblem[] = [];
  const utf16Annotations: number[] = [];
  result.data.forEach((annotation, index) => {
    const ours = annotation.id === undefined ? null : parseAnnotationId(annotation.id);
    const claimId = ours?.claimId ?? annotation.id ?? `imported-annotation-${index + 1}`;
    const reportUtf16 = () => {
      if (utf16Annotations.at(-1) !== index) utf16Annotations.push(index);
    };
    const claim = claimFrom(annotation, claimId, ours?.evidenceId ?? `${claimId}#evidence`, options, reportUtf16);
    const existing = claims.get(claimId);
    if (existing === undefined) claims.set(claimId, claim);
    else if (ours === null || existing.evidence.some((item) => item.id === ours.evidenceId)) {
      problems.push({ path: `${located.path}[${index}].id`, message: `Two annotations share the id ${JSON.stringify(annotation.id)}.` });
    } else appendAll(existing.evidence, claim.evidence);
  });
  if (problems.length > 0) return { ok: false, problems };
  const notices = utf16Annotations.map((index) => ({ path: `${located.path}[${index}].target`, message: `This annotation ${UTF16_NOTICE}` }));
  const read = [...claims.values()];
  if (options.reanchor !== true || options.documentText === undefined) return { ok: true, claims: read, notices, placements: [] };
  const reanchoring = reanchorToTexts(read, options.documentText);
  return { ok: true, claims: reanchoring.claims, notices, placements: placedSpans(reanchoring) };
}
