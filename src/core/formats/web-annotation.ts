// W3C Web Annotation (JSON-LD) export: one annotation per evidence span, collected in an
// AnnotationCollection. Crosscheck's own fields ride on standard terms (body purposes, the
// annotation id) so that other tools can read the annotations and Crosscheck can read them back.
// Offsets are converted from Crosscheck's UTF-16 code units to the code points the model counts.
import type { Claim, Evidence } from '../model/claims';
import { codePointOffset, splitsSurrogatePair, withoutHalfPairsAtEdges } from '../text/code-points';
import type { CrosscheckProject, ProjectDocument } from './project';
import { documentsById } from './project-lookup';

export const ANNOTATION_CONTEXT_URL = 'http://www.w3.org/ns/anno.jsonld';
/** The published anno.jsonld still maps the motivation's old name "reviewing", not "assessing":
 * without this term RDF readers expand "assessing" to a relative IRI and lose every verdict. A
 * list with anno.jsonld first is what the model allows (§3.1 "@context"), and plain JSON readers
 * that look for the URL still find it. */
export const ANNOTATION_CONTEXT = [ANNOTATION_CONTEXT_URL, { assessing: 'http://www.w3.org/ns/oa#assessing' }] as const;
const CLAIM_ID_PREFIX = 'urn:crosscheck:claim:';
const EVIDENCE_ID_SEPARATOR = ':evidence:';
export const DOCUMENT_HASH_URN_PREFIX = 'urn:crosscheck:doc:';
/** For evidence whose document is not in the project: only its id is known. */
export const DOCUMENT_ID_URN_PREFIX = 'urn:crosscheck:doc-id:';
export const FINDING_URN_PREFIX = 'urn:crosscheck:finding:';

export interface WebAnnotationOptions {
  /** The URI annotations point at for a document; defaults to `urn:crosscheck:doc:<contentHash>`. */
  documentUri?: (docId: string) => string;
}

/** A stable id that tells Crosscheck which claim and evidence span an annotation came from. */
export function annotationId(claimId: string, evidenceId: string): string {
  return `${CLAIM_ID_PREFIX}${encodeURIComponent(claimId)}${EVIDENCE_ID_SEPARATOR}${encodeURIComponent(evidenceId)}`;
}

export function parseAnnotationId(id: string): { claimId: string; evidenceId: string } | null {
  if (!id.startsWith(CLAIM_ID_PREFIX)) return null;
  const [claimPart, evidencePart, ...rest] = id.slice(CLAIM_ID_PREFIX.length).split(EVIDENCE_ID_SEPARATOR);
  if (claimPart === undefined || evidencePart === undefined || rest.length > 0) return null;
  try {
    return { claimId: decodeURIComponent(claimPart), evidenceId: decodeURIComponent(evidencePart) };
  } catch {
    return null;
  }
}

/** Content-addressed, so the annotations still find the text after it is renamed or re-imported. */
export function defaultDocumentUri(project: CrosscheckProject): (docId: string) => string {
  const documents = documentsById(project);
  return (docId) => {
    const document = documents.get(docId);
    return document ? `${DOCUMENT_HASH_URN_PREFIX}${document.contentHash}` : `${DOCUMENT_ID_URN_PREFIX}${encodeURIComponent(docId)}`;
  };
}

/** xsd:dateTime in UTC with the zone written `Z`, as the model asks for created/modified. */
export function utcTimestamp(timestamp: string): string {
  return new Date(timestamp).toISOString();
}

function bodies(claim: Claim, evidence: Evidence): Record<string, unknown>[] {
  const textual = (purpose: string, value: string) => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });
  return [
    { ...textual('describing', claim.statement), created: utcTimestamp(claim.createdAt), modified: utcTimestamp(claim.updatedAt) },
    textual('assessing', claim.status),
    ...(claim.note === '' ? [] : [textual('commenting', claim.note)]),
    ...claim.tags.map((tag) => textual('tagging', tag)),
    textual('classifying', evidence.stance),
    ...(claim.origin.kind === 'suggestion'
      ? [{ type: 'SpecificResource', purpose: 'linking', source: `${FINDING_URN_PREFIX}${encodeURIComponent(claim.origin.findingId)}` }]
      : []),
  ];
}

/** The position in code points, only when the text is known and the position still selects the
 * quote: a stale position would send spec-following tools to the wrong words, and the quote
 * selector alone finds the span. An end between the halves of a surrogate pair has no code-point
 * offset, so such a position is left out too. */
function positionSelector(evidence: Evidence, document: ProjectDocument | undefined): Record<string, unknown>[] {
  const text = document?.text;
  const { start, end } = evidence.position;
  if (text === undefined || text.slice(start, end) !== evidence.quote.exact) return [];
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return [];
  return [{ type: 'TextPositionSelector', start: codePointOffset(text, start), end: codePointOffset(text, end) }];
}

function annotation(
  claim: Claim,
  evidence: Evidence,
  documents: Map<string, ProjectDocument>,
  documentUri: (docId: string) => string,
): Record<string, unknown> {
  const document = documents.get(evidence.docId);
  // The page's URL is where other tools find the source; the urn names the text Crosscheck
  // holds (and anchored the selectors in), so the annotation still finds it on import.
  const urn = documentUri(evidence.docId);
  const url = document?.url ?? null;
  return {
    '@context': ANNOTATION_CONTEXT,
    id: annotationId(claim.id, evidence.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: utcTimestamp(evidence.createdAt),
    modified: utcTimestamp(claim.updatedAt),
    body: bodies(claim, evidence),
    target: {
      ...(url === null ? {} : { id: urn }),
      source: {
        id: url ?? urn,
        type: 'Text',
        format: 'text/plain',
        ...(document ? { language: document.language, 'dc:title': document.title } : {}),
      },
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: evidence.quote.exact,
          prefix: withoutHalfPairsAtEdges(evidence.quote.prefix),
          suffix: withoutHalfPairsAtEdges(evidence.quote.suffix),
        },
        ...positionSelector(evidence, document),
      ],
    },
  };
}

/** Claims without evidence are left out: an annotation must have a target. The page (`first`)
 * is left out when there is nothing to put in it: a page must hold at least one annotation. */
export function toWebAnnotations(project: CrosscheckProject, options: WebAnnotationOptions = {}): Record<string, unknown> {
  const documents = documentsById(project);
  const documentUri = options.documentUri ?? defaultDocumentUri(project);
  const items = project.claims.flatMap((claim) => claim.evidence.map((evidence) => annotation(claim, evidence, documents, documentUri)));
  const collectionId = `urn:crosscheck:annotations:${utcTimestamp(project.exportedAt)}`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Crosscheck claims and evidence',
    total: items.length,
    ...(items.length === 0 ? {} : { first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items } }),
  };
}
