// Problems found while reading an imported file, each naming where (a JSON path such as
// `claims[2].evidence[0].stance`, or '' for the file as a whole) and what is wrong.
import type { z } from 'zod';

export interface ImportProblem {
  path: string;
  message: string;
}

export type ImportResult<T> = ({ ok: true } & T) | { ok: false; problems: ImportProblem[] };

/**
 * Project files over this size are refused before a byte is read, in the app and by the CLI. A
 * project of 10,000 wire-length documents is about 52 MB. The file is read, validated and
 * hash-checked in a worker, but all its texts end up in the page: at the preview a 99 MB file
 * (19,000 documents) took a 212 MB page heap, a 234 MB file (45,000) 493 MB, with tasks of 0.63 s
 * and 2.2 s on the loaded 2-core machine while the texts came in one message (README, *In the browser*).
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** "52.4 MB", rounded up, so a file one byte over the limit never reads as the limit itself. */
export function megabytesOf(bytes: number): string {
  return `${(Math.ceil(bytes / 1024 / 1024 * 10) / 10).toLocaleString('en')} MB`;
}

/** Enough to see the pattern of a systematic mistake without burying the first ones. */
const MAX_REPORTED_PROBLEMS = 50;

export function jsonPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  return Array.isArray(input) ? 'a list' : 'an object';
}

/** Turns zod issues into problems; the offending value is quoted where zod's message omits it. */
export function problemsFromZod(error: z.core.$ZodError, prefix = ''): ImportProblem[] {
  const problems = error.issues.slice(0, MAX_REPORTED_PROBLEMS).map((issue) => {
    const found = issue.code === 'invalid_value' || issue.code === 'invalid_format' ? ` (found ${describeInput(issue.input)})` : '';
    return { path: jsonPath(issue.path, prefix), message: `${issue.message}${found}` };
  });
  const more = error.issues.length - problems.length;
  return more > 0 ? [...problems, { path: '', message: `…and ${more} more problems of the same kinds.` }] : problems;
}

/** UTF-8 size without encoding the whole text: only worth counting when it could matter. */
function exceedsImportLimit(text: string): boolean {
  if (text.length > MAX_IMPORT_BYTES) return true;
  if (text.length * 3 <= MAX_IMPORT_BYTES) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
  }
  return bytes > MAX_IMPORT_BYTES;
}

export function oversizeProblem(text: string, what: string): ImportProblem | null {
  if (!exceedsImportLimit(text)) return null;
  return { path: '', message: `The ${what} is larger than ${megabytesOf(MAX_IMPORT_BYTES)}, the most Crosscheck imports; it was not read.` };
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column} (character ${position})`;
}

/** Where a JSON.parse SyntaxError happened, from the engine's message (V8 and SpiderMonkey). */
function syntaxErrorPlace(text: string, message: string): string | null {
  const v8 = /at position (\d+)/.exec(message);
  // V8 names what it expected ("Expected ',' or '}'") when the text stops right after a value.
  const atTheEnd = v8?.[1] !== undefined && Number(v8[1]) >= text.trimEnd().length;
  if (atTheEnd || /Unexpected end of (JSON )?input|unexpected end of data|Unterminated string/i.test(message)) {
    return `it ends too early at ${lineAndColumn(text, text.length)}; the file looks truncated`;
  }
  if (v8?.[1] !== undefined) return `the error is at ${lineAndColumn(text, Number(v8[1]))}`;
  const spiderMonkey = /at line (\d+) column (\d+)/.exec(message);
  if (spiderMonkey !== null) return `the error is at line ${spiderMonkey[1]}, column ${spiderMonkey[2]}`;
  return null;
}

const CSV_EXPORT_HEADER = 'Claim ID,Statement,Status';

/** Parses JSON text, or explains in one problem why the file is not JSON at all. */
export function parseJsonFile(raw: string, what: string): { ok: true; value: unknown } | { ok: false; problems: ImportProblem[] } {
  const oversize = oversizeProblem(raw, what);
  if (oversize !== null) return { ok: false, problems: [oversize] };
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const trimmed = text.trimStart();
  if (trimmed === '') return { ok: false, problems: [{ path: '', message: `Not a ${what}: the file is empty.` }] };
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    const hint = trimmed.startsWith(CSV_EXPORT_HEADER)
      ? 'it is a Crosscheck CSV export, which cannot be imported; import the project .json file instead'
      : `it is not JSON (it begins ${JSON.stringify(trimmed.slice(0, 30))})`;
    return { ok: false, problems: [{ path: '', message: `Not a ${what}: ${hint}.` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = syntaxErrorPlace(text, message);
    return { ok: false, problems: [{ path: '', message: `The ${what} is not valid JSON: ${place ?? message}.` }] };
  }
}
