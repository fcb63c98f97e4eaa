import { expect, test } from './fixtures';
import { axe } from './pages/axe';
import { ClaimsPanel } from './pages/claims-panel';

// Issue 5.6: a corrected version of a source replaces its text; the claim's evidence follows the
// quote to its new place, and evidence whose words are gone is kept as orphaned.

const D002 = '002_d2e03255e9355d12';
const QUOTE = 'invasion of Ukraine in February 2021';

test('replacing a document’s text re-anchors its evidence, or keeps it orphaned', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D002);
  await claims.selectText(D002, QUOTE);
  await claims.pressShortcut('c');
  await expect(page.locator(`.app-main mark[data-doc-id="${D002}"]`)).toHaveText(QUOTE);

  const main = page.getByRole('main');
  const dialog = page.getByRole('dialog', { name: /Replace the text of/ });

  await main.getByRole('button', { name: 'Replace text…' }).click();
  await dialog.getByRole('button', { name: 'Replace text' }).click();
  await expect(dialog.getByRole('alert')).toContainText('is the same as the current text');
  const results = await axe(page).include('dialog[open]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  const current = await dialog.getByLabel('New text').inputValue();
  const corrected = `Correction appended at the top of the article.\n\n${current}`;
  await dialog.getByLabel('New text').fill(corrected);
  await dialog.getByRole('button', { name: 'Replace text' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Evidence:' })).toContainText('Evidence: 1 stayed in place.');
  const mark = page.locator(`.app-main mark[data-doc-id="${D002}"]`);
  await expect(mark).toHaveText(QUOTE);
  expect(Number(await mark.getAttribute('data-start'))).toBe(current.indexOf(QUOTE) + corrected.indexOf(current));

  await main.getByRole('button', { name: 'Replace text…' }).click();
  await dialog.getByLabel('New text').fill(corrected.replace(/Moscow’s invasion of Ukraine in February 2021/, 'Moscow’s actions'));
  await dialog.getByRole('button', { name: 'Replace text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Evidence:' })).toContainText('Evidence: 1 orphaned (kept, with its quote).');
  await expect(page.locator(`.app-main mark[data-doc-id="${D002}"]`)).toHaveCount(0);
  await expect(page.locator('.app-side')).toContainText(/orphaned/i);
  await expect(page.locator('.app-side')).toContainText(QUOTE);
});
