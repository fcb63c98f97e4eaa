import type { Claim, Evidence, EvidencePlacement } from '../model/claims';
import type { DetailSources, DocumentMeta, DocumentOrigin, SourceDocument } from '../model/document';
import { withoutHalfPairsAtEdges } from '../text/code-points';
import { PROJECT_VERSION } from './project-schema';

export type ProjectDocument = DocumentMeta & { contentHash: string; text?: string; origin: DocumentOrigin };

export interface ProjectStory {
  id: string;
  name: string;
}

/** Everything an analyst saves or hands to a colleague: version 1 of the project file. */
export interface CrosscheckProject {
  version: 1;
  exportedAt: string;
  /** Which story the file holds, when it holds one. */
  story?: ProjectStory;
  documents: ProjectDocument[];
  claims: Claim[];
  dismissedFindings: string[];
}

export interface BuildProjectInput {
  documents: SourceDocument[];
  claims: Claim[];
  dismissedFindings: string[];
  /** Without texts the file is small and shareable; claims still re-anchor by content hash. */
  includeTexts: boolean;
  exportedAt: Date;
  story?: ProjectStory;
}

function orderedOrigin(origin: DocumentOrigin): DocumentOrigin {
  switch (origin.kind) {
    case 'seed':
      return { kind: 'seed', file: origin.file };
    case 'pasted':
      return { kind: 'pasted' };
    case 'file':
      return { kind: 'file', fileName: origin.fileName, format: origin.format };
    case 'imported':
      return { kind: 'imported', projectFile: origin.projectFile };
  }
}

function orderedSources(sources: DetailSources): DetailSources {
  const ordered: DetailSources = {};
  for (const field of ['url', 'outlet', 'authors'] as const) if (sources[field] !== undefined) ordered[field] = sources[field];
  return ordered;
}

function projectDocument(document: SourceDocument | ProjectDocument, includeText: boolean): ProjectDocument {
  const { id, title, outlet, published, publishedBasis, language, note, url, authors, proposedFrom, contentHash, text, origin } = document;
  const base = { id, title, outlet, published, publishedBasis, language, note, url, authors: [...authors], proposedFrom: orderedSources(proposedFrom), contentHash };
  return includeText && text !== undefined ? { ...base, text, origin: orderedOrigin(origin) } : { ...base, origin: orderedOrigin(origin) };
}

function orderedPlacement(placement: EvidencePlacement): EvidencePlacement {
  const confirmed = placement.confirmedAt === undefined ? {} : { confirmedAt: placement.confirmedAt };
  if (placement.method === 'fuzzy') return { method: 'fuzzy', score: placement.score, errors: placement.errors, ...confirmed };
  return { ...(placement.method === 'position' ? { method: 'position', score: 1 } : { method: placement.method, score: placement.score }), ...confirmed };
}

function orderedEvidence(evidence: Evidence): Evidence {
  const { id, docId, stance, quote, position, createdAt, placement } = evidence;
  const ordered: Evidence = {
    id,
    docId,
    stance,
    // Contexts cut before describeSelection kept surrogate pairs whole could end in half of one.
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: withoutHalfPairsAtEdges(quote.prefix), suffix: withoutHalfPairsAtEdges(quote.suffix) },
    position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    createdAt,
  };
  return placement === undefined ? ordered : { ...ordered, placement: orderedPlacement(placement) };
}

function orderedClaim(claim: Claim): Claim {
  const { id, statement, status, note, tags, evidence, origin, createdAt, updatedAt } = claim;
  return {
    id,
    statement,
    status,
    note,
    tags: [...tags],
    evidence: evidence.map(orderedEvidence),
    origin: origin.kind === 'manual' ? { kind: 'manual' } : { kind: 'suggestion', findingId: origin.findingId },
    createdAt,
    updatedAt,
  };
}

export function buildProject(input: BuildProjectInput): CrosscheckProject {
  return {
    version: PROJECT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    ...(input.story === undefined ? {} : { story: { id: input.story.id, name: input.story.name } }),
    documents: input.documents.map((document) => projectDocument(document, input.includeTexts)),
    claims: input.claims.map(orderedClaim),
    dismissedFindings: [...input.dismissedFindings],
  };
}

/** Pretty JSON with keys always in the order above, so two exports of one project diff cleanly. */
export function serializeProject(project: CrosscheckProject): string {
  const ordered: CrosscheckProject = {
    version: project.version,
    exportedAt: project.exportedAt,
    ...(project.story === undefined ? {} : { story: { id: project.story.id, name: project.story.name } }),
    documents: project.documents.map((document) => projectDocument(document, true)),
    claims: project.claims.map(orderedClaim),
    dismissedFindings: [...project.dismissedFindings],
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
