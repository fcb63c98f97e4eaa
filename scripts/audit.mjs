// `npm run audit`: Lighthouse (desktop preset: analysts work on laptops) against the production
// build served by `vite preview`, in the same Chromium the e2e tests use. Writes the scores to
// audit/lighthouse.json and fails when one falls under its threshold.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { ensureChromium } from './ensure-chromium.mjs';

export const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 95 };
const PORT = Number(process.env.AUDIT_PORT ?? 4399);
const url = `http://127.0.0.1:${PORT}/`;

if (!existsSync('dist/index.html')) {
  if (spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

let chrome;
try {
  await waitForServer();
  chrome = await chromeLauncher.launch({
    chromePath: ensureChromium() ?? undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(THRESHOLDS) }, desktopConfig);
  const scores = Object.fromEntries(Object.keys(THRESHOLDS).map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)]));
  const failures = Object.entries(THRESHOLDS).filter(([id, min]) => scores[id] < min);
  mkdirSync('audit', { recursive: true });
  writeFileSync('audit/lighthouse.json', `${JSON.stringify({ url, preset: 'desktop', lighthouse: result.lhr.lighthouseVersion, scores, thresholds: THRESHOLDS }, null, 2)}\n`);
  console.log('Lighthouse (desktop):');
  for (const [id, score] of Object.entries(scores)) console.log(`  ${id.padEnd(15)} ${String(score).padStart(3)}  (minimum ${THRESHOLDS[id]})`);
  for (const [id] of failures) {
    const audits = result.lhr.categories[id].auditRefs
      .map((ref) => result.lhr.audits[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative');
    console.error(`✗ ${id} is under ${THRESHOLDS[id]}; failing audits: ${audits.map((a) => `${a.id} (${a.title})`).join('; ')}`);
  }
  process.exitCode = failures.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`Audit failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await chrome?.kill();
  stopServer();
}
