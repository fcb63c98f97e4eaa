// Reading the CLI's inputs with errors a user can act on: each names the file and the reason.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseManifest, type Manifest } from '../core/formats/manifest';

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

/** Text of a file's bytes, refusing what is not a text document. */
export function decodeTextFile(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(path, 'the file is empty');
  if (bytes.includes(0)) throw new InputError(path, 'the file is binary (it contains NUL bytes), not text');
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, so offsets match what fs.readFile(…, 'utf8') gives.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(path, 'the file is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new InputError(path, 'the file holds only whitespace');
  return text;
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? String(error)})`;
    throw new InputError(path, reason);
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
