// Reads a file the analyst picked for import: a Crosscheck project or W3C Web Annotations, told
// apart by their top-level shape, then validated by the core parsers. Anything else is refused
// with the problems listed; nothing here changes state.
//   1. readImportFile: what the file is; a project is validated whole and its texts checked
//      against their hashes. It needs nothing from the library, so the app runs it in a worker
//      (a project of 5,000 documents is 25 MB of JSON: parsing, validating and hashing it froze
//      the tab for seconds).
//   2. readImportText: the same, and annotations placed in the library's texts (they point at
//      them by hash and offset), so it runs where the library is.
import { contentHash } from '../content-hash';
import type { PlacedSpan } from '../anchoring';
import type { IncomingItems } from '../import-plan';
import { MAX_IMPORT_BYTES, megabytesOf, parseJsonFile, type ImportProblem } from './import-problems';
import { validateProjectFile } from './parse-project';
import { parseWebAnnotations } from './parse-web-annotations';
import type { ProjectFileStory } from './project';

export type ImportSource = 'project' | 'annotations';

/** What a file is, before the library is looked at: a project's stories, or annotations to place. */
export type ImportFileReading =
  | { ok: true; source: 'project'; stories: ProjectFileStory[] }
  | { ok: true; source: 'annotations' }
  | { ok: false; problems: ImportProblem[] };

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

/** Checked on the file's size, before a byte is read (the app's Import dialog and the CLI's export). */
export function oversizeFileProblem(fileName: string, bytes: number): ImportProblem | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return { path: '', message: `${fileName} is ${megabytesOf(bytes)}, more than the ${megabytesOf(MAX_IMPORT_BYTES)} Crosscheck imports; it was not read.` };
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

/** What the file is; a project is validated whole (its JSON parsed once). */
export function recogniseImportText(text: string): ImportFileReading {
  const json = parseJsonFile(text, WHAT);
  if (!json.ok) return json;
  const source = sourceOf(json.value);
  if (source === null) {
    return {
      ok: false,
      problems: [{ path: '', message: `Not a ${WHAT}: it has neither a project's "version", "documents" and "claims" nor annotations' "type" and "target".` }],
    };
  }
  if (source === 'annotations') return { ok: true, source };
  const parsed = validateProjectFile(json.value);
  return parsed.ok ? { ok: true, source, stories: parsed.file.stories } : parsed;
}

/** Step 1: what the file is, a project's texts checked against their hashes. */
export async function readImportFile(text: string): Promise<ImportFileReading> {
  const reading = recogniseImportText(text);
  if (!reading.ok || reading.source === 'annotations') return reading;
  const problems = await storiesHashProblems(reading.stories);
  return problems.length > 0 ? { ok: false, problems } : reading;
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

/** Step 2: a recognised file as what comes in; annotations are placed in the library's texts. */
export function importReading(reading: ImportFileReading, text: string, options: ReadImportOptions): ImportReading {
  if (!reading.ok) return reading;
  if (reading.source === 'project') return { ok: true, source: 'project', incoming: incomingOf(reading.stories[0]!), stories: reading.stories, notices: [], placements: [] };
  const parsed = parseWebAnnotations(text, options);
  if (!parsed.ok) return parsed;
  return { ok: true, source: 'annotations', incoming: { documents: [], claims: parsed.claims, dismissedFindings: [] }, stories: [], notices: parsed.notices, placements: parsed.placements };
}

/** Steps 1 and 2 at once, hashes not checked (contentHashProblems does that). */
export function readImportText(text: string, options: ReadImportOptions): ImportReading {
  return importReading(recogniseImportText(text), text, options);
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

/** Every story's hash problems, paths naming the story when the file holds several. */
async function storiesHashProblems(stories: readonly ProjectFileStory[]): Promise<ImportProblem[]> {
  const found = await Promise.all(stories.map((story) => contentHashProblems(incomingOf(story))));
  return found.flatMap((problems, index) => (stories.length > 1 ? problems.map((problem) => ({ ...problem, path: `stories[${index}].${problem.path}` })) : problems));
}
