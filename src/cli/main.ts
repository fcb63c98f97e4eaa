// crosscheck: the command line over src/core. Each command lives in its own module, loaded only
// when it runs, so a start reads what the command needs (`--help` none of the engine).
import { setFlagsFromString } from 'node:v8';

const USAGE = `crosscheck — align news reports and surface factual disagreements

Usage:
  crosscheck analyze <file|dir|glob>… [--files-from <list>|-] [--manifest <manifest.json>] [--date <file>=<YYYY-MM-DD>]… [--jobs <n>]
  crosscheck export <project.json> --format csv|md|webannotation|claimreview
  crosscheck relay [--port 1234] [--data ./relay-data]
  crosscheck --help

In this repository:  npx crosscheck analyze seeds/ --manifest seeds/manifest.json
Each command also takes --help.`;

/**
 * V8 optimises a function once it has run this much bytecode (default 67,584). An analysis is one
 * short burst of hundreds of functions: at the default, compiling them took about a quarter of the
 * CPU (in V8's helper threads, which compete with --jobs for the cores); eight times the default
 * compiles the truly hot ones only (README, Speed). V8's flags are per process, so the analysis
 * threads run with it too.
 */
const ANALYZE_INTERRUPT_BUDGET = 8 * 67_584;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      setFlagsFromString(`--interrupt-budget=${ANALYZE_INTERRUPT_BUDGET}`);
      return (await import('./analyze-command')).runAnalyzeCommand(rest);
    case 'export':
      return (await import('./export-command')).runExportCommand(rest);
    case 'relay':
      return (await import('./relay-command')).runRelayCommand(rest);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`crosscheck: unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
