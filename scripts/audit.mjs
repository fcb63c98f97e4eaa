// `npm run audit`: Lighthouse against the production build served by `vite preview`, in the same
// Chromium the e2e tests use, with both presets: desktop (analysts work on laptops) and mobile
// (Lighthouse's default: a phone on a slow network and CPU). Writes the scores to
// audit/lighthouse.json and fails when one falls under its threshold in either preset.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { ensureChromium } from './ensure-chromium.mjs';

export const THRESHOLDS = { performance: 95, accessibility: 100, 'best-practices': 95 };
/** Cumulative layout shift stays under this (Lighthouse's own "good" line). */
export const MAX_CLS = 0.1;
const PRESETS = { desktop: desktopConfig, mobile: undefined };
const PORT = Number(process.env.AUDIT_PORT ?? 4399);
const OUT_DIR = process.env.AUDIT_OUT_DIR ?? 'dist';
const url = `http://127.0.0.1:${PORT}/`;

if (!existsSync(`${OUT_DIR}/index.html`)) {
  if (OUT_DIR !== 'dist' || spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) {
    console.error(`No build in ${OUT_DIR}/`);
    process.exit(1);
  }
}

const server = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
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
  const report = { url, lighthouse: '', thresholds: { ...THRESHOLDS, cls: MAX_CLS }, presets: {} };
  let failed = false;
  for (const [preset, config] of Object.entries(PRESETS)) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(THRESHOLDS) }, config);
    const scores = Object.fromEntries(Object.keys(THRESHOLDS).map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)]));
    const cls = Number((result.lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity).toFixed(3));
    report.lighthouse = result.lhr.lighthouseVersion;
    report.presets[preset] = { ...scores, cls };
    console.log(`Lighthouse (${preset}):`);
    for (const [id, score] of Object.entries(scores)) console.log(`  ${id.padEnd(15)} ${String(score).padStart(5)}  (minimum ${THRESHOLDS[id]})`);
    console.log(`  ${'CLS'.padEnd(15)} ${cls.toFixed(3)}  (under ${MAX_CLS})`);
    for (const [id] of Object.entries(THRESHOLDS).filter(([id, min]) => scores[id] < min)) {
      const audits = result.lhr.categories[id].auditRefs
        .map((ref) => result.lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative');
      console.error(`✗ ${preset}: ${id} is under ${THRESHOLDS[id]}; failing audits: ${audits.map((a) => `${a.id} (${a.title})`).join('; ')}`);
      failed = true;
    }
    if (!(cls < MAX_CLS)) {
      const shifts = result.lhr.audits['layout-shifts']?.details?.items ?? [];
      console.error(`✗ ${preset}: CLS ${cls} is not under ${MAX_CLS}; shifted: ${shifts.map((item) => item.node?.snippet ?? '?').join('; ')}`);
      failed = true;
    }
  }
  mkdirSync('audit', { recursive: true });
  writeFileSync('audit/lighthouse.json', `${JSON.stringify(report, null, 2)}\n`);
  process.exitCode = failed ? 1 : 0;
} catch (error) {
  console.error(`Audit failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await chrome?.kill();
  stopServer();
}
