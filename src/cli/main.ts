// crosscheck: the command line over src/core. Each command lives in its own module, loaded only
// when it runs, so a start reads what the command needs (`--help` none of the engine).

const USAGE = `crosscheck — align news reports and surface factual disagreements

Usage:
  crosscheck analyze <file|dir|glob>… [--files-from <list>|-] [--manifest <manifest.json>] [--date <file>=<YYYY-MM-DD>]… [--jobs <n>]
  crosscheck export <project.json> --format csv|md|webannotation|claimreview
  crosscheck relay [--port 1234] [--data ./relay-data]
  crosscheck --help

In this repository:  npx crosscheck analyze seeds/ --manifest seeds/manifest.json
Each command also takes --help.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
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
