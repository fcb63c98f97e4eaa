// `npm test`: every check the project has, then how long each step took, then one plain summary
// line "N passed, N failed" counting unit tests, end-to-end tests and the static checks.
// Each step runs even when an earlier one failed, so one run shows every problem.
// Steps that share no files run at once where one alone leaves a core idle (lint is one thread,
// Lighthouse mostly one page): typecheck, lint and build together; then the unit tests (a worker
// per core) beside the audit, whose gated scores do not depend on speed (performance is only
// reported); then the end-to-end tests, a browser per core, alone. A step running beside another
// prints its output whole when it ends.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureRedis } from './ensure-redis.mjs';

const reports = mkdtempSync(join(tmpdir(), 'crosscheck-test-'));
const tally = { passed: 0, failed: 0 };
const durations = [];

/** Runs one step; with `quiet`, its output is held and printed in one block when it ends. */
function run(label, command, args, { env = {}, quiet = false } = {}) {
  const started = performance.now();
  const line = `\n▶ ${label}: ${command} ${args.join(' ')}`;
  if (!quiet) console.log(line);
  const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    const finish = (ok) => {
      const seconds = (performance.now() - started) / 1000;
      durations.push({ label, seconds });
      if (quiet) {
        console.log(line);
        process.stdout.write(Buffer.concat(output));
      }
      console.log(`${ok ? '✓' : '✗'} ${label} ${ok ? 'finished' : 'failed'} in ${formatSeconds(seconds)}`);
      resolve(ok);
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

async function check(label, command, args, options) {
  const ok = await run(label, command, args, options);
  tally[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function countReport(label, file, ok, read) {
  if (!existsSync(file)) {
    tally.failed += 1;
    console.log(`✗ ${label} wrote no report`);
    return;
  }
  const counts = read(JSON.parse(readFileSync(file, 'utf8')));
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  if (!ok && counts.failed === 0) tally.failed += 1;
}

/** Titles of the end-to-end tests that failed once and passed on their retry (CI retries once). */
function flakyTests(suites, path = []) {
  return suites.flatMap((suite) => {
    const here = suite.title && !suite.title.endsWith('.ts') ? [...path, suite.title] : path;
    const specs = (suite.specs ?? []).flatMap((spec) =>
      spec.tests.filter((t) => t.status === 'flaky').map(() => `${spec.file}:${spec.line} › ${[...here, spec.title].join(' › ')}`),
    );
    return [...specs, ...flakyTests(suite.suites ?? [], here)];
  });
}

function formatSeconds(seconds) {
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

const started = performance.now();

const phaseStarted = performance.now();
const [, , built] = await Promise.all([
  check('typecheck', 'node', ['node_modules/typescript7/bin/tsc', '-b'], { quiet: true }),
  check('lint', 'npx', ['eslint', '.', '--max-warnings', '0'], { quiet: true }),
  check('build', 'npm', ['run', '--silent', 'build'], { quiet: true }),
]);
const staticSeconds = (performance.now() - phaseStarted) / 1000;

ensureRedis();
const chromium = built ? ensureChromium() : null;
const vitestReport = join(reports, 'vitest.json');
const [unitOk] = await Promise.all([
  run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]),
  built ? check('lighthouse audit', 'node', ['scripts/audit.mjs', '--performance=report'], { quiet: true }) : null,
]);
countReport('unit tests', vitestReport, unitOk, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));

if (built) {
  const e2eReport = join(reports, 'playwright.json');
  const e2eOk = await run('end-to-end tests', 'npx', ['playwright', 'test'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport, ...(chromium ? { CHROMIUM_PATH: chromium } : {}) },
  });
  countReport('end-to-end tests', e2eReport, e2eOk, (r) => {
    for (const title of flakyTests(r.suites ?? [])) console.log(`⚠ flaky: failed, then passed on its retry: ${title}`);
    return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
  });
} else {
  console.log('✗ end-to-end tests and the audit skipped: the build failed');
  tally.failed += 2;
}

const setup = Number(process.env.CROSSCHECK_SETUP_SECONDS);
const steps = [
  ...(Number.isFinite(setup) && setup > 0 ? [{ label: 'setup (packages, npm ci)', seconds: setup }] : []),
  ...durations,
];
console.log(`\nTime per step: ${steps.map(({ label, seconds }) => `${label} ${formatSeconds(seconds)}`).join(', ')}`);
console.log(`(typecheck, lint and build ran at once, ${formatSeconds(staticSeconds)} together; the unit tests beside the audit); npm test took ${formatSeconds((performance.now() - started) / 1000)}`);
console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
