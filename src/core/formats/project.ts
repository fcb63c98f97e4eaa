import type { Claim, Evidence, EvidencePlacement } from '../model/claims';
import type { DetailSources, DocumentMeta, DocumentOrigin, SourceDocument } from '../model/document';
import { withoutHalfPairsAtEdges } from '../text/code-points';
import { PROJECT_VERSION } from './project-schema';

export type ProjectDocument = DocumentMeta & { contentHash: string; text?: string; origin: DocumentOrigin };

export interface ProjectStory {
  id: string;
  name: string;
}

/** One story's documents, claims and dismissed findings: what every export reads. */
export interface CrosscheckProject {
  version: typeof PROJECT_VERSION;
  exportedAt: string;
  /** Which story this is, when it came from one. */
  story?: ProjectStory;
  documents: ProjectDocument[];
  claims: Claim[];
  dismissedFindings: string[];
}

/** A story as the project file holds it. */
export interface ProjectFileStory {
  id?: string;
  name?: string;
  documents: ProjectDocument[];
  claims: Claim[];
  dismissedFindings: string[];
}

/** The project file (version 2): one story, or every story of a workspace. */
export interface ProjectFile {
  version: typeof PROJECT_VERSION;
  exportedAt: string;
  stories: ProjectFileStory[];
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

function fileStory(project: CrosscheckProject): ProjectFileStory {
  return {
    ...(project.story === undefined ? {} : { id: project.story.id, name: project.story.name }),
    documents: project.documents,
    claims: project.claims,
    dismissedFindings: project.dismissedFindings,
  };
}

/** The file holding these stories (one export each, exported at the first one's time). */
export function projectFileOf(projects: readonly CrosscheckProject[]): ProjectFile {
  return { version: PROJECT_VERSION, exportedAt: projects[0]?.exportedAt ?? new Date(0).toISOString(), stories: projects.map(fileStory) };
}

/** Story `index` of a file, as the exports read one story. */
export function projectOfFile(file: ProjectFile, index: number): CrosscheckProject {
  const { id, name, documents, claims, dismissedFindings } = file.stories[index]!;
  return { version: PROJECT_VERSION, exportedAt: file.exportedAt, ...(id === undefined ? {} : { story: { id, name: name ?? '' } }), documents, claims, dismissedFindings };
}

/** Pretty JSON with keys always in the order above, so two exports of one project diff cleanly. */
export function serializeProjectFile(file: ProjectFile): string {
  const ordered: ProjectFile = {
    version: file.version,
    exportedAt: file.exportedAt,
    stories: file.stories.map((story) => ({
      ...(story.id === undefined ? {} : { id: story.id }),
      ...(story.name === undefined ? {} : { name: story.name }),
      documents: story.documents.map((document) => projectDocument(document, true)),
      claims: story.claims.map(orderedClaim),
      dismissedFindings: [...story.dismissedFindings],
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A file of one story. */
export function serializeProject(project: CrosscheckProject): string {
  return serializeProjectFile(projectFileOf([project]));
}
