// npm run bench -- --compare: the compare screens in Chromium on a production build.
// 1. builds the app (vite build into a temporary folder) and serves it with vite preview on loopback;
// 2. imports, through the Import dialog, two ~2 MB documents made of the synthetic corpus' wire
//    copy (the second reprints, reorders and rewords the first's stories) and 30 ~5 KB reprints;
// 3. side by side: time from opening the comparison to its first row, with the analysis running
//    (cold) and with its result kept from the first run (warm); then frame times while the rows
//    are scrolled from top to bottom;
// 4. the variants view with the 30 sources: time to its first passage, frame times while scrolled.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import type { AnalysisDocument } from '../src/core/model/document';
import { buildSyntheticCorpus } from './synthetic-corpus';

const ROOT = resolve(import.meta.dirname, '..');
const PORT = 5199;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const TARGET_BYTES = 2_000_000;
const VARIANT_SOURCES = 30;
/** Frames measured while scrolling; each moves the list by SCROLL_STEP pixels. */
const SCROLL_FRAMES = 240;
const SCROLL_STEP = 120;

interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames over 50 ms: the ones a reader sees as a stutter. */
  long: number;
}

/** Two documents of about 2 MB: the first corpus half joined, and the second half, which reprints the same wire stories. */
function twoLargeDocuments(): AnalysisDocument[] {
  const corpus = buildSyntheticCorpus(900, join(ROOT, 'seeds'), 11);
  const join2 = (docs: readonly AnalysisDocument[], id: string): AnalysisDocument => {
    const parts: string[] = [];
    let bytes = 0;
    for (const doc of docs) {
      if (bytes >= TARGET_BYTES) break;
      parts.push(doc.text);
      bytes += Buffer.byteLength(doc.text) + 2;
    }
    return { id, title: id, published: null, text: parts.join('\n\n') };
  };
  return [join2(corpus.slice(0, 450), 'large-a'), join2(corpus.slice(450), 'large-b')];
}

function projectFile(documents: readonly AnalysisDocument[]): string {
  return JSON.stringify({
    version: 1,
    exportedAt: '2026-11-30T09:00:00.000Z',
    documents: documents.map(({ id, title, text }) => ({
      id, title, outlet: 'Bench', published: '2024-05-01', publishedBasis: 'analyst', language: 'en', note: '',
      contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), text, origin: { kind: 'pasted' },
    })),
    claims: [],
    dismissedFindings: [],
  });
}

async function importProject(page: Page, name: string, content: string): Promise<void> {
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel(/Crosscheck project/).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  await dialog.locator('.import-summary').waitFor({ timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 120_000 });
}

/** Milliseconds from navigating to `hash` until `selector` is visible. */
async function timeToFirst(page: Page, hash: string, selector: string): Promise<number> {
  await page.goto(`${BASE_URL}/#/`);
  await page.getByRole('heading', { name: /^Sources \(/ }).waitFor();
  const started = Date.now();
  await page.evaluate((target) => (window.location.hash = target), hash);
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 600_000 });
  return Date.now() - started;
}

/** Scrolls `scroller` one step per animation frame and reports the frame intervals. */
async function scrollFrames(page: Page, scroller: string): Promise<FrameStats> {
  // A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
  const intervals = (await page.evaluate(`new Promise((done) => {
    const element = document.querySelector(${JSON.stringify(scroller)});
    element.scrollTop = 0;
    const times = [];
    function tick(now) {
      times.push(now);
      element.scrollTop += ${SCROLL_STEP};
      if (times.length <= ${SCROLL_FRAMES}) requestAnimationFrame(tick);
      else done(times.slice(1).map((time, index) => time - times[index]));
    }
    requestAnimationFrame(tick);
  })`)) as number[];
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { frames: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]!, long: sorted.filter((ms) => ms > 50).length };
}

const frameLine = (name: string, stats: FrameStats): string =>
  `| ${name} | ${stats.frames} | ${stats.p50.toFixed(1)} | ${stats.p95.toFixed(1)} | ${stats.max.toFixed(1)} | ${stats.long} |`;

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      if ((await fetch(BASE_URL)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`vite preview did not answer on ${BASE_URL}`);
}

export async function runCompareBrowserBench(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-build-'));
  const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await waitForServer();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${BASE_URL}/#/`);
    await page.getByRole('heading', { name: 'Sources (5)' }).waitFor({ timeout: 60_000 });
    const large = twoLargeDocuments();
    const reprints = buildSyntheticCorpus(VARIANT_SOURCES, join(ROOT, 'seeds'), 5).map((doc) => ({ ...doc, id: `reprint-${doc.id}` }));
    await importProject(page, 'bench.json', projectFile([...large, ...reprints]));

    const compareHash = `#/compare?docs=${large.map((doc) => doc.id).join(',')}`;
    const firstRow = '[role="list"][aria-label="Aligned passages"] [role="listitem"]';
    const cold = await timeToFirst(page, compareHash, firstRow);
    const warm = await timeToFirst(page, compareHash, firstRow);
    const rows = await scrollFrames(page, '.compare-scroll');
    const variantsHash = `#/compare?docs=${reprints.map((doc) => doc.id).join(',')}&view=variants`;
    const firstEntry = '.apparatus > li';
    const variantsCold = await timeToFirst(page, variantsHash, firstEntry);
    const variantsWarm = await timeToFirst(page, variantsHash, firstEntry);
    // The list is virtual: its entries say how many there are in all.
    const entries = Number(await page.locator(firstEntry).first().getAttribute('aria-setsize'));
    const variants = await scrollFrames(page, '.variants-view');

    const megabytes = large.map((doc) => (Buffer.byteLength(doc.text) / 1e6).toFixed(2)).join(' and ');
    console.log(`Compare in Chromium (production build): two documents of ${megabytes} MB; the variants view with ${VARIANT_SOURCES} sources (${entries} passages)\n`);
    console.log('| view | first row, analysis running | first row, result kept |\n|---|---:|---:|');
    console.log(`| side by side, 2 × 2 MB | ${cold} ms | ${warm} ms |`);
    console.log(`| variants, ${VARIANT_SOURCES} sources | ${variantsCold} ms | ${variantsWarm} ms |`);
    console.log(`\nScrolling top to bottom, ${SCROLL_STEP} px a frame (frame intervals in ms)\n`);
    console.log('| view | frames | p50 | p95 | max | over 50 ms |\n|---|---:|---:|---:|---:|---:|');
    console.log(frameLine('side by side, 2 × 2 MB', rows));
    console.log(frameLine(`variants, ${VARIANT_SOURCES} sources`, variants));
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
    rmSync(outDir, { recursive: true, force: true });
  }
}
