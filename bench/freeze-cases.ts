// The steps whose main-thread freezes freeze-bench.ts measures (issue 12's figures), each on an
// input built here, seeded, so every run measures the same thing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AddDocumentDialog } from '../e2e/pages/add-document-dialog';
import { documentIdFor, projectFile } from '../e2e/pages/generated-library';
import { expectWithin } from './browser-session';
import type { FreezeCase } from './freeze-bench';
import { createRandom, pick } from './prng';

const WORDS = 'council member motion budget harbour road school vote amendment clause report committee district water levy'.split(' ');

function sentences(random: () => number, bytes: number, wrap: (sentence: string, index: number) => string): string[] {
  const parts: string[] = [];
  for (let length = 0; length < bytes; ) {
    const words = Array.from({ length: 20 + Math.floor(random() * 40) }, () => pick(random, WORDS)).join(' ');
    const part = wrap(`${words[0]!.toUpperCase()}${words.slice(1)}.`, parts.length);
    parts.push(part);
    length += part.length;
  }
  return parts;
}

const sourcesHeading = (page: Page, count: number) => page.getByRole('heading', { name: `Sources (${count})` });

/** A news page just under the 10 MB the app accepts: metadata, navigation, an article of 30,000 paragraphs. */
function tenMegabyteWebPage(): string {
  const paragraphs = sentences(createRandom(10), 9_800_000, (sentence, index) => `<p>Item ${index}: ${sentence}</p>\n`);
  return `<!doctype html><html lang="en"><head><title>Minutes of the long session | Council Record</title>
<meta property="og:site_name" content="Council Record"><meta property="article:published_time" content="2024-05-01T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/council">Council</a></nav>
<article><h1>Minutes of the long session</h1>
${paragraphs.join('')}</article><footer>© Council Record</footer></body></html>`;
}

/** Chosen by path, as a file on disk: a buffer would be copied into the page by Playwright's own script, on the main thread being measured. */
let tenMegabytePath = '';

export const addTenMegabyteWebPage: FreezeCase = {
  name: 'add a 10 MB web page (choose the file → listed)',
  input: '9.8 MB .html, 30,000 paragraphs',
  async prepare(page) {
    tenMegabytePath ||= join(mkdtempSync(join(tmpdir(), 'crosscheck-freeze-')), 'minutes.html');
    writeFileSync(tenMegabytePath, tenMegabyteWebPage());
    const dialog = new AddDocumentDialog(page);
    await dialog.open();
    await dialog.dialog.getByRole('tab', { name: 'Files' }).click();
  },
  async step(page) {
    const dialog = new AddDocumentDialog(page);
    await dialog.dialog.locator('input[type=file]').setInputFiles(tenMegabytePath);
    // waitFor, not expect: a failing expect snapshots the page's accessibility tree on the main thread.
    await dialog.fileRow('minutes.html').waitFor();
    await expectWithin(dialog.field('Title', dialog.fileRow('minutes.html'))).toHaveValue('Minutes of the long session');
    await dialog.addFiles();
    await sourcesHeading(page, 6).waitFor();
  },
};

/** An article's text pasted whole: a title, a dateline, then paragraphs up to 10 MB. */
function tenMegabyteText(): string {
  const paragraphs = sentences(createRandom(12), 9_800_000, (sentence) => `${sentence}\n\n`);
  return `Minutes of the pasted session\n\nPublished 1 May 2024\n\n${paragraphs.join('')}`;
}

export const pasteTenMegabyteText: FreezeCase = {
  name: 'paste 10 MB of text (Ctrl+V → listed)',
  input: '9.8 MB of plain text, 34,000 paragraphs',
  async prepare(page) {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const dialog = new AddDocumentDialog(page);
    await dialog.open();
    await dialog.dialog.getByRole('tab', { name: 'Paste text' }).click();
    await page.evaluate((text) => navigator.clipboard.writeText(text), tenMegabyteText());
    await dialog.field('Article text').focus();
  },
  async step(page) {
    const dialog = new AddDocumentDialog(page);
    // A real paste (the browser's own insertion), not fill(), which types the text in through Playwright.
    await page.keyboard.press('ControlOrMeta+V');
    await expectWithin(dialog.field('Title')).toHaveValue('Minutes of the pasted session');
    await dialog.submitPaste();
    await sourcesHeading(page, 6).waitFor();
  },
};

const ORPHANED_SPANS = 40;
const ORPHANS_STATEMENT = 'Wang Yi met Sergei Lavrov in Jakarta';

/** A 1 MB document on one line, and a claim whose 40 spans quote words no longer in it. */
function orphansProject(): string {
  const title = 'Minutes on one line';
  const text = sentences(createRandom(11), 1_000_000, (sentence) => `${sentence} `).join('');
  const docId = documentIdFor(title, text);
  const createdAt = '2024-05-01T09:00:00.000Z';
  const evidence = Array.from({ length: ORPHANED_SPANS }, (_, index) => {
    const start = index * Math.floor(text.length / ORPHANED_SPANS);
    const exact = `Wang Yi met Sergei Lavrov in Jakarta on July ${index + 1}, 2023, for talks`;
    return {
      id: `orphan-${index}`,
      docId,
      stance: 'supports',
      quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start, start + 32) },
      position: { type: 'TextPositionSelector', start, end: start + exact.length },
      createdAt,
    };
  });
  const claim = { id: 'harbour-ledger', statement: ORPHANS_STATEMENT, status: 'unverified', note: '', tags: [], evidence, origin: { kind: 'manual' }, createdAt, updatedAt: createdAt };
  return projectFile([{ id: docId, title, outlet: 'Council', text }], [claim]);
}

export const openClaimWithOrphanedSpans: FreezeCase = {
  name: 'open a claim with 40 orphaned spans (click → spans listed)',
  input: '1 MB document on one line',
  async prepare(page) {
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByLabel(/Crosscheck project/).setInputFiles({ name: 'orphans.json', mimeType: 'application/json', buffer: Buffer.from(orphansProject()) });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expectWithin(dialog).toBeHidden();
    await expectWithin(sourcesHeading(page, 6)).toBeVisible();
    await expectWithin(page.getByRole('button', { name: new RegExp(ORPHANS_STATEMENT) })).toBeVisible();
  },
  async step(page) {
    await page.getByRole('button', { name: new RegExp(ORPHANS_STATEMENT) }).click();
    await expectWithin(page.locator('.claim-card.is-selected .evidence-item.is-orphaned')).toHaveCount(ORPHANED_SPANS);
  },
};
