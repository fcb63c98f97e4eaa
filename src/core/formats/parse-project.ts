import { parseJsonFile, problemsFromZod, type ImportProblem, type ImportResult } from './import-problems';
import type { CrosscheckProject } from './project';
import { PROJECT_VERSION, projectSchema } from './project-schema';

const WHAT = 'Crosscheck project file';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids key the library, the claims store and evidence lookups: a repeat would silently merge or
 * shadow items, so it is reported with where the first one was. */
function duplicateIdProblems(project: CrosscheckProject): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const check = (items: { id: string }[], path: string) => {
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      const first = firstIndex.get(item.id);
      if (first === undefined) firstIndex.set(item.id, index);
      else problems.push({ path: `${path}[${index}].id`, message: `Duplicate id ${JSON.stringify(item.id)}, already used by ${path}[${first}].` });
    });
  };
  check(project.documents, 'documents');
  check(project.claims, 'claims');
  project.claims.forEach((claim, index) => check(claim.evidence, `claims[${index}].evidence`));
  return problems;
}

/**
 * Validates an already-parsed value as a project (Excalidraw-style restore: takes unknown,
 * checks everything). Never throws.
 */
export function validateProject(value: unknown): ImportResult<{ project: CrosscheckProject }> {
  if (!isRecord(value)) {
    return { ok: false, problems: [{ path: '', message: `Not a ${WHAT}: it holds a JSON ${Array.isArray(value) ? 'list' : 'value'}, not a project object.` }] };
  }
  if (!('version' in value) && !('claims' in value) && !('documents' in value)) {
    return { ok: false, problems: [{ path: '', message: `Not a ${WHAT}: it has none of the fields "version", "documents" or "claims".` }] };
  }
  if (value.version !== PROJECT_VERSION) {
    const found = value.version === undefined ? 'no version' : `version ${JSON.stringify(value.version)}`;
    return {
      ok: false,
      problems: [{ path: 'version', message: `Unsupported project ${found} (this Crosscheck reads version ${PROJECT_VERSION}).` }],
    };
  }
  const result = projectSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { ok: false, problems: problemsFromZod(result.error) };
  const duplicates = duplicateIdProblems(result.data);
  return duplicates.length > 0 ? { ok: false, problems: duplicates } : { ok: true, project: result.data };
}

/**
 * Reads a project file from untrusted text: checks the size, the JSON syntax, that it is a
 * Crosscheck project, its version, and then every field. Never throws.
 */
export function parseProject(json: string): ImportResult<{ project: CrosscheckProject }> {
  const parsed = parseJsonFile(json, WHAT);
  return parsed.ok ? validateProject(parsed.value) : parsed;
}
