// Reads a file the analyst picked for import: a Crosscheck project or W3C Web Annotations, told
// apart by their top-level shape, then validated by the core parsers. Anything else is refused
// with the problems listed; nothing here changes state.
import { contentHash } from '../../core/content-hash';
import { MAX_IMPORT_BYTES, parseProjectFile, parseWebAnnotations, type ImportProblem, type ProjectFileStory } from '../../core/formats';
import { parseJsonFile } from '../../core/formats/import-problems';
import type { PlacedSpan } from '../../core/anchoring';
import type { IncomingItems } from '../../core/import-plan';

export type ImportSource = 'project' | 'annotations';

export type ImportReading =
  | {
      ok: true;
      source: ImportSource;
      /** What comes in: the file's first story, or the annotations' claims. */
      incoming: IncomingItems;
      /** A project file's stories (one, or all of a workspace); none for annotations. */
      stories: ProjectFileStory[];
      notices: ImportProblem[];
      placements: PlacedSpan[];
    }
  | { ok: false; problems: ImportProblem[] };

const WHAT = 'Crosscheck project or Web Annotation file';
const ANNOTATION_TYPES = new Set(['Annotation', 'AnnotationPage', 'AnnotationCollection']);

/** Checked on the File's size, before a byte is read: a huge file would freeze the tab. */
export function oversizeFileProblem(fileName: string, bytes: number): ImportProblem | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const megabytes = (size: number) => `${Math.round(size / 1024 / 1024)} MB`;
  return { path: '', message: `${fileName} is ${megabytes(bytes)}, more than the ${megabytes(MAX_IMPORT_BYTES)} Crosscheck imports; it was not read.` };
}

function sourceOf(value: unknown): ImportSource | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'object' || first === null) return null;
  const record = first as Record<string, unknown>;
  const types = Array.isArray(record.type) ? record.type : [record.type];
  if ('target' in record || types.some((type) => typeof type === 'string' && ANNOTATION_TYPES.has(type))) return 'annotations';
  if (!Array.isArray(value) && ('version' in record || 'documents' in record || 'claims' in record)) return 'project';
  return null;
}

export interface ReadImportOptions {
  /** The library's document with this content hash, for annotations that point at texts by hash. */
  documentIdForHash: (contentHash: string) => string | undefined;
  importedAt: Date;
  /** A library document's text, so annotation offsets in code points become UTF-16 offsets. */
  documentText?: (docId: string) => string | undefined;
  /** Re-anchor imported annotations in those texts, marking moved or approximate spans. */
  reanchor?: boolean;
}

export function readImportText(text: string, options: ReadImportOptions): ImportReading {
  const json = parseJsonFile(text, WHAT);
  if (!json.ok) return json;
  const source = sourceOf(json.value);
  if (source === null) {
    return {
      ok: false,
      problems: [{ path: '', message: `Not a ${WHAT}: it has neither a project's "version", "documents" and "claims" nor annotations' "type" and "target".` }],
    };
  }
  if (source === 'project') {
    const parsed = parseProjectFile(text);
    if (!parsed.ok) return parsed;
    const { stories } = parsed.file;
    return { ok: true, source, incoming: incomingOf(stories[0]!), stories, notices: [], placements: [] };
  }
  const parsed = parseWebAnnotations(text, options);
  if (!parsed.ok) return parsed;
  return { ok: true, source, incoming: { documents: [], claims: parsed.claims, dismissedFindings: [] }, stories: [], notices: parsed.notices, placements: parsed.placements };
}

/** What one story of a project file brings in. */
export function incomingOf({ documents, claims, dismissedFindings }: ProjectFileStory): IncomingItems {
  return { documents, claims, dismissedFindings };
}

/** A text whose hash does not match would silently break every evidence anchor keyed on it. */
export async function contentHashProblems(incoming: IncomingItems): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  for (const [index, document] of incoming.documents.entries()) {
    if (document.text === undefined) continue;
    if ((await contentHash(document.text)) !== document.contentHash) {
      problems.push({ path: `documents[${index}].contentHash`, message: `does not match the SHA-256 of the document's text ("${document.title}"): the file was edited by hand or damaged.` });
    }
  }
  return problems;
}
