import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { axe } from './pages/axe';
import { BrowserStorage } from './pages/browser-storage';
import { ClaimsPanel } from './pages/claims-panel';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';
import { SEED_SOURCE } from './pages/seed-sources';

// The library (issue 2): seeds on first start, reading, adding, editing, removing, persistence,
// bad input and hostile text, two tabs, accessibility.

interface SeedEntry {
  id: string;
  file: string;
  title: string;
  outlet: string;
  published: string;
  publishedBasis: string;
}
const manifest = JSON.parse(readFileSync(new URL('../seeds/manifest.json', import.meta.url), 'utf8')) as { documents: SeedEntry[] };
const SEEDS = manifest.documents;
const seedText = (entry: SeedEntry) => readFileSync(new URL(`../seeds/${entry.file}`, import.meta.url), 'utf8');
const SEED_002 = SEEDS.find((seed) => seed.id.startsWith('002'))!;
const SHOT_DIR = '/tmp/cc-library';

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortDate = (iso: string) => DATE_FORMAT.format(new Date(`${iso}T00:00:00Z`));

const PASTED = ['Lavrov and Wang meet in Beijing', 'Published 12 March 2024', '', 'Russian Foreign Minister Sergei Lavrov met Wang Yi on Tuesday.', 'They discussed Ukraine.'].join('\n');
const TXT_FILE = { name: 'talks.txt', mimeType: 'text/plain', buffer: Buffer.from('Talks in Jakarta\r\n\r\nWang Yi met Sergei Lavrov at the ASEAN meeting.\r\nBoth spoke of strategic coordination.\r\n') };
const HTML_FILE = {
  name: 'page.html',
  mimeType: 'text/html',
  buffer: Buffer.from(
    `<!doctype html><html lang="en"><head><title>Moscow talks | Example News</title><script>window.__pageScriptRan = true</script></head>
<body><nav>Home World Sport</nav><article><h1>Moscow talks</h1>
<p>Posted on Monday, Sept. 18, 2023</p>
<p>China's foreign minister held talks with his Russian counterpart in Moscow as the two countries inch closer amid fraying ties with the West.</p>
<p>Wang Yi opened his talks with Sergey Lavrov by hailing strategic cooperation between the two countries and their shared commitment to a multipolar world.</p>
<img src="x" onerror="window.__pageScriptRan = true"></article></body></html>`,
  ),
};

/** No document's script may open a dialog; the app's own "Leave site?" prompt (an edit still being saved) is answered "leave". */
function failOnDialogs(page: Page) {
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    throw new Error(`A script opened a ${dialog.type()} dialog: ${dialog.message()}`);
  });
}

async function startWithSeeds(page: Page): Promise<SourcesPanel> {
  failOnDialogs(page);
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(SEEDS.length);
  return sources;
}

async function expectNoSeriousViolations(page: Page, include: string) {
  const results = await axe(page).include(include).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the five seeds are listed on first start with titles, outlets and dates', async ({ page }) => {
  const sources = await startWithSeeds(page);
  expect(await sources.titles()).toEqual(SEEDS.map((seed) => seed.title));
  for (const seed of SEEDS) {
    const row = sources.row(seed.title);
    await expect(row).toContainText(seed.outlet);
    await expect(row).toContainText(shortDate(seed.published));
    await expect(row).toContainText(seed.publishedBasis === 'stated' ? 'date stated' : 'date inferred');
    await expect(row).toContainText(/\d+ words/);
  }
  await expect(page.getByRole('main').getByRole('heading', { name: 'Check one story across its sources' })).toBeVisible();
});

test('opening a seed shows the whole text with its lines and paragraphs, byte-exact', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const reader = new Reader(page);
  await sources.open(SEED_002.title);
  await expect(page).toHaveURL(new RegExp(`#/read/${SEED_002.id}$`));
  await reader.expectOpen(SEED_002.title);
  await expect(reader.detail('Published')).toContainText('18 Sept 2023');
  const fileLines = seedText(SEED_002).split('\n');
  const expectedLines = fileLines.filter((line) => line.trim() !== '');
  const paragraphStarts = fileLines.filter((line, index) => index > 0 && line.trim() !== '' && fileLines[index - 1]!.trim() === '').length;
  expect(await reader.lineTexts()).toEqual(expectedLines);
  await expect(reader.main.locator('.reader-line.paragraph-start')).toHaveCount(paragraphStarts);
});

test('adding by paste proposes the stated date and opens the new document', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const dialog = new AddDocumentDialog(page);
  const reader = new Reader(page);
  await dialog.open();
  await dialog.paste({ text: PASTED, outlet: 'Example Wire' });
  await expect(dialog.field('Title')).toHaveValue('Lavrov and Wang meet in Beijing');
  await expect(dialog.field('Publication date')).toHaveValue('2024-03-12');
  await expect(dialog.dialog).toContainText('Proposed from the text: “12 March 2024”');
  await dialog.submitPaste();
  await expect(dialog.dialog).toBeHidden();
  await sources.expectCount(SEEDS.length + 1);
  await reader.expectOpen('Lavrov and Wang meet in Beijing');
  await expect(reader.detail('Published')).toContainText('12 Mar 2024');
  await expect(reader.detail('Published')).toContainText('date stated');
  await expect(reader.detail('Outlet')).toHaveText('Example Wire');
  expect(await reader.lineTexts()).toEqual(PASTED.split('\n').filter(Boolean));
});

test('adding .txt and .html files at once keeps paragraphs and runs no page script', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const dialog = new AddDocumentDialog(page);
  const reader = new Reader(page);
  await dialog.open();
  await dialog.chooseFiles([TXT_FILE, HTML_FILE]);
  await expect(dialog.fileRows).toHaveCount(2);
  await expect(dialog.field('Title', dialog.fileRow('talks.txt'))).toHaveValue('Talks in Jakarta');
  await expect(dialog.field('Title', dialog.fileRow('page.html'))).toHaveValue('Moscow talks | Example News');
  await expect(dialog.field('Publication date', dialog.fileRow('page.html'))).toHaveValue('2023-09-18');
  await dialog.field('Title', dialog.fileRow('page.html')).fill('Moscow talks');
  await dialog.addFiles();
  await expect(dialog.dialog).toBeHidden();
  await sources.expectCount(SEEDS.length + 2);
  await reader.expectOpen('Talks in Jakarta');
  expect(await reader.lineTexts()).toEqual(['Talks in Jakarta', 'Wang Yi met Sergei Lavrov at the ASEAN meeting.', 'Both spoke of strategic coordination.']);
  await sources.open('Moscow talks');
  const lines = await reader.lineTexts();
  expect(lines).toContain('Posted on Monday, Sept. 18, 2023');
  expect(lines.some((line) => line.startsWith('Wang Yi opened his talks with Sergey Lavrov'))).toBe(true);
  expect(lines.join('\n')).not.toContain('__pageScriptRan');
  expect(await page.evaluate(() => (window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan)).toBeUndefined();
});

test('editing details validates and saves; the list follows', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const reader = new Reader(page);
  await sources.open(SEED_002.title);
  await reader.editDetails({ title: '' });
  await expect(reader.main.getByText('Enter a title')).toBeVisible();
  await reader.main.getByLabel('Title', { exact: true }).fill('FM hails cooperation (edited)');
  await reader.main.getByLabel('Outlet', { exact: true }).fill('Al Jazeera');
  await reader.main.getByLabel('Publication date', { exact: true }).fill('2023-09-19');
  await reader.main.getByRole('button', { name: 'Save details' }).click();
  await reader.expectOpen('FM hails cooperation (edited)');
  await expect(reader.detail('Published')).toContainText('19 Sept 2023');
  await expect(reader.detail('Published')).toContainText('date set by analyst');
  await expect(sources.row('FM hails cooperation (edited)')).toContainText('Al Jazeera');
});

test('details typed and left unsaved for another source come back with the form; Cancel drops them', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const reader = new Reader(page);
  const other = SEEDS.find((seed) => seed.id.startsWith('001'))!;
  await sources.open(SEED_002.title);
  await reader.main.getByRole('button', { name: 'Edit details' }).click();
  await reader.main.getByRole('form', { name: 'Edit details' }).getByLabel('Outlet', { exact: true }).fill('Al Jazeera (checked)');
  await sources.open(other.title);
  await reader.expectOpen(other.title);
  await expect(reader.main.getByRole('form', { name: 'Edit details' })).toHaveCount(0);

  await sources.open(SEED_002.title);
  const form = reader.main.getByRole('form', { name: 'Edit details' });
  await expect(form.getByLabel('Outlet', { exact: true })).toHaveValue('Al Jazeera (checked)');
  await expect(form).toContainText('not saved yet');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(reader.detail('Outlet')).toContainText(SEED_002.outlet);
  await sources.open(other.title);
  await sources.open(SEED_002.title);
  await expect(reader.main.getByRole('form', { name: 'Edit details' })).toHaveCount(0);
});

test('remove and undo restores the document exactly; reload keeps everything', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const reader = new Reader(page);
  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.paste({ text: PASTED, outlet: 'Example Wire' });
  await dialog.submitPaste();
  await reader.expectOpen('Lavrov and Wang meet in Beijing');
  const linesBefore = await reader.lineTexts();

  await reader.remove();
  await sources.expectCount(SEEDS.length);
  await expect(reader.main.getByRole('status').filter({ hasText: 'Removed' })).toContainText('Lavrov and Wang meet in Beijing');
  await reader.undoButton.click();
  await sources.expectCount(SEEDS.length + 1);
  await reader.expectOpen('Lavrov and Wang meet in Beijing');
  expect(await reader.lineTexts()).toEqual(linesBefore);

  await sources.open(SEED_002.title);
  await reader.remove();
  await sources.expectCount(SEEDS.length);
  await expect(sources.restoreSeedsButton).toBeVisible();
  await sources.open('Lavrov and Wang meet in Beijing');
  await reader.editDetails({ outlet: 'Edited Wire' });

  await page.reload();
  await sources.expectCount(SEEDS.length);
  await expect(sources.link(SEED_002.title)).toHaveCount(0);
  await reader.expectOpen('Lavrov and Wang meet in Beijing');
  await expect(reader.detail('Outlet')).toHaveText('Edited Wire');
  expect(await reader.lineTexts()).toEqual(linesBefore);

  await sources.restoreSeedsButton.click();
  await sources.expectCount(SEEDS.length + 1);
  await expect(sources.restoreSeedsButton).toBeHidden();
  await page.reload();
  await sources.expectCount(SEEDS.length + 1);
});

test('each bad input shows a message naming it, and the library does not change', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.paste({ text: '   \n\n  ', title: 'Blank' });
  await dialog.submitPaste();
  await expect(dialog.alert()).toContainText('Pasted text: the text is empty');

  await dialog.paste({ text: seedText(SEED_002).replace(/\n\n/g, '\n').replace(/ +/g, '  ') });
  await dialog.submitPaste();
  await expect(dialog.alert()).toContainText(`the same text as the document "${SEED_002.title}"`);

  await dialog.chooseFiles([
    { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]) },
    { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]) },
    { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) },
    { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') },
    { name: 'draft.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    { name: 'empty.md', mimeType: 'text/markdown', buffer: Buffer.from(' \n\n') },
    { name: 'seed-copy.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText(SEED_002)) },
    { name: 'first.txt', mimeType: 'text/plain', buffer: Buffer.from('A new report\n\nWith one paragraph.') },
    { name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from('A new report\nWith   one paragraph.\n') },
  ]);
  const expected: Record<string, RegExp> = {
    'scan.txt': /binary file/,
    'latin1.txt': /not UTF-8/,
    'huge.txt': /the limit is 10\.0 MB/,
    'report.pdf': /\.pdf files are not supported/,
    'draft.docx': /\.docx files are not supported/,
    'photo.png': /\.png files are not supported/,
    'empty.md': /the text is empty/,
    'seed-copy.txt': /same text as the document/,
    'second.txt': /same text as "A new report" from first\.txt in this batch/,
  };
  for (const [name, message] of Object.entries(expected)) {
    await expect(dialog.fileRow(name)).toHaveAccessibleDescription(new RegExp(`^Not added: ${name.replace('.', '\\.')}: `));
    await expect(dialog.fileRow(name)).toHaveAccessibleDescription(message);
  }
  await expect(dialog.fileRow('first.txt')).toHaveAccessibleDescription('');
  await sources.expectCount(SEEDS.length);

  await dialog.addFiles();
  await expect(dialog.dialog.getByRole('status')).toContainText('Added 1 document; 9 files were not added (see below).');
  await expect(dialog.fileRows).toHaveCount(9);
  await sources.expectCount(SEEDS.length + 1);
  await expect(sources.link('A new report')).toBeVisible();
});

test('markup in a document is shown literally and never runs', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const dialog = new AddDocumentDialog(page);
  const reader = new Reader(page);
  const payload = 'Hostile <img src=x onerror=alert(1)> report\n\n<script>alert(1)</script> and <b>bold</b> text.';
  await dialog.open();
  await dialog.paste({ text: payload, title: '<img src=x onerror=alert(2)>' });
  await dialog.submitPaste();
  await reader.expectOpen('<img src=x onerror=alert(2)>');
  expect(await reader.lineTexts()).toEqual(['Hostile <img src=x onerror=alert(1)> report', '<script>alert(1)</script> and <b>bold</b> text.']);
  await expect(sources.link('<img src=x onerror=alert(2)>')).toBeVisible();
  await expect(page.locator('img[src="x"], main script, main b')).toHaveCount(0);
});

test('two tabs see each other’s additions', async ({ page, context }) => {
  const first = await startWithSeeds(page);
  const other = await context.newPage();
  const second = await startWithSeeds(other);
  const inFirst = new AddDocumentDialog(page);
  await inFirst.open();
  await inFirst.paste({ text: 'Report from tab one\n\nBody one.' });
  await inFirst.submitPaste();
  const inSecond = new AddDocumentDialog(other);
  await inSecond.open();
  await inSecond.paste({ text: 'Report from tab two\n\nBody two.' });
  await inSecond.submitPaste();
  for (const sources of [first, second]) {
    await sources.expectCount(SEEDS.length + 2);
    await expect(sources.link('Report from tab one')).toBeVisible();
    await expect(sources.link('Report from tab two')).toBeVisible();
  }
  await other.reload();
  await second.expectCount(SEEDS.length + 2);
});

test('compare needs two to four ticked documents', async ({ page }) => {
  const sources = await startWithSeeds(page);
  await expect(sources.compareButton).toBeDisabled();
  await sources.checkbox(SEEDS[0]!.title).check();
  await expect(sources.root).toContainText('tick at least one more');
  await sources.checkbox(SEEDS[1]!.title).check();
  await expect(sources.compareButton).toBeEnabled();
  await sources.compareButton.click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?docs=${SEEDS[0]!.id},${SEEDS[1]!.id}`));
});

test('removing a document cited as evidence asks first and keeps the claim; citing it flashes the span', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const claims = new ClaimsPanel(page);
  const reader = new Reader(page);
  await claims.openReader(SEED_002.id);
  await claims.selectText(SEED_002.id, 'February 2021');
  await claims.newClaimButton.click();
  await expect(claims.cards).toHaveCount(1);
  await reader.remove();
  const confirm = page.getByRole('dialog', { name: `Remove “${SEED_002.title}”?` });
  await expect(confirm).toContainText('This document is evidence in 1 claim; it will be kept');
  await confirm.getByRole('button', { name: 'Keep document' }).click();
  await reader.expectOpen(SEED_002.title);
  await reader.remove();
  await confirm.getByRole('button', { name: 'Remove document' }).click();
  await expect(reader.main).toContainText('This document was removed from the library.');
  await expect(claims.cards).toHaveCount(1);
  await reader.undoButton.click();
  await reader.expectOpen(SEED_002.title);
  await expect(page.locator(`.app-main mark[data-doc-id="${SEED_002.id}"]`)).toContainText('February 2021');

  await sources.open(SEEDS[0]!.title);
  await expect(claims.selectedCard()).toHaveCount(1);
  await claims.evidence(SEED_SOURCE['002']).locator('.evidence-quote').click();
  const flashed = page.locator(`.app-main mark.hl-focus[data-doc-id="${SEED_002.id}"]`);
  await expect(flashed).toHaveText('February 2021');
  await expect(flashed).toBeInViewport();
  await expect(flashed).toHaveCount(0, { timeout: 5_000 });
});

test('files dropped on the dialog are read like chosen ones', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.dialog.getByRole('tab', { name: 'Files' }).click();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['# Dropped notes\n\nWang Yi met Lavrov in Moscow.'], 'notes.md', { type: 'text/markdown' }));
    return transfer;
  });
  await dialog.dialog.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(dialog.field('Title', dialog.fileRow('notes.md'))).toHaveValue('Dropped notes');
  await dialog.addFiles();
  await sources.expectCount(SEEDS.length + 1);
  await new Reader(page).expectOpen('Dropped notes');
  expect(await new Reader(page).lineTexts()).toEqual(['# Dropped notes', 'Wang Yi met Lavrov in Moscow.']);
});

test('lines told by other sources are marked and open the comparison', async ({ page }) => {
  const sources = await startWithSeeds(page);
  const [seed000, seed001] = [SEEDS[0]!, SEEDS[1]!];
  await sources.open(seed000.title);
  const mark = page.getByRole('button', { name: `Also told in 1 other source: ${SEED_SOURCE['001']}. Compare`, exact: true }).first();
  await expect(mark).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${SHOT_DIR}/reader-counterparts.png` });
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?docs=${seed000.id},${seed001.id}`));
});

test('when browser storage is refused, the library still works and says it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function refuse(): IDBOpenDBRequest {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  const sources = await startWithSeeds(page);
  const warning = page.getByRole('alert').filter({ hasText: 'Changes may not be saved.' });
  await expect(warning).toContainText(/Browser storage is not available for the list of stories: The user denied permission to access the database\.(?!\.)/);
  await sources.open(SEED_002.title);
  await new Reader(page).expectOpen(SEED_002.title);
});

test('a seed that fails to load is named, and Retry loads it', async ({ page }) => {
  failOnDialogs(page);
  const sources = new SourcesPanel(page);
  let failing = true;
  await page.route(/assets\/002_d2e03255e9355d12-[^/]+\.txt$/, (route) => (failing ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback()));
  await sources.openApp();
  const alert = sources.root.getByRole('alert');
  await expect(alert).toContainText(`Could not load seeds/${SEED_002.file}: the server answered 404`);
  await expect(sources.items).toHaveCount(0);
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await sources.expectCount(SEEDS.length);
});

test('a library of 1,000 documents loads, lists virtually and scrolls to the end', async ({ page }) => {
  const sources = new SourcesPanel(page);
  const documents: Record<string, unknown> = {};
  for (let i = 0; i < 1000; i += 1) {
    const id = `bulk-${String(i).padStart(4, '0')}`;
    const stamp = new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString();
    documents[id] = {
      id, title: `Bulk report ${i}`, outlet: 'Bulk Wire', published: '2024-01-01', publishedBasis: 'analyst', language: 'en', note: '',
      text: `Bulk report ${i}\n\n${'Wang Yi met Sergei Lavrov to discuss strategic cooperation. '.repeat(40)}`,
      contentHash: i.toString(16).padStart(64, '0'), origin: { kind: 'pasted' }, updatedAt: stamp, addedAt: stamp, removedAt: null,
    };
  }
  const saved = JSON.stringify({ state: { documents, seedsInstalled: true }, version: 2 });
  const started = Date.now();
  await new BrowserStorage(page).startFromLegacyLibrary({ documents: saved });
  await expect(sources.root.getByRole('heading', { name: 'Sources (1000)' })).toBeVisible();
  const loadMs = Date.now() - started;
  const rendered = await sources.items.count();
  expect(rendered).toBeLessThan(40);
  await expect(sources.items.first()).toHaveAttribute('aria-setsize', '1000');
  await sources.root.locator('.sources-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect(sources.link('Bulk report 999')).toBeVisible();
  await sources.open('Bulk report 999');
  await new Reader(page).expectOpen('Bulk report 999');
  await sources.root.getByRole('searchbox', { name: 'Filter sources by title or outlet' }).fill('report 999');
  await expect(sources.root.getByRole('heading', { name: 'Sources (1 of 1000)' })).toBeVisible();
  await expect(sources.items).toHaveCount(1);
  console.log(`1,000 documents: listed ${loadMs} ms after reload, ${rendered} rows in the DOM`);
});

test('sources panel, reader and add dialog have no serious accessibility violations; screenshots', async ({ page }) => {
  const sources = await startWithSeeds(page);
  await sources.open(SEED_002.title);
  await new Reader(page).expectOpen(SEED_002.title);
  await expectNoSeriousViolations(page, '.app-sources');
  await expectNoSeriousViolations(page, '.app-main');
  await page.screenshot({ path: `${SHOT_DIR}/sources-and-reader.png` });
  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.paste({ text: PASTED });
  await expectNoSeriousViolations(page, 'dialog.add-dialog');
  await page.screenshot({ path: `${SHOT_DIR}/add-dialog-paste.png` });
  await dialog.chooseFiles([TXT_FILE, HTML_FILE, { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') }]);
  await expect(dialog.fileRows).toHaveCount(3);
  await expectNoSeriousViolations(page, 'dialog.add-dialog');
  await page.screenshot({ path: `${SHOT_DIR}/add-dialog-files.png` });
});
