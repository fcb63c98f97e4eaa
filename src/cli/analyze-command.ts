// `crosscheck analyze <file>…`: reads text files, runs the analysis and prints one JSON
// document. Any unreadable input stops the run with exit code 2 and nothing on stdout.
import { startAnalysisThread, startMentionsThread } from './analysis-threads';
import { parseAnalyzeArgs } from './args';

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
};

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
  // The threads start before this thread loads the engine (analyze-files.ts), so that loading it
  // in them overlaps loading it here and reading the files.
  const jobs = args.value.jobs ?? defaultJobs;
  const mentionsThread = jobs === 2 ? startMentionsThread() : null;
  const threads = jobs > 2 ? Array.from({ length: jobs - 1 }, startAnalysisThread) : [];
  try {
    return await (await import('./analyze-files')).analyzeFiles(args.value, { mentionsThread, threads }, output);
  } finally {
    await Promise.all([...threads, ...(mentionsThread ? [mentionsThread] : [])].map((thread) => thread.stop()));
  }
}
