import { expect, test, type Page } from './fixtures';
import { ClaimsPanel } from './pages/claims-panel';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { CompareView } from './pages/compare-view';
import { Reader, openReader } from './pages/reader';
import { SEED_SOURCE, seedChip } from './pages/seed-sources';

// Issue 16: the small things that break a fact-checker's flow on deadline. One test (or a few)
// per numbered item of the issue, each a short story of what the analyst does and sees.

const D001 = '001_8dfcd5823fdeecd6';
const D002 = '002_d2e03255e9355d12';

/** How far the page around the app has scrolled, and how tall it is against the window. */
function pageScroll(page: Page) {
  return page.evaluate(() => ({
    y: window.scrollY,
    x: window.scrollX,
    overflow: document.scrollingElement!.scrollHeight - window.innerHeight,
  }));
}

test('1. the app never scrolls as a page: wheel past the claims panel’s end, “Show in source” moves only the reader', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await openReader(page, D002);
  await claims.selectText(D002, 'February 2021');
  await claims.pressShortcut('c');
  for (const phrase of ['Wang Yi', 'Lavrov', 'Moscow']) {
    await claims.selectText(D002, phrase);
    await claims.pressShortcut('a');
  }
  await expect(claims.selectedCard().locator('.evidence-item')).toHaveCount(4);

  await claims.panel.hover();
  for (let turn = 0; turn < 10; turn += 1) await page.mouse.wheel(0, 600);
  expect(await pageScroll(page)).toEqual({ y: 0, x: 0, overflow: 0 });

  await page.locator('.app-main').evaluate((main) => (main.scrollTop = 0));
  await claims.evidence(SEED_SOURCE['002']).filter({ hasText: 'Moscow' }).getByRole('button', { name: /Show in source/ }).click();
  await expect(page.locator('.app-main mark.hl-focus')).toBeInViewport();
  expect(await pageScroll(page)).toEqual({ y: 0, x: 0, overflow: 0 });
  await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
});

test('2. in Compare, select, c, select more, a, then 3: the claim turns Discrepant and the focus stays in the rows', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  const compare = new CompareView(page);
  // Furniture shown as rows, so the first row has a cell for each column.
  await compare.open([D001, D002], '&furniture=show');
  const rows = await compare.collectRows();
  await compare.row(rows.find((row) => row.text.includes('February 2021'))!.index);
  await claims.selectText(D002, 'February 2021');
  await claims.pressShortcut('c');
  await claims.selectText(D001, 'last year');
  await claims.pressShortcut('a');
  await expect(claims.selectedCard().locator('.evidence-item')).toHaveCount(2);
  await compare.activeRow().focus();
  await page.keyboard.press('3');
  await expect(claims.selectedCard().locator('.status-badge')).toHaveText(/✗\s*Discrepant/);
  await expect(compare.activeRow()).toBeFocused();
  await page.keyboard.press('Alt+1');
  await expect(compare.activeRow().locator('[data-column="1"]')).toBeFocused();
});

test('2. g moves the focus to the active claim, opening it when collapsed', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await openReader(page, D002);
  await claims.selectText(D002, 'February 2021');
  await claims.pressShortcut('c');
  await claims.selectedCard().getByRole('button', { expanded: true }).click();
  await expect(claims.selectedCard()).toHaveCount(0);
  await claims.pressShortcut('g');
  await expect(claims.selectedCard().getByRole('button', { expanded: true })).toBeFocused();
});

test('2. ? lists every key of the current view, and Esc closes the list', async ({ page }) => {
  await openReader(page, D002);
  await page.keyboard.press('?');
  const overlay = page.getByRole('dialog', { name: 'Keys in this view' });
  await expect(overlay).toBeVisible();
  for (const key of ['c', 'a', 'g', '/', 'Shift+End', 'Ctrl+Shift+→']) await expect(overlay.locator('kbd', { hasText: new RegExp(`^${key.replace(/[+/]/g, '\\$&')}$`) })).toHaveCount(1);
  await expect(overlay).not.toContainText('Next row with a difference');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();

  await new CompareView(page).open([D001, D002]);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(overlay).toContainText('Next / previous row with a difference');
  await expect(overlay.locator('kbd', { hasText: 'Alt+2' })).toHaveCount(1);
});

test('2. “Add to: …” names the active claim in the selection toolbar, collapsed and after a reload', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await openReader(page, D002);
  await claims.selectText(D002, 'February 2021');
  await claims.pressShortcut('c');
  await claims.selectedCard().getByLabel('Statement').fill('Invasion date');
  await claims.selectedCard().getByLabel('Statement').blur();
  await claims.selectedCard().getByRole('button', { expanded: true }).click();
  await page.reload();
  await expect(page.locator(`.app-main [data-doc-id="${D002}"]`).first()).toBeVisible();
  await claims.selectText(D002, 'Wang Yi');
  const addTo = page.locator('.selection-toolbar').getByRole('button', { name: /^Add to: Invasion date/ });
  await addTo.click();
  await expect(claims.card('Invasion date').locator('.claim-source-count')).toHaveText(seedChip('002', 2));
});

test('3. keyboard selection: / finds and selects, a word step takes “$5,687.75” whole, Ctrl+Shift+→ and Shift+End extend', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await page.goto('/#/');
  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.paste({ title: 'Fund report', text: 'Fund report\n\nThe ministry paid $5,687.75 (about 12%) to the contractor in 2016.\n' });
  await dialog.submitPaste();
  await page.getByRole('complementary', { name: 'Sources' }).getByRole('link', { name: 'Fund report', exact: true }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Fund report');

  await page.keyboard.press('/');
  await page.getByRole('searchbox', { name: 'Find and select' }).fill('ministry paid');
  await page.keyboard.press('Enter');
  const selected = () => page.evaluate(() => String(window.getSelection()));
  expect(await selected()).toBe('ministry paid');
  await expect(page.locator('.app-main .reader-line-text:focus')).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  expect(await selected()).toBe('$5,687.75');
  await page.keyboard.press('Control+Shift+ArrowRight');
  expect(await selected()).toBe('$5,687.75 (about');
  await page.keyboard.press('Control+Shift+ArrowRight');
  expect(await selected()).toBe('$5,687.75 (about 12%');
  await page.keyboard.press('Shift+End');
  expect(await selected()).toBe('$5,687.75 (about 12%) to the contractor in 2016.');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('/');
  // The find box opens on the next render: type once it has the focus, as a person would.
  await expect(page.getByRole('searchbox', { name: 'Find and select' })).toBeFocused();
  await page.keyboard.type('$5,687.75');
  await page.keyboard.press('Enter');
  await page.keyboard.press('c');
  await expect(claims.selectedCard().getByLabel('Statement')).toHaveValue('$5,687.75');
});

test('4. dates: typed forms read with a preview; an incomplete date is refused with a message, never dropped', async ({ page }) => {
  const reader = new Reader(page);
  await openReader(page, D002);
  await page.getByRole('main').getByRole('button', { name: 'Edit details' }).click();
  const form = page.getByRole('form', { name: 'Edit details' });
  const date = form.getByLabel('Publication date', { exact: true });
  await date.fill('Sept. 28, 2016');
  await expect(date).toHaveAccessibleDescription(/Reads as Wednesday,? 28 September 2016/);
  await date.fill('28/09/2016');
  await expect(date).toHaveAccessibleDescription(/Reads as Wednesday,? 28 September 2016.*day\/month\/year/);
  await date.fill('September 2016');
  await expect(date).toHaveAccessibleDescription(/has no day/);
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await date.fill('Sept. 28, 2016');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(reader.detail('Published')).toContainText('28 Sept 2016');

  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.paste({ title: 'Undated note', text: 'Undated note\n\nThe council met.\n', published: '282016' });
  await dialog.submitPaste();
  await expect(dialog.field('Publication date')).toHaveAccessibleDescription(/not a date Crosscheck can read/);
  await expect(dialog.dialog).toBeVisible();
});

test('5. a new claim scrolls into view and takes the focus; its message shows once, off the text, says quotes once, and Esc dismisses it', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await openReader(page, D002);
  await claims.selectText(D002, 'Wang Yi');
  await claims.pressShortcut('c');
  // The Claims panel's notice says it; the status line only reads it out, out of sight.
  await expect(claims.notice).toContainText('Claim created from');
  await expect.poll(() => claims.statusLine()).toEqual({ text: expect.stringContaining('“Wang Yi”'), shown: false });
  for (const phrase of ['Lavrov', 'Moscow', 'Beijing']) {
    await claims.selectText(D002, phrase);
    await claims.pressShortcut('c');
  }
  await claims.selectText(D002, '“strategic cooperation”');
  await claims.pressShortcut('c');
  const summary = claims.selectedCard().getByRole('button', { expanded: true });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();

  await expect(claims.notice).toContainText('“strategic cooperation”');
  await expect(claims.notice).not.toContainText('““');

  // With the notice out of sight (the Suggestions tab), the status line shows the next outcome.
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  await claims.pressShortcut('3');
  const toast = page.locator('.announcer.is-visible');
  await expect(toast).toContainText('Discrepant');
  const [toastBox, mainBox] = [await toast.boundingBox(), await page.locator('.app-main').boundingBox()];
  expect(toastBox!.x).toBeGreaterThanOrEqual(mainBox!.x + mainBox!.width);
  await page.keyboard.press('Escape');
  await expect(toast).toHaveCount(0);
});

test('5–6. labels agree: “Add documents” opens “Add documents”, Import has one way out, Export names Markdown once', async ({ page }) => {
  await page.goto('/#/');
  await page.getByRole('banner').getByRole('button', { name: 'Add documents' }).click();
  await expect(page.getByRole('dialog', { name: 'Add documents' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('banner').getByRole('button', { name: 'Import' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import' });
  await expect(importDialog.getByRole('button', { name: /^(Close|Cancel)$/ })).toHaveCount(1);
  await importDialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menu', { name: 'Export' }).getByText(/Markdown/)).toHaveCount(1);
});
