// Which files `analyze` reads. The shell's argument list is bounded (npm joins the arguments of
// `npm run` into one string, and Linux refuses a string over 128 KB with E2BIG), so thousands of
// files are named by a directory, a quoted glob, or a list read from a file or stdin:
// 1. each positional is a file, a directory (its text files, recursively) or a glob;
// 2. `--files-from <list>` and `-` (the list on stdin) add one entry per line, read the same way;
// 3. the result keeps first-seen order, each path once.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from './read-input';
import { appendAll } from '../core/util/arrays';

/** The files a directory stands for: the formats `analyze` reads as text. */
export const TEXT_FILE_PATTERN = '**/*.{txt,text,md,markdown}';

/** The marker for "read the list of files from stdin". */
export const STDIN = '-';

export interface InputSources {
  positionals: readonly string[];
  filesFrom: string | null;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** One entry as given: a directory, a glob, or a file (checked when read). */
async function expandEntry(entry: string): Promise<string[]> {
  if (await isDirectory(entry)) {
    const files = await glob(TEXT_FILE_PATTERN, { cwd: entry, onlyFiles: true, expandDirectories: false });
    if (files.length === 0) throw new InputError(entry, 'the directory holds no .txt or .md files');
    return files.sort().map((file) => join(entry, file));
  }
  if (isDynamicPattern(entry) && !(await pathExists(entry))) {
    const files = await glob(entry, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(entry) });
    if (files.length === 0) throw new InputError(entry, 'the pattern matches no files');
    return files.sort();
  }
  return [entry];
}

/** Lines of a list file: blank lines and Windows line ends ignored. */
export function listEntries(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/u, ''))
    .filter((line) => line.trim() !== '');
}

async function readList(source: string, readStdin: () => Promise<string>): Promise<string[]> {
  if (source === STDIN) return listEntries(await readStdin());
  try {
    return listEntries(await readFile(source, 'utf8'));
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(source, code === 'ENOENT' ? 'no such list file' : `the list of files cannot be read (${code ?? String(error)})`);
  }
}

export async function expandInputs(sources: InputSources, readStdin: () => Promise<string>): Promise<string[]> {
  const listSources = [...(sources.filesFrom === null ? [] : [sources.filesFrom]), ...sources.positionals.filter((entry) => entry === STDIN)];
  const entries = sources.positionals.filter((entry) => entry !== STDIN);
  // stdin can be read once: `-` given twice (or with --files-from -) means the same list.
  for (const source of new Set(listSources)) appendAll(entries, await readList(source, readStdin));
  const files: string[] = [];
  for (const entry of entries) appendAll(files, await expandEntry(entry));
  return [...new Set(files)];
}

/** All of stdin as UTF-8 text. */
export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
