// Reading the CLI's inputs with errors a user can act on: each names the file and the reason.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Manifest } from '../core/formats/manifest';
// From its own modules, not the ingest index: that loads Zod (about 70 ms of CPU at every start).
import { checkFileSize, checkNotEmpty, decodeTextBytes } from '../core/ingest/decode-text';
import type { IngestResult } from '../core/ingest/ingest-problem';

export class InputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InputError';
  }
}

/** Document id of an input file: its name without extension. */
export function documentIdOf(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}

function orInputError<T>(path: string, result: IngestResult<T>): T {
  if (!result.ok) throw new InputError(path, result.problem.reason);
  return result.value;
}

/** Text of a file's bytes, refusing what is not a text document (the app's rules, core/ingest). */
export function decodeTextFile(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(path, 'the file is empty');
  return orInputError(path, checkNotEmpty(orInputError(path, decodeTextBytes(bytes, path)), path));
}

function readFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? String(error)})`;
}

/**
 * The file's bytes; one over the size limit is refused before it is read. Read synchronously: a
 * corpus is thousands of small files, and read asynchronously each stat, open, read and close was
 * a round trip through libuv's thread pool (1,000 files: about 250 ms against 40 ms).
 */
function readBytes(path: string): Uint8Array {
  let file: number | null = null;
  try {
    file = openSync(path, 'r');
    orInputError(path, checkFileSize(fstatSync(file).size, path));
    return readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, readFailure(error));
  } finally {
    if (file !== null) closeSync(file);
  }
}

export function readTextFile(path: string): string {
  return decodeTextFile(path, readBytes(path));
}

/**
 * The corpus manifest (seeds/manifest.json format), or an InputError naming the bad field. Its
 * schema loads with it: Zod takes about 80 ms to load, which a run without a manifest does not pay.
 */
export async function readManifest(path: string): Promise<Manifest> {
  const { parseManifest } = await import('../core/formats/manifest');
  const text = readTextFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = parseManifest(json);
  if (!parsed.ok) throw new InputError(path, `field "${parsed.field}" ${parsed.message}`);
  return parsed.manifest;
}
