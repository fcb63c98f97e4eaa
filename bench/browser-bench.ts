// npm run bench -- --browser [--sizes 1000,5000,10000] [--paths import,add,drop,stories,reader,compaction]: the production build in Chromium, driven as a
// user would, with generated libraries brought in through Import and through Add. Per step: the
// longest main-thread task (PerformanceObserver 'longtask'), the time from the action to its
// result on screen, and the page's JS heap after a collection (the analysis worker's heap is its own).
// Playwright's role and text selectors run in the page, on its main thread, walking the DOM for
// accessible names and visibility (a profile of "open Suggestions" at 1,000 documents: ~0.6 s of
// them in the step), and that walk would be counted as the app's long task. So a step's target is
// found before the step starts, and its result is waited for with CSS selectors only.
// BENCH_OUT_DIR=<dir> serves an existing build instead of building one (browser-session.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, type Browser, type ElementHandle, type Locator, type Page } from '@playwright/test';
import { documentIdFor, projectFile, type GeneratedDocument } from '../e2e/pages/generated-library';
import { BrowserStorage } from '../e2e/pages/browser-storage';
import { compactAsEarlierVersion, storedInParts } from './earlier-compaction';
import { COMPACT_AFTER } from '../src/state/persisted-doc';
import { forgetLongTasks, launchChromium, longTasks, pageRecordingLongTasks, servePreview } from './browser-session';
import { createRandom, pick } from './prng';
import { buildSyntheticCorpus } from './synthetic-corpus';

const PORT = Number(process.env.BENCH_PORT ?? 4199);
const BASE = `http://127.0.0.1:${PORT}`;
const SEEDS = 5;
/** Analysis of 10,000 documents in a loaded machine's worker can take minutes. */
const RESULT_TIMEOUT = 15 * 60_000;
/** After a result shows, work it set off (a re-render, a save) still counts toward the step. */
const SETTLE_MS = 800;

interface Step {
  size: number;
  path: 'Import' | 'Add';
  step: string;
  longestTaskMs: number;
  resultMs: number;
  heapMb: number;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1e6;
}

/** Runs `action`, waits for `result`, and reads the long tasks the step caused. */
async function measure(page: Page, record: Omit<Step, 'longestTaskMs' | 'resultMs' | 'heapMb'>, action: () => Promise<void>, result: () => Promise<void>, rows: Step[]): Promise<void> {
  await forgetLongTasks(page);
  const started = Date.now();
  await action();
  await result();
  const resultMs = Date.now() - started;
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await longTasks(page);
  const row = { ...record, longestTaskMs: Math.max(0, ...tasks), resultMs, heapMb: await heapMb(page) };
  rows.push(row);
  console.error(`  ${row.size} ${row.path} · ${row.step}: longest task ${Math.round(row.longestTaskMs)} ms, result ${row.resultMs} ms, heap ${Math.round(row.heapMb)} MB`);
}

function corpus(size: number, seedDir: string): GeneratedDocument[] {
  return buildSyntheticCorpus(size, seedDir).map((doc) => ({ id: doc.id, title: doc.id, outlet: 'Wire', text: doc.text }));
}

/** The element a step acts on, found before the step starts (see the note at the top). */
async function target(locator: Locator): Promise<ElementHandle> {
  const handle = await locator.elementHandle({ timeout: RESULT_TIMEOUT });
  if (handle === null) throw new Error(`bench: ${locator.toString()} is not in the page`);
  return handle;
}

/**
 * A step's result, waited for without expect: each of expect's checks that does not match yet
 * walks the whole page in it for the accessibility snapshot of its failure message (Playwright
 * 1.65), a 0.3–0.4 s task at 5,000 sources that was counted as the app's.
 */
function shown(locator: Locator): Promise<void> {
  return locator.waitFor({ state: 'visible', timeout: RESULT_TIMEOUT });
}

// Results, by CSS selectors only (a query, not a walk of the page).
const sourcesListed = (page: Page, count: number) => page.locator('#sources-heading', { hasText: `(${count})` });
const overviewDone = (page: Page, count: number) => page.locator('.overview-view p.muted', { hasText: `of ${count.toLocaleString('en')} documents` });
const storySelect = (page: Page) => page.locator('#story-select');

async function openApp(browser: Browser): Promise<Page> {
  const page = await pageRecordingLongTasks(browser);
  // A click waits for the main thread: a freeze is measured, not cut short.
  page.setDefaultTimeout(RESULT_TIMEOUT);
  await page.goto(`${BASE}/#/`);
  await expect(sourcesListed(page, SEEDS)).toBeVisible({ timeout: 60_000 });
  return page;
}

async function commonSteps(page: Page, size: number, path: Step['path'], rows: Step[]): Promise<void> {
  const total = size + SEEDS;
  const overview = await target(page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }));
  await measure(page, { size, path, step: 'open Overview (to the analysed result)' }, () => overview.click(), () => shown(overviewDone(page, total)), rows);
  const suggestions = await target(page.getByRole('tab', { name: 'Suggestions' }));
  await measure(page, { size, path, step: 'open Suggestions' }, () => suggestions.click(), () => shown(page.locator('.finding-card').first()), rows);
  const claims = await target(page.getByRole('tab', { name: 'Claims' }));
  await measure(page, { size, path, step: 'leave Suggestions' }, () => claims.click(), () => shown(page.locator('#side-tabpanel-claims')), rows);
}

/** Where project files are written for the page to read; removed when the bench ends. */
let scratch: string | undefined;

/** Writes `contents` to `name` under the bench's scratch directory; returns its path. */
function scratchFile(name: string, contents: string): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const file = join(scratch, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
  return file;
}

/**
 * The project file goes to the page by path, as a file the user picks: given as bytes, Playwright
 * decodes them in the page (a 25 MB file: a 5 s task that is the harness's, not the app's).
 */
async function chooseProjectFile(page: Page, name: string, docs: GeneratedDocument[]): Promise<{ dialog: Locator; input: ElementHandle; file: string }> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.locator('dialog.import-dialog');
  return { dialog, input: await target(dialog.locator('input[type=file]')), file: scratchFile(name, projectFile(docs)) };
}

/**
 * The preview, or the dialog's refusal as this step's failure: a project file over the import limit
 * (10,000 generated documents make 52 MB) is refused with a message, and waiting for a preview that
 * never comes held the bench for its whole timeout.
 */
async function previewOrRefusal(dialog: Locator, size: number): Promise<void> {
  const refusal = dialog.locator('.panel-message.error');
  await dialog.locator('.import-summary', { hasText: `Documents: ${size} new` }).or(refusal).waitFor({ state: 'visible', timeout: RESULT_TIMEOUT });
  if (await refusal.isVisible()) throw new Error(`the Import dialog refused the project file: ${(await refusal.innerText()).replace(/\s*\n\s*/g, " ")}`);
}

async function viaImport(browser: Browser, size: number, docs: GeneratedDocument[], rows: Step[]): Promise<void> {
  const page = await openApp(browser);
  const total = size + SEEDS;
  const { dialog, input, file } = await chooseProjectFile(page, 'library.json', docs);
  await measure(
    page,
    { size, path: 'Import', step: 'choose the project file (preview)' },
    () => input.setInputFiles(file),
    () => previewOrRefusal(dialog, size),
    rows,
  );
  const confirm = await target(page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: /^Import/ }).last());
  await measure(page, { size, path: 'Import', step: 'confirm the import (listed)' }, () => confirm.click(), () => shown(sourcesListed(page, total)), rows);
  await commonSteps(page, size, 'Import', rows);

  const add = page.getByRole('dialog', { name: 'Add documents' });
  await page.getByRole('banner').getByRole('button', { name: 'Add documents' }).click();
  await add.getByRole('tab', { name: 'Paste text' }).click();
  const outlet = await target(add.getByLabel('Outlet', { exact: true }));
  await outlet.click();
  await measure(page, { size, path: 'Import', step: 'type 12 keys in the Add dialog’s Outlet field' }, () => page.keyboard.type('Harbour Wire'), () => expect.poll(() => outlet.inputValue()).toBe('Harbour Wire'), rows);
  await page.keyboard.press('Escape');

  const docId = docs[0]!.id;
  await page.goto(`${BASE}/#/read/${docId}`);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Edit details' }).click();
  const form = main.getByRole('form', { name: 'Edit details' });
  await form.getByLabel('Outlet', { exact: true }).fill('Evening Ledger');
  const save = await target(form.getByRole('button', { name: 'Save details' }));
  await measure(page, { size, path: 'Import', step: 'Edit details → Save' }, () => save.click(), () => expect(page.locator('form.edit-details')).toHaveCount(0), rows);

  await page.goto(`${BASE}/#/overview`);
  await expect(overviewDone(page, total)).toBeVisible({ timeout: RESULT_TIMEOUT });
  await measure(page, { size, path: 'Import', step: `reload with ${size.toLocaleString('en')} stored documents to a usable Overview` }, () => page.reload().then(() => undefined), () => shown(overviewDone(page, total)), rows);

  // The story compacted: as an earlier version stored it (one whole-state update, read in one
  // slice and then stored again in parts), and as this version stores it (in parts).
  await compactAsEarlierVersion(page);
  await measure(page, { size, path: 'Import', step: 'reload, the story compacted by an earlier version into one update (then stored in parts)' }, () => page.reload().then(() => undefined), async () => {
    await shown(overviewDone(page, total));
    await expect.poll(() => storedInParts(page), { timeout: RESULT_TIMEOUT }).toBe(true);
  }, rows);
  await measure(page, { size, path: 'Import', step: 'reload, the story compacted in parts' }, () => page.reload().then(() => undefined), () => shown(overviewDone(page, total)), rows);
  await page.context().close();
}

/**
 * Issue 14: the sample story (5 documents) and a story of `size` documents imported as a new story,
 * switched with the story picker. A switch opens the story's sources (the Read view): usable when
 * they are listed; its Overview is then timed apart, with the analysis kept in the tab or stored.
 */
async function switchStories(browser: Browser, size: number, docs: GeneratedDocument[], rows: Step[]): Promise<void> {
  const page = await openApp(browser);
  const sample = await storySelect(page).inputValue();
  const { dialog, input, file } = await chooseProjectFile(page, `story of ${size}.json`, docs);
  await input.setInputFiles(file);
  await expect(dialog.locator('.import-summary')).toContainText(`Documents: ${size} new`, { timeout: RESULT_TIMEOUT });
  await page.getByRole('dialog', { name: 'Import' }).getByRole('radio', { name: 'As a new story' }).check();
  await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: /^Import/ }).last().click();
  await expect(sourcesListed(page, size)).toBeVisible({ timeout: RESULT_TIMEOUT });
  const large = await storySelect(page).inputValue();
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('button', { name: 'Overview' }).click();
  await expect(overviewDone(page, size)).toBeVisible({ timeout: RESULT_TIMEOUT });

  const steps = { size, path: 'Import' as const };
  const switchTo = async (story: string) => {
    await (await target(storySelect(page))).selectOption(story);
  };
  const documents = size.toLocaleString('en');
  await measure(page, { ...steps, step: `switch from the ${documents}-document story to the 5-document sample (listed)` }, () => switchTo(sample), () => shown(sourcesListed(page, SEEDS)), rows);
  await measure(page, { ...steps, step: `switch back to the ${documents}-document story, shown before in this tab (listed)` }, () => switchTo(large), () => shown(sourcesListed(page, size)), rows);
  const overview = await target(nav.getByRole('button', { name: 'Overview' }));
  await measure(page, { ...steps, step: `then open its Overview (analysis kept in the tab)` }, () => overview.click(), () => shown(overviewDone(page, size)), rows);

  await switchTo(sample);
  await expect(sourcesListed(page, SEEDS)).toBeVisible({ timeout: RESULT_TIMEOUT });
  await page.reload();
  await expect(sourcesListed(page, SEEDS)).toBeVisible({ timeout: RESULT_TIMEOUT });
  await measure(page, { ...steps, step: `switch to the ${documents}-document story, first time in the tab (listed)` }, () => switchTo(large), () => shown(sourcesListed(page, size)), rows);
  const again = await target(nav.getByRole('button', { name: 'Overview' }));
  await measure(page, { ...steps, step: `then open its Overview (analysis stored)` }, () => again.click(), () => shown(overviewDone(page, size)), rows);
  await page.context().close();
}

/**
 * Chromium's own part of choosing files: the same files set on a blank page's file input whose
 * change listener only counts them. The browser makes the file list on the page's main thread, in
 * the task that then runs the listener (a task that grows with the number of files, the app not
 * involved), so the Add dialog's choosing step can be no shorter. Without a listener the task runs
 * no script and the page's long-task observer does not report it.
 */
async function browserAloneChoosing(browser: Browser, size: number, files: string[], rows: Step[]): Promise<void> {
  const page = await pageRecordingLongTasks(browser);
  page.setDefaultTimeout(RESULT_TIMEOUT);
  await page.route(`${BASE}/blank-file-input`, (route) => route.fulfill({ contentType: 'text/html', body: '<input type="file" multiple onchange="this.dataset.chosen = this.files.length">' }));
  await page.goto(`${BASE}/blank-file-input`);
  const input = await target(page.locator('input'));
  const chosen = () => page.evaluate(() => document.querySelector('input')?.dataset.chosen);
  await measure(page, { size, path: 'Add', step: 'the browser alone: the same files set on a blank page’s file input' }, () => input.setInputFiles(files), () => expect.poll(chosen).toBe(String(size)), rows);
  await page.context().close();
}

async function viaAdd(browser: Browser, size: number, docs: GeneratedDocument[], rows: Step[]): Promise<void> {
  // By path, as files the user picks: given as bytes, Playwright builds each file in the page (a
  // task of the harness's counted as the app's).
  const files = docs.map((doc) => scratchFile(`add-${size}/${doc.id}.txt`, doc.text));
  await browserAloneChoosing(browser, size, files, rows);
  const page = await openApp(browser);
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await page.getByRole('banner').getByRole('button', { name: 'Add documents' }).click();
  await dialog.getByRole('tab', { name: 'Files' }).click();
  const input = await target(dialog.locator('input[type=file]'));
  const addButton = page.locator('dialog.add-dialog button:enabled', { hasText: `Add ${size} documents` });
  await measure(page, { size, path: 'Add', step: 'choose the files in the Add dialog' }, () => input.setInputFiles(files), () => shown(addButton), rows);
  const add = await target(addButton);
  await measure(page, { size, path: 'Add', step: 'add them (listed)' }, () => add.click(), () => shown(sourcesListed(page, size + SEEDS)), rows);
  await commonSteps(page, size, 'Add', rows);
  await page.context().close();
}

/**
 * Issue 18: the files of the Add path dropped as their folder on the Add dialog (Chromium's drag
 * input, as the operating system drops), listed until they can be added.
 */
async function dropFolder(browser: Browser, size: number, docs: GeneratedDocument[], rows: Step[]): Promise<void> {
  const folder = dirname(docs.map((doc) => scratchFile(`add-${size}/${doc.id}.txt`, doc.text))[0]!);
  const page = await openApp(browser);
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await page.getByRole('banner').getByRole('button', { name: 'Add documents' }).click();
  await dialog.getByRole('tab', { name: 'Files' }).click();
  const box = await (await target(dialog.locator('.drop-zone'))).boundingBox();
  if (box === null) throw new Error('bench: the drop zone has no box');
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const data = { items: [], files: [folder], dragOperationsMask: 1 };
  const cdp = await page.context().newCDPSession(page);
  const addButton = page.locator('dialog.add-dialog button:enabled', { hasText: `Add ${size} documents` });
  await measure(page, { size, path: 'Add', step: 'drop the same files as their folder on the Add dialog' }, async () => {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  }, () => shown(addButton), rows);
  await cdp.detach();
  await page.context().close();
}

/** Minutes of a long meeting, just under the 10 MB the app accepts. */
function tenMegabytes(): GeneratedDocument {
  const words = 'council member motion budget harbour road school vote amendment clause report committee district water levy'.split(' ');
  const random = createRandom(10);
  const paragraphs: string[] = [];
  for (let length = 0, n = 0; length < 9_400_000; n += 1) {
    const paragraph = `Item ${n}: ${Array.from({ length: 20 + Math.floor(random() * 40) }, () => pick(random, words)).join(' ')}.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  const title = 'Minutes of the long session';
  const text = `${title}\n\n${paragraphs.join('\n\n')}\n`;
  return { id: documentIdFor(title, text), title, outlet: 'Council', text };
}

async function openTenMegabytes(browser: Browser, rows: Step[]): Promise<void> {
  const page = await openApp(browser);
  const doc = tenMegabytes();
  const { input, file } = await chooseProjectFile(page, 'minutes.json', [doc]);
  await input.setInputFiles(file);
  await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: /^Import/ }).last().click();
  await expect(sourcesListed(page, SEEDS + 1)).toBeVisible({ timeout: RESULT_TIMEOUT });
  const link = await target(page.getByRole('link', { name: doc.title }));
  await measure(
    page,
    { size: 1, path: 'Import', step: 'open a 10 MB document in the reader' },
    () => link.click(),
    () => shown(page.locator('main .reader-line-text', { hasText: doc.title }).first()),
    rows,
  );
  await page.context().close();
}

/**
 * Issue 18: a story's stored updates compacted, with the library imported and no analysis run (the
 * Read view): an edit that makes COMPACT_AFTER stored updates, until they are compacted; then a
 * reload of the story as an earlier version compacted it, until it is listed and stored in parts again.
 */
async function compaction(browser: Browser, size: number, docs: GeneratedDocument[], rows: Step[]): Promise<void> {
  const page = await openApp(browser);
  const total = size + SEEDS;
  const { input, file } = await chooseProjectFile(page, 'library.json', docs);
  await input.setInputFiles(file);
  await page.getByRole('dialog', { name: 'Import' }).getByRole('button', { name: /^Import/ }).last().click();
  await shown(sourcesListed(page, total));
  // The same edit with no compaction due, for comparison: the step below less the compaction.
  await page.goto(`${BASE}/#/read/${docs[0]!.id}`);
  const main = page.getByRole('main');
  const editOutlet = async (outlet: string) => {
    await main.getByRole('button', { name: 'Edit details' }).click();
    const form = main.getByRole('form', { name: 'Edit details' });
    await form.getByLabel('Outlet', { exact: true }).fill(outlet);
    return target(form.getByRole('button', { name: 'Save details' }));
  };
  const firstSave = await editOutlet('Morning Ledger');
  await measure(page, { size, path: 'Import', step: 'the same edit with no compaction due (form closed)' }, () => firstSave.click(), () => expect(page.locator('form.edit-details')).toHaveCount(0), rows);
  // The story's stored updates padded with empty ones to one less than the count at which they are
  // compacted (a story read with that many is compacted at once), so the next edit compacts them.
  const storage = new BrowserStorage(page);
  await storage.padStoredUpdates(COMPACT_AFTER - 1);
  await page.reload();
  await shown(sourcesListed(page, total));
  const before = await storage.storedUpdateCounts();
  if (before.some((count) => count < COMPACT_AFTER - 1)) throw new Error(`bench: the story was compacted before the measured edit (${before.join(', ')} updates stored)`);
  const save = await editOutlet('Evening Ledger');
  await measure(page, { size, path: 'Import', step: `the edit that makes ${COMPACT_AFTER} stored updates, until they are compacted` }, () => save.click(), () =>
    expect.poll(async () => Math.max(...(await storage.storedUpdateCounts())), { timeout: RESULT_TIMEOUT }).toBeLessThan(COMPACT_AFTER / 2), rows);

  await compactAsEarlierVersion(page);
  await measure(page, { size, path: 'Import', step: 'reload, the story compacted by an earlier version into one update, until listed and stored in parts' }, () => page.reload().then(() => undefined), async () => {
    await shown(sourcesListed(page, total));
    await expect.poll(() => storedInParts(page), { timeout: RESULT_TIMEOUT }).toBe(true);
  }, rows);
  await page.context().close();
}

/** The bench's runs: the library through Import, through Add, dropped as a folder, switching stories, the 10 MB document, and compaction. */
const PATHS = ['import', 'add', 'drop', 'stories', 'reader', 'compaction'] as const;

export async function runBrowserBench(root: string, seedDir: string, sizes: readonly number[], paths: readonly string[] = PATHS): Promise<void> {
  const unknown = paths.filter((path) => !(PATHS as readonly string[]).includes(path));
  if (unknown.length > 0) throw new Error(`--paths: ${unknown.join(', ')} is not one of ${PATHS.join(', ')}`);
  const server = await servePreview(root, PORT);
  const browser = await launchChromium();
  const rows: Step[] = [];
  const failures: string[] = [];
  try {
    const attempt = async (what: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (error) {
        failures.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        console.error(`  ${what} did not finish: ${String(error).split('\n')[0]}`);
      }
    };
    for (const size of sizes) {
      const docs = corpus(size, seedDir);
      if (paths.includes('import')) await attempt(`${size} through Import`, () => viaImport(browser, size, docs, rows));
      if (paths.includes('add')) await attempt(`${size} through Add`, () => viaAdd(browser, size, docs, rows));
      if (paths.includes('drop')) await attempt(`${size} dropped as a folder`, () => dropFolder(browser, size, docs, rows));
      if (paths.includes('stories')) await attempt(`${size} switching stories`, () => switchStories(browser, size, docs, rows));
      if (paths.includes('compaction')) await attempt(`${size} compaction`, () => compaction(browser, size, docs, rows));
    }
    if (paths.includes('reader')) await attempt('10 MB document', () => openTenMegabytes(browser, rows));
  } finally {
    await browser.close();
    server.stop();
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  }
  const format = (value: number) => Math.round(value).toLocaleString('en-US');
  console.log('Production build in Chromium (synthetic corpus of ~5 KB wire reprints, seeded)\n');
  console.log('| documents | through | step | longest main-thread task ms | time to result ms | JS heap MB |');
  console.log('|---:|---|---|---:|---:|---:|');
  for (const row of rows) console.log(`| ${format(row.size)} | ${row.path} | ${row.step} | ${format(row.longestTaskMs)} | ${format(row.resultMs)} | ${format(row.heapMb)} |`);
  for (const failure of failures) console.log(`Not finished: ${failure}`);
}
