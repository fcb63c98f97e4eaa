// Command-line argument parsing as pure functions: argv in, a value or a message out. Shared by
// the CLI commands so they agree on "--flag value", "--flag=value", "--" and "--help".

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FlagSpec {
  name: string;
  /** A switch takes no value; a single flag takes one; a repeated flag may appear many times. */
  kind: 'switch' | 'single' | 'repeated';
}

export interface ParsedArgs {
  positionals: string[];
  /** Values per flag name, in the order given; switches map to an empty list. */
  flags: Map<string, string[]>;
  help: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** True for a real calendar date written YYYY-MM-DD (so 2023-02-30 is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseArgs(argv: readonly string[], specs: readonly FlagSpec[]): Parsed<ParsedArgs> {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const parsed: ParsedArgs = { positionals: [], flags: new Map(), help: false };
  let onlyPositionals = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      parsed.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      parsed.help = true;
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg.slice(2) : arg.slice(2, equals);
    const spec = arg.startsWith('--') ? byName.get(name) : undefined;
    if (!spec) return { ok: false, error: `unknown option "${equals < 0 ? arg : arg.slice(0, equals)}"` };
    const values = parsed.flags.get(name) ?? [];
    if (spec.kind === 'switch') {
      if (equals >= 0) return { ok: false, error: `option --${name} takes no value` };
    } else {
      const value = equals >= 0 ? arg.slice(equals + 1) : argv[++index];
      if (value === undefined) return { ok: false, error: `option --${name} needs a value` };
      if (spec.kind === 'single' && values.length > 0) return { ok: false, error: `option --${name} may be given only once` };
      values.push(value);
    }
    parsed.flags.set(name, values);
  }
  return { ok: true, value: parsed };
}

export interface DateOverride {
  file: string;
  date: string;
}

/** "<file>=<YYYY-MM-DD>"; the file part may itself contain "=", the date never does. */
export function parseDateOverride(value: string): Parsed<DateOverride> {
  const equals = value.lastIndexOf('=');
  const file = value.slice(0, Math.max(equals, 0));
  const date = value.slice(equals + 1);
  if (equals <= 0) return { ok: false, error: `--date "${value}" must look like <file>=<YYYY-MM-DD>` };
  if (!isIsoDate(date)) return { ok: false, error: `--date "${value}": "${date}" is not a calendar date written YYYY-MM-DD` };
  return { ok: true, value: { file, date } };
}

export interface AnalyzeArgs {
  /** Files, directories, globs, and `-` for a list on stdin (see expand-inputs.ts). */
  inputs: string[];
  filesFrom: string | null;
  manifest: string | null;
  dates: DateOverride[];
  /** Threads of the analysis (--jobs); null: not given, the command's default. */
  jobs: number | null;
  help: boolean;
}

/** More threads than this only wait for each other. */
export const MAX_JOBS = 64;

function parseJobs(value: string | undefined): Parsed<number | null> {
  if (value === undefined) return { ok: true, value: null };
  const jobs = /^\d+$/u.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) return { ok: false, error: `--jobs "${value}" must be a whole number from 1 to ${MAX_JOBS}` };
  return { ok: true, value: jobs };
}

const ANALYZE_FLAGS: FlagSpec[] = [
  { name: 'manifest', kind: 'single' },
  { name: 'date', kind: 'repeated' },
  { name: 'files-from', kind: 'single' },
  { name: 'jobs', kind: 'single' },
];

export function parseAnalyzeArgs(argv: readonly string[]): Parsed<AnalyzeArgs> {
  const parsed = parseArgs(argv, ANALYZE_FLAGS);
  if (!parsed.ok) return parsed;
  const { positionals, flags, help } = parsed.value;
  const dates: DateOverride[] = [];
  for (const value of flags.get('date') ?? []) {
    const date = parseDateOverride(value);
    if (!date.ok) return date;
    dates.push(date.value);
  }
  const jobs = parseJobs(flags.get('jobs')?.[0]);
  if (!jobs.ok) return jobs;
  const filesFrom = flags.get('files-from')?.[0] ?? null;
  if (!help && positionals.length === 0 && filesFrom === null) return { ok: false, error: 'no input files: give text files, a directory, a glob or --files-from <list>' };
  return { ok: true, value: { inputs: positionals, filesFrom, manifest: flags.get('manifest')?.[0] ?? null, dates, jobs: jobs.value, help } };
}
