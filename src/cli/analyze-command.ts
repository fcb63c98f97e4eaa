// `crosscheck analyze <file>…`: reads text files, runs the analysis and prints one JSON
// document. Any unreadable input stops the run with exit code 2 and nothing on stdout.
import { basename } from 'node:path';
import { alignFrom, emptyAnalysisState, finishAnalysis } from '../core/analyze';
import { parseAnalyzeArgs, type DateOverride } from './args';
import { cliFindingsJson, cliJsonAround, type CliDocument } from './cli-json';
import type { Manifest } from '../core/formats/manifest';
import { expandInputs, readProcessStdin } from './expand-inputs';
import { prepareInThreads, prepareWithMentionsThread, startAnalysisThread, startMentionsThread } from './parallel-analysis';
import { documentIdOf, InputError, readManifest, readTextFile } from './read-input';

export const ANALYZE_USAGE = `crosscheck analyze — align news reports and list their passages in common

Usage:
  crosscheck analyze <file|dir|glob>… [--files-from <list>|-] [--manifest <manifest.json>]
                    [--date <file>=<YYYY-MM-DD>]… [--jobs <n>]

  <file>…             UTF-8 text files, one article each; the document id is the file name
                      without extension.
  <dir>               every .txt, .text, .md and .markdown file under it, recursively.
  <glob>              a quoted pattern such as 'corpus/**/*.txt', expanded here rather than by
                      the shell, so thousands of files never overflow the argument list.
  --files-from <list> one file, directory or glob per line; "-" (or a lone "-" argument) reads
                      the list from stdin, e.g.  find corpus -name '*.txt' | crosscheck analyze -
  --manifest <path>   JSON {"documents":[{"file","title","published"}]}: titles and publication
                      dates for the files it lists (matched by file name).
  --date <file>=<d>   publication date of one file (YYYY-MM-DD), overriding the manifest;
                      <file> is the path as given, its file name or its document id.
  --jobs <n>          threads (default 2: the main thread segments and aligns the documents
                      while the second reads their mentions and finds; 1: all in the main thread; 3 or
                      more: each reads a share of the documents, worth trying with four or
                      more cores). The output is the same for any n.
  --help, -h          this text.

Prints {"version":1,"documents":[…],"groups":[…],"findings":[…]} on stdout. Offsets are UTF-16
code units into each file's text, end exclusive. Each finding gives its verdict, its
statement (one sentence naming the sources of each value) and summary (the readings in detail),
why its mentions were compared (reason) with a confidence in [0, 1], what it is about (subject),
and per mention the typed fact (a date interval, a quantity with unit and head words, a name, a
title, a quote with its speaker) and its stance (supports, contradicts or mentions). Exit code 2 on bad arguments or unreadable,
binary or empty input (the message on stderr names the file).`;

export interface CommandOutput {
  /** Text, or UTF-8 bytes (the findings the mentions thread wrote: decoding them only to encode them again cost about 70 ms). */
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (text: string) => void;
  /** All of standard input, read when the list of files comes from it. */
  stdin?: () => Promise<string>;
}

const processOutput: CommandOutput = {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (text) => process.stderr.write(text),
  stdin: readProcessStdin,
};

class UsageError extends Error {}

const overrideNames = (override: DateOverride, path: string, id: string): boolean => override.file === path || override.file === basename(path) || override.file === id;

function publicationDate(path: string, id: string, manifestDate: string | null, overrides: readonly DateOverride[]): string | null {
  return overrides.findLast((override) => overrideNames(override, path, id))?.date ?? manifestDate;
}

function loadDocuments(files: readonly string[], manifest: Manifest | null, overrides: readonly DateOverride[]): CliDocument[] {
  const unmatched = overrides.find((override) => !files.some((path) => overrideNames(override, path, documentIdOf(path))));
  if (unmatched) throw new UsageError(`--date names "${unmatched.file}", which is none of the input files`);
  const texts = files.map((file) => readTextFile(file));
  const seen = new Map<string, string>();
  return files.map((path, index) => {
    const id = documentIdOf(path);
    const clash = seen.get(id);
    if (clash !== undefined) throw new UsageError(`"${clash}" and "${path}" would both be document "${id}": rename one of them`);
    seen.set(id, path);
    const entry = manifest?.documents.find((document) => document.file === basename(path));
    return { id, path, title: entry?.title ?? basename(path), outlet: entry?.outlet ?? '', published: publicationDate(path, id, entry?.published ?? null, overrides), text: texts[index] as string };
  });
}

/**
 * Two threads by default: the main thread segments and aligns while a second reads the mentions
 * and then computes the findings (README, Speed). One thread for callers that run the TypeScript sources (tests), beside which
 * there are no compiled thread files.
 */
export const DEFAULT_JOBS = 2;

export async function runAnalyzeCommand(argv: string[], output: CommandOutput = processOutput, defaultJobs = DEFAULT_JOBS): Promise<number> {
  const args = parseAnalyzeArgs(argv);
  if (!args.ok) {
    output.stderr(`crosscheck analyze: ${args.error}\n\n${ANALYZE_USAGE}\n`);
    return 2;
  }
  if (args.value.help) {
    output.stdout(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  // The threads start first, so that loading the engine in them overlaps the reading of the files.
  const jobs = args.value.jobs ?? defaultJobs;
  const mentionsThread = jobs === 2 ? startMentionsThread() : null;
  const threads = jobs > 2 ? Array.from({ length: jobs - 1 }, startAnalysisThread) : [];
  try {
    const manifest = args.value.manifest === null ? null : await readManifest(args.value.manifest);
    const files = await expandInputs({ positionals: args.value.inputs, filesFrom: args.value.filesFrom }, output.stdin ?? readProcessStdin);
    const documents = loadDocuments(files, manifest, args.value.dates);
    const options = { includeBoilerplate: false };
    const prepared = mentionsThread
      ? await prepareWithMentionsThread(documents, mentionsThread)
      : threads.length > 0 && documents.length > 1
        ? await prepareInThreads(documents, threads, options.includeBoilerplate)
        : emptyAnalysisState();
    const aligned = alignFrom(prepared, documents, options);
    // The mentions thread writes the findings while this thread writes and encodes the rest.
    const findingsJson = mentionsThread?.findingsJson(aligned.groups);
    const { head, tail } = cliJsonAround(aligned.documents, aligned.groups, documents);
    if (findingsJson) {
      const encoder = new TextEncoder();
      const [before, after] = [encoder.encode(head), encoder.encode(`${tail}\n`)];
      const findings = await findingsJson;
      for (const chunk of [before, findings, after]) output.stdout(chunk);
    } else output.stdout(`${head}${cliFindingsJson(finishAnalysis(aligned).result.findings, documents)}${tail}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      output.stderr(`crosscheck analyze: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await Promise.all([...threads, ...(mentionsThread ? [mentionsThread] : [])].map((thread) => thread.stop()));
  }
}
