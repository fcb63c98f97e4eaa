// Compiles the command line (src/cli/main.ts and the core it imports) into one plain JavaScript
// file, so `crosscheck` starts without transpiling TypeScript at every run. `npm run build` calls
// it; bin/crosscheck.mjs calls it too when the file is missing or older than the sources, so a
// fresh clone works after `npm ci` with no install script.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_DIR = join(ROOT, 'node_modules', '.cache', 'crosscheck', 'cli');
// .mjs: outside any package.json's "type" (node_modules ends the search), a .js file would be
// parsed twice at every start, as CommonJS and then, failing that, as a module.
export const CLI_BUNDLE = join(CLI_DIR, 'main.mjs');
/** What the bundle is made of: when any of these is newer than the bundle, it is rebuilt. */
const SOURCES = ['cli', 'core', 'relay'].map((folder) => join(ROOT, 'src', folder));
const INPUT_FILES = [join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url)];

function newestSourceTime() {
  let newest = 0;
  for (const file of INPUT_FILES) newest = Math.max(newest, statSync(file).mtimeMs);
  for (const folder of SOURCES) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

export function cliBundleIsCurrent() {
  let built;
  try {
    built = statSync(CLI_BUNDLE).mtimeMs;
  } catch {
    return false;
  }
  return built >= newestSourceTime();
}

export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(dirname(CLI_DIR), { recursive: true });
  // Written aside and moved in (moveBuildIn), so a CLI starting at the same moment never reads half a file.
  const partial = `${CLI_DIR}.${process.pid}.tmp`;
  await build({
    // The analysis threads (src/cli/parallel-analysis.ts) start from a file of their own.
    entryPoints: { main: join(ROOT, 'src', 'cli', 'main.ts'), 'analysis-thread': join(ROOT, 'src', 'cli', 'analysis-thread.ts'), 'mentions-thread': join(ROOT, 'src', 'cli', 'mentions-thread.ts') },
    outdir: partial,
    outExtension: { '.js': '.mjs' },
    // Each command loads on demand (src/cli/main.ts) and becomes a chunk of its own.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // The relay's server packages load from node_modules when the relay starts (its SQLite
    // driver is native code); everything else is bundled, so a start reads one small file.
    external: ['@hocuspocus/*', 'ws', 'yjs', 'y-*'],
    logLevel: 'warning',
  });
  moveBuildIn(partial);
}

/** A file of an earlier build is removed only this long after it was written: a run may still load it. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Moves a finished build into CLI_DIR file by file. A CLI already running loads its commands and
 * threads from CLI_DIR later on, and several CLIs may rebuild at once (tests spawn them in
 * parallel), so nothing it may still load is deleted: chunks are named by their content, each
 * is renamed over its namesake, the entry files last, and only old files are swept.
 */
function moveBuildIn(partial) {
  mkdirSync(CLI_DIR, { recursive: true });
  const built = readdirSync(partial).sort((a, b) => Number(isEntry(a)) - Number(isEntry(b)));
  for (const name of built) renameSync(join(partial, name), join(CLI_DIR, name));
  rmSync(partial, { recursive: true, force: true });
  for (const name of readdirSync(CLI_DIR)) {
    const path = join(CLI_DIR, name);
    if (!built.includes(name) && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
  }
}

const isEntry = (name) => name === 'main.mjs' || name === 'analysis-thread.mjs' || name === 'mentions-thread.mjs';

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
