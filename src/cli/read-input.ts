// Reading the CLI's inputs with errors a user can act on: each names the file and the reason.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseManifest, type Manifest } from '../core/formats/manifest';
import { checkFileSize, checkNotEmpty, decodeTextBytes, type IngestResult } from '../core/ingest';

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

/** The file's bytes; one over the size limit is refused before it is read. */
async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const { size } = await stat(path);
    orInputError(path, checkFileSize(size, path));
    return await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, readFailure(error));
  }
}

export async function readTextFile(path: string): Promise<string> {
  return decodeTextFile(path, await readBytes(path));
}

/** The corpus manifest (seeds/manifest.json format), or an InputError naming the bad field. */
export async function readManifest(path: string): Promise<Manifest> {
  const text = await readTextFile(path);
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
