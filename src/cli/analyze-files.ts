// The work of `crosscheck analyze` (analyze-command.ts) once its threads are started: reads the
// files, analyses them and prints the JSON, or exits with code 2 on input a user must fix.
import { basename } from 'node:path';
import { alignFrom, emptyAnalysisState, finishAnalysis } from '../core/analyze';
import type { Manifest } from '../core/formats/manifest';
import type { AnalysisThread, MentionsThread } from './analysis-threads';
import type { CommandOutput } from './analyze-command';
import type { AnalyzeArgs, DateOverride } from './args';
import { cliFindingsJson, cliJsonAround, type CliDocument } from './cli-json';
import { expandInputs, readProcessStdin } from './expand-inputs';
import { prepareInThreads, prepareWithMentionsThread } from './parallel-analysis';
import { documentIdOf, InputError, readManifest, readTextFile } from './read-input';

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

/** The threads `analyze` started: the mentions thread (two jobs), or analysis threads (three or more), or none. */
export interface StartedThreads {
  mentionsThread: MentionsThread | null;
  threads: readonly AnalysisThread[];
}

export async function analyzeFiles(args: AnalyzeArgs, { mentionsThread, threads }: StartedThreads, output: CommandOutput): Promise<number> {
  try {
    const manifest = args.manifest === null ? null : await readManifest(args.manifest);
    const files = await expandInputs({ positionals: args.inputs, filesFrom: args.filesFrom }, output.stdin ?? readProcessStdin);
    const documents = loadDocuments(files, manifest, args.dates);
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
  }
}
