import { expect, test, type Page } from './fixtures';
import Papa from 'papaparse';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { ClaimsPanel } from './pages/claims-panel';
import { CompareView } from './pages/compare-view';
import { ExportMenu } from './pages/export-menu';
import { SEED_SOURCE } from './pages/seed-sources';

// Source identity (issue 14): a web page's URL, outlet and authors are proposed with where each was
// read, can be changed, and reach every export; a pasted text's first-line URL is taken out of it.

const SHOTS = '/tmp/cc-identity';
const URL = 'https://www.example-news.org/politics/senate-overrides-veto';
const OUTLET = 'Example News';
const TITLE = 'Senate overrides veto of the 9/11 bill';
const PAGE = `<!doctype html><html lang="en"><head><title>${TITLE} | ${OUTLET}</title>
<link rel="canonical" href="/politics/senate-overrides-veto">
<meta property="og:url" content="${URL}?utm_source=share">
<meta property="og:site_name" content="${OUTLET}">
<meta property="article:author" content="https://www.facebook.com/examplenews">
<meta property="article:author" content="Ana Lima">
<meta property="article:author" content="Ben Okafor">
<meta property="article:published_time" content="2016-09-28T15:02:00-04:00">
</head><body><nav>Home · Politics</nav><article><h1>${TITLE}</h1>
<p>The Senate voted 97 to 1 on Wednesday to override the veto, the first override of the presidency.</p>
<p>The House followed hours later with a vote of 348 to 77, and the bill became law.</p></article></body></html>`;

async function openApp(page: Page): Promise<void> {
  await page.goto('/#/');
  await expect(page.locator('.app-sources li')).toHaveCount(5);
}

async function docIdOf(page: Page, title: string): Promise<string> {
  const link = page.locator('.app-sources a', { hasText: title });
  return decodeURIComponent((await link.getAttribute('href'))!.replace('#/read/', ''));
}

test('URL, outlet and authors read from a web page are proposed with their origin, saved, and appear in all five exports', async ({ page }) => {
  await openApp(page);
  const add = new AddDocumentDialog(page);
  await add.open();
  await add.chooseFiles([{ name: 'senate.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) }]);
  const row = add.fileRow('senate.html');
  await expect(add.field('URL', row)).toHaveValue(URL);
  await expect(row.getByText('Proposed from link rel=canonical.')).toBeVisible();
  await expect(add.field('Outlet', row)).toHaveValue(OUTLET);
  await expect(row.getByText('Proposed from og:site_name.')).toBeVisible();
  await expect(add.field('Authors', row)).toHaveValue('Ana Lima, Ben Okafor');
  await expect(row.getByText('Proposed from article:author.')).toBeVisible();
  await expect(row.getByText(/Proposed from article:published_time/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/add-dialog.png` });

  // A changed field loses its origin; a web address that is not one is refused with the reason.
  await add.field('Authors', row).fill('Ana Lima');
  await expect(row.getByText('Proposed from article:author.')).toHaveCount(0);
  await add.field('URL', row).fill('javascript:alert(1)');
  await expect(add.dialog.getByRole('button', { name: /^Add documents?$/ })).toBeDisabled();
  await expect(row.getByText(/only http:\/\/ and https:\/\/ addresses are allowed, not javascript:/)).toBeVisible();
  await add.field('URL', row).fill(URL);
  await add.addFiles();
  await expect(add.dialog).toBeHidden();
  await expect(page.locator('.app-sources li')).toHaveCount(6);

  // Edit details shows where the kept values came from.
  const docId = await docIdOf(page, TITLE);
  const claims = new ClaimsPanel(page);
  await claims.openReader(docId);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Edit details' });
  await expect(form.getByLabel('URL', { exact: true })).toHaveValue(URL);
  await expect(form.getByText('Proposed from og:site_name.')).toBeVisible();
  await expect(form.getByLabel('Authors', { exact: true })).toHaveValue('Ana Lima');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.reader-url').getByRole('link', { name: URL })).toHaveAttribute('href', URL);

  await claims.selectText(docId, 'voted 97 to 1');
  await claims.pressShortcut('c');
  await expect(claims.cards).toHaveCount(1);
  // The claim's chip names the source as everywhere else: outlet first, then its (short) title.
  await expect(claims.cards.first().locator('.claim-source-count')).toHaveText(`${OUTLET} · ${TITLE} ×1`);
  await claims.pressShortcut('2');

  const menu = new ExportMenu(page);
  const file = JSON.parse((await menu.download(/Crosscheck project/)).text) as { stories: Array<{ documents: Array<{ id: string; url: string; outlet: string; authors: string[]; proposedFrom: object }> }> };
  expect(file.stories[0]?.documents.find((document) => document.id === docId)).toMatchObject({
    url: URL,
    outlet: OUTLET,
    authors: ['Ana Lima'],
    proposedFrom: { url: 'link rel=canonical', outlet: 'og:site_name' },
  });

  const csv = Papa.parse<Record<string, string>>((await menu.download(/^CSV/)).text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(csv).toEqual([expect.objectContaining({ 'Source title': TITLE, Outlet: OUTLET, Authors: 'Ana Lima', 'Source URL': URL, 'Quoted text': 'voted 97 to 1' })]);

  const markdown = (await menu.download(/^Markdown report/)).text;
  expect(markdown).toContain(`- **[${TITLE}](<${URL}>)**, ${OUTLET}, Ana Lima, 2016-09-28 — supports`);

  const annotation = JSON.parse((await menu.download(/Web Annotation/)).text).first.items[0];
  expect(annotation.target.source).toMatchObject({ id: URL, 'dc:title': TITLE });
  expect(annotation.target.id).toMatch(/^urn:crosscheck:doc:[0-9a-f]{64}$/);

  const review = JSON.parse((await menu.downloadClaimReview('Example Checks', 'https://checks.example.org/senate')).text)['@graph'][0];
  expect(review.itemReviewed).toMatchObject({
    author: { '@type': 'Person', name: 'Ana Lima' },
    datePublished: '2016-09-28',
    appearance: [{ url: URL, headline: TITLE, publisher: { '@type': 'Organization', name: OUTLET } }],
  });
});

test('a pasted text whose first line is a web address gets it as URL and loses the line', async ({ page }) => {
  await openApp(page);
  const add = new AddDocumentDialog(page);
  await add.open();
  await add.paste({ text: `${URL}\n\nSenate overrides veto\nThe Senate voted 97 to 1 on Wednesday.` });
  await expect(add.field('URL')).toHaveValue(URL);
  await expect(add.dialog.getByText('Taken from the first line of the text (that line is not kept in the text).')).toBeVisible();
  await expect(add.field('Title')).toHaveValue('Senate overrides veto');
  await add.field('Outlet').fill(OUTLET);
  await add.submitPaste();
  await expect(page.locator('.app-sources li')).toHaveCount(6);
  const docId = await docIdOf(page, 'Senate overrides veto');
  await new ClaimsPanel(page).openReader(docId);
  const text = page.locator(`.app-main [data-doc-id="${docId}"]`).first();
  // The text starts with the headline: the address line is gone.
  await expect(text).toContainText('Senate overrides veto');
  await expect(text).not.toContainText(URL);
  await expect(page.locator('.reader-url').getByRole('link')).toHaveAttribute('href', URL);
});

test('two sources of one outlet with similar titles are told apart by their whole titles, and only they', async ({ page }) => {
  await openApp(page);
  const titles = ['Senate overrides Obama veto of the 9/11 bill, first override of his presidency', 'Senate overrides Obama veto of the 9/11 bill as the House prepares to vote'];
  const text = (title: string) => `${title}\n\nThe Senate voted 97 to 1 on Wednesday to override the veto of the bill.\n\nSupporters said families of the victims had waited years for this day.\n`;
  const add = new AddDocumentDialog(page);
  await add.open();
  await add.chooseFiles(titles.map((title, index) => ({ name: `veto-${index}.txt`, mimeType: 'text/plain', buffer: Buffer.from(text(title)) })));
  for (const [index, title] of titles.entries()) {
    const row = add.fileRow(`veto-${index}.txt`);
    await add.field('Title', row).fill(title);
    await add.field('Outlet', row).fill('Reuters');
  }
  await add.addFiles();
  await expect(add.dialog).toBeHidden();

  await new CompareView(page).chooseInSourcesPanel(titles);
  const heads = [1, 2].map((column) => page.getByLabel(`Source in column ${column}`));
  await expect(heads[0]!.locator('option:checked')).toHaveText(`Reuters · ${titles[0]}`);
  await expect(heads[1]!.locator('option:checked')).toHaveText(`Reuters · ${titles[1]}`);
  // A seed that reads apart from every other source keeps its short label.
  await expect(heads[0]!.locator('option', { hasText: 'AFP via Digital Journal' })).toHaveText(SEED_SOURCE['001']);
  await page.locator('.compare-head').screenshot({ path: `${SHOTS}/compare-told-apart.png` });
});
