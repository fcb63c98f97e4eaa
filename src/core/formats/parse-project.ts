// Reads project files of every version so far:
//   1. the JSON syntax and that it is a project at all;
//   2. its version: 2 is read as it is; 1 (one story's content at the top level, with an optional
//      "story") is checked against its own schema, so problems name the places in that file, and
//      then migrated to a file of one story;
//   3. what no schema states: unique story ids, unique document, claim and evidence ids.
import { parseJsonFile, problemsFromZod, type ImportProblem, type ImportResult } from './import-problems';
import { projectOfFile, type CrosscheckProject, type ProjectFile, type ProjectFileStory } from './project';
import { PROJECT_VERSION, projectSchema, projectSchemaV1 } from './project-schema';

const WHAT = 'Crosscheck project file';
const READ_VERSIONS = [1, PROJECT_VERSION];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function repeats(items: readonly { id?: string }[], path: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    const first = firstIndex.get(item.id);
    if (first === undefined) firstIndex.set(item.id, index);
    else problems.push({ path: `${path}[${index}].id`, message: `Duplicate id ${JSON.stringify(item.id)}, already used by ${path}[${first}].` });
  });
  return problems;
}

/** Ids key the library, the claims store and evidence lookups: a repeat would silently merge or
 * shadow items, so it is reported with where the first one was. */
function duplicateIdProblems(story: Pick<ProjectFileStory, 'documents' | 'claims'>, prefix: string): ImportProblem[] {
  return [
    ...repeats(story.documents, `${prefix}documents`),
    ...repeats(story.claims, `${prefix}claims`),
    ...story.claims.flatMap((claim, index) => repeats(claim.evidence, `${prefix}claims[${index}].evidence`)),
  ];
}

function readVersion1(value: unknown): ImportResult<{ file: ProjectFile }> {
  const result = projectSchemaV1.safeParse(value, { reportInput: true });
  if (!result.success) return { ok: false, problems: problemsFromZod(result.error) };
  const duplicates = duplicateIdProblems(result.data, '');
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  const { exportedAt, story, documents, claims, dismissedFindings } = result.data;
  return { ok: true, file: { version: PROJECT_VERSION, exportedAt, stories: [{ ...(story ?? {}), documents, claims, dismissedFindings }] } };
}

function readVersion2(value: unknown): ImportResult<{ file: ProjectFile }> {
  const result = projectSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { ok: false, problems: problemsFromZod(result.error) };
  const file = result.data;
  const duplicates = [...repeats(file.stories, 'stories'), ...file.stories.flatMap((story, index) => duplicateIdProblems(story, `stories[${index}].`))];
  return duplicates.length > 0 ? { ok: false, problems: duplicates } : { ok: true, file };
}

/**
 * Validates an already-parsed value as a project file of any version, migrated to the current
 * one (Excalidraw-style restore: takes unknown, checks everything). Never throws.
 */
export function validateProjectFile(value: unknown): ImportResult<{ file: ProjectFile }> {
  if (!isRecord(value)) {
    return { ok: false, problems: [{ path: '', message: `Not a ${WHAT}: it holds a JSON ${Array.isArray(value) ? 'list' : 'value'}, not a project object.` }] };
  }
  if (!('version' in value) && !('claims' in value) && !('documents' in value) && !('stories' in value)) {
    return { ok: false, problems: [{ path: '', message: `Not a ${WHAT}: it has none of the fields "version", "stories", "documents" or "claims".` }] };
  }
  if (value.version === 1) return readVersion1(value);
  if (value.version === PROJECT_VERSION) return readVersion2(value);
  const found = value.version === undefined ? 'no version' : `version ${JSON.stringify(value.version)}`;
  return {
    ok: false,
    problems: [{ path: 'version', message: `Unsupported project ${found} (this Crosscheck reads versions ${READ_VERSIONS.join(' and ')}).` }],
  };
}

/**
 * Reads a project file from untrusted text: checks the size, the JSON syntax, that it is a
 * Crosscheck project, its version, and then every field. Never throws.
 */
export function parseProjectFile(json: string): ImportResult<{ file: ProjectFile }> {
  const parsed = parseJsonFile(json, WHAT);
  return parsed.ok ? validateProjectFile(parsed.value) : parsed;
}

/** A story of the file by id or name; with none asked for, the file must hold one story. */
function pickStory(file: ProjectFile, story: string | undefined): ImportResult<{ project: CrosscheckProject }> {
  const index = story === undefined ? (file.stories.length === 1 ? 0 : -1) : file.stories.findIndex((item) => item.id === story || item.name === story);
  if (index !== -1) return { ok: true, project: projectOfFile(file, index) };
  const listed = file.stories.map((item) => `“${item.name ?? 'unnamed'}” (id ${item.id ?? 'none'})`).join(', ');
  const message =
    story === undefined
      ? `This ${WHAT} holds ${file.stories.length} stories: ${listed}; say which one to read.`
      : `This ${WHAT} has no story with the id or name ${JSON.stringify(story)}; it holds ${listed}.`;
  return { ok: false, problems: [{ path: 'stories', message }] };
}

/** Validates a parsed value as one story of a project file (the only one, or the one named). */
export function validateProject(value: unknown, options: { story?: string } = {}): ImportResult<{ project: CrosscheckProject }> {
  const result = validateProjectFile(value);
  return result.ok ? pickStory(result.file, options.story) : result;
}

/** Reads one story of a project file (the only one, or the one named by id or name). Never throws. */
export function parseProject(json: string, options: { story?: string } = {}): ImportResult<{ project: CrosscheckProject }> {
  const result = parseProjectFile(json);
  return result.ok ? pickStory(result.file, options.story) : result;
}
