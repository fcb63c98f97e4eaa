// `npm test`: every check the project has, in order, then one plain summary line
// "N passed, N failed" counting unit tests, end-to-end tests and the static checks.
// Each step runs even when an earlier one failed, so one run shows every problem.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureRedis } from './ensure-redis.mjs';

const reports = mkdtempSync(join(tmpdir(), 'crosscheck-test-'));
const tally = { passed: 0, failed: 0 };

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  tally[ok ? 'passed' : 'failed'] += 1;
  if (!ok) console.log(`✗ ${label} failed`);
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

check('typecheck', 'node', ['node_modules/typescript7/bin/tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);

ensureRedis();
const vitestReport = join(reports, 'vitest.json');
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
countReport('unit tests', vitestReport, unitOk, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));

const built = check('build', 'npm', ['run', '--silent', 'build']);
if (built) {
  const chromium = ensureChromium();
  const e2eReport = join(reports, 'playwright.json');
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport,
    ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
  });
  countReport('end-to-end tests', e2eReport, e2eOk, (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
  }));
  check('lighthouse audit', 'node', ['scripts/audit.mjs', '--performance=report']);
} else {
  console.log('✗ end-to-end tests and the audit skipped: the build failed');
  tally.failed += 2;
}

console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
