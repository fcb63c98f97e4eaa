// crosscheck: the command line over src/core. Each command lives in its own module.
import { runAnalyzeCommand } from './analyze-command';
import { runExportCommand } from './export-command';

const USAGE = `crosscheck — align news reports and surface factual disagreements

Usage:
  crosscheck analyze <file|dir|glob>… [--files-from <list>|-] [--manifest <manifest.json>] [--date <file>=<YYYY-MM-DD>]…
  crosscheck export <project.json> --format csv|md|webannotation|claimreview
  crosscheck relay [--port 1234] [--data ./relay-data]
  crosscheck --help

In this repository:  npx crosscheck analyze seeds/ --manifest seeds/manifest.json
Each command also takes --help.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return runAnalyzeCommand(rest);
    case 'export':
      return runExportCommand(rest);
    case 'relay':
      // Loaded only for this command: the relay's server packages would slow every start.
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
