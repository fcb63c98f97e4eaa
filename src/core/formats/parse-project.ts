import { parseJsonFile, problemsFromZod, type ImportResult } from './import-problems';
import type { CrosscheckProject } from './project';
import { PROJECT_VERSION, projectSchema } from './project-schema';

const WHAT = 'Crosscheck project file';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a project file from untrusted text: checks the size, the JSON syntax, that it is a
 * Crosscheck project, its version, and then every field. Never throws.
 */
export function parseProject(json: string): ImportResult<{ project: CrosscheckProject }> {
  const parsed = parseJsonFile(json, WHAT);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!isRecord(value)) {
    return { ok: false, problems: [{ path: '', message: `Not a ${WHAT}: it holds a JSON list, not a project object.` }] };
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
  return { ok: true, project: result.data };
}
