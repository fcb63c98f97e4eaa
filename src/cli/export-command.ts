// `crosscheck export <project.json> --format …`: the app's exports, headless.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseProject } from '../core/formats/parse-project';
import { oversizeFileProblem } from '../core/formats/read-import-file';
import { renderExport, type ExportRequest } from '../core/formats/render-export';
import { checkHttpUrl } from '../core/ingest/http-url';

const FORMATS = ['csv', 'md', 'webannotation', 'claimreview'] as const;
type CliFormat = (typeof FORMATS)[number];

const USAGE = `Usage: crosscheck export <project.json> --format ${FORMATS.join('|')} [options]

Writes the export to standard output, or to a file with --output.

Options:
  --format <format>    csv            one row per evidence span (UTF-8 with BOM, for spreadsheets)
                       md             a Markdown report grouped by status
                       webannotation  W3C Web Annotation JSON-LD, one annotation per evidence span
                       claimreview    schema.org ClaimReview JSON-LD for consistent/discrepant claims
  --output <file>      write to this file instead of standard output
  --story <id|name>    the story to export, when the file holds several (Export → all stories)
  --author <name>      claimreview only (required): the organisation publishing the reviews
  --author-url <url>   claimreview only: the author's web site (http or https)
  --review-url <url>   claimreview only (required): the http(s) page where the fact check is published
  --help               show this help

Exit status: 0 on success, 2 for a bad argument, an unreadable file or an invalid project.`;

const VALUE_FLAGS = ['--format', '--output', '--story', '--author', '--author-url', '--review-url'] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

interface ExportArguments {
  file: string;
  values: Partial<Record<ValueFlag, string>>;
}

/** A problem the user can fix; bad arguments also get the usage text. */
class ExportError extends Error {
  constructor(
    message: string,
    readonly showUsage: boolean,
  ) {
    super(message);
  }
}

class UsageError extends ExportError {
  constructor(message: string) {
    super(message, true);
  }
}

class FileError extends ExportError {
  constructor(message: string) {
    super(message, false);
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function isValueFlag(flag: string): flag is ValueFlag {
  return (VALUE_FLAGS as readonly string[]).includes(flag);
}

function parseArguments(args: string[]): ExportArguments {
  const files: string[] = [];
  const values: Partial<Record<ValueFlag, string>> = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.split(/=(.*)/s, 2);
    if (!isValueFlag(flag)) throw new UsageError(`unknown option "${flag}".`);
    const value = inline ?? args[++index];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value.`);
    values[flag] = value;
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no project file given.' : `give one project file, not ${files.length}.`);
  return { file: files[0] ?? '', values };
}

function isCliFormat(format: string): format is CliFormat {
  return (FORMATS as readonly string[]).includes(format);
}

function exportRequest(values: ExportArguments['values']): ExportRequest {
  const format = values['--format'];
  if (format === undefined) throw new UsageError(`--format is required: one of ${FORMATS.join(', ')}.`);
  if (!isCliFormat(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}.`);
  if (format !== 'claimreview') return { kind: format };
  const name = values['--author']?.trim() ?? '';
  if (name === '') throw new UsageError('--format claimreview needs the organisation publishing the reviews: add --author "<name>" (not blank).');
  const reviewUrl = values['--review-url'];
  if (reviewUrl === undefined) {
    throw new UsageError('--format claimreview needs the page where the fact check is published (Google requires it): add --review-url <https://…>.');
  }
  const url = webAddress('--review-url', reviewUrl);
  const authorUrl = values['--author-url'];
  return { kind: 'claimreview', author: authorUrl === undefined ? { name } : { name, url: webAddress('--author-url', authorUrl) }, url };
}

function webAddress(flag: ValueFlag, value: string): string {
  const checked = checkHttpUrl(value);
  if (!checked.ok) throw new UsageError(`${flag}: ${checked.message}`);
  return checked.url;
}

async function readProjectText(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new FileError(`cannot read ${file}: ${describeFileError(error)}.`);
  }
  // Checked before reading, so a huge file is never loaded into memory.
  const oversize = oversizeFileProblem(file, size);
  if (oversize !== null) throw new FileError(oversize.message);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new FileError(`cannot read ${file}: ${describeFileError(error)}.`);
  }
}

async function writeOutput(output: string | undefined, content: string): Promise<void> {
  if (output === undefined) {
    process.stdout.write(content);
    return;
  }
  try {
    await writeFile(output, content, 'utf8');
  } catch (error) {
    throw new FileError(`cannot write ${output}: ${describeFileError(error)}.`);
  }
}

export async function runExportCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const { file, values } = parseArguments(args);
    const request = exportRequest(values);
    const parsed = parseProject(await readProjectText(file), values['--story'] === undefined ? {} : { story: values['--story'] });
    if (!parsed.ok) {
      const lines = parsed.problems.map((problem) => `  ${problem.path === '' ? '' : `${problem.path}: `}${problem.message}`);
      process.stderr.write(`crosscheck export: ${file} is not a valid Crosscheck project${parsed.problems[0]?.path === 'stories' ? ' to export (use --story)' : ''}:\n${lines.join('\n')}\n`);
      return 2;
    }
    await writeOutput(values['--output'], renderExport(parsed.project, request, new Date()).content);
    return 0;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    process.stderr.write(`crosscheck export: ${error.message}\n${error.showUsage ? `\n${USAGE}\n` : ''}`);
    return 2;
  }
}
