import { expect, test } from './fixtures';
import { CompareView } from './pages/compare-view';
import { downloadedBy } from './pages/export-menu';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';
import { StoryPicker } from './pages/story-picker';

// What a new user met walking through the app with the keyboard: a dialog or form closed by its own
// buttons left the focus on <body> (the next Tab started again at the top of the page), the empty
// story named a button the header does not have, and comparing the two seeds that disagree on the
// invasion date showed nothing of it (the two sentences sit in rows of their own).

const D001 = '001_8dfcd5823fdeecd6';
const D002 = '002_d2e03255e9355d12';
const TITLE_001 = 'China’s top diplomat says Beijing, Moscow to deepen ties';

test('a dialog closed by its own buttons gives the focus back to the button that opened it', async ({ page }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  const banner = page.getByRole('banner');
  const dialog = page.getByRole('dialog');

  const share = banner.getByRole('button', { name: 'Share story…' });
  await share.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(share).toBeFocused();

  const exportButton = banner.getByRole('button', { name: 'Export' });
  await exportButton.click();
  await page.getByRole('menuitem', { name: /ClaimReview/ }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(exportButton).toBeFocused();

  await exportButton.click();
  await page.getByRole('menuitem', { name: /ClaimReview/ }).click();
  await dialog.getByLabel('Published by (organisation or person)').fill('Desk Check');
  await dialog.getByLabel('Fact-check page URL').fill('https://example.org/checks/1');
  const file = await downloadedBy(page, () => dialog.getByRole('button', { name: 'Download' }).click());
  expect(file.fileName).toMatch(/claimreview/);
  await expect(dialog).toBeHidden();
  await expect(exportButton).toBeFocused();

  await sources.checkbox(TITLE_001).check();
  const move = sources.selectionAction('Move to story…');
  await move.click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(move).toBeFocused();
});

test('Edit details takes the focus to its first field and back to its button; Undo after Remove to the restored document', async ({ page }) => {
  const reader = new Reader(page);
  await page.goto(`/#/read/${D001}`);
  await reader.expectOpen(TITLE_001);

  const edit = reader.main.getByRole('button', { name: 'Edit details' });
  await edit.click();
  const form = reader.main.getByRole('form', { name: 'Edit details' });
  await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeFocused();

  await edit.click();
  await form.getByLabel('Outlet', { exact: true }).fill('AFP');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(reader.detail('Outlet')).toHaveText('AFP');
  await expect(edit).toBeFocused();

  await reader.remove();
  await expect(reader.undoButton).toBeFocused();
  await reader.undoButton.click();
  await reader.expectOpen(TITLE_001);
  await expect(reader.title).toBeFocused();

  await reader.remove();
  await reader.main.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reader.main).toBeFocused();
});

test('an empty story says which header buttons bring documents in', async ({ page }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  await new StoryPicker(page).create('Harbour fire');
  await expect(sources.root).toContainText('No documents in this story yet. Use “Add documents” to paste an article or choose files, or “Import” to open a project file.');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Add documents', exact: true })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Import', exact: true })).toBeVisible();
});

test('comparing the seeds that disagree on the invasion date lists the disagreement first among the differences, and it goes to its row', async ({ page }) => {
  const compare = new CompareView(page);
  await compare.open([D001, D002]);
  const differences = page.getByRole('complementary', { name: /Differences/ });
  await expect(differences.getByRole('heading', { name: /^From Suggestions/ })).toBeVisible({ timeout: 30_000 });
  const entry = differences.getByRole('button', { name: /Invasion of Ukraine: “last year” vs “February 2021”/ });
  await expect(entry).toBeVisible();
  await expect(differences.locator('.change-entry').first()).toHaveText(/Invasion of Ukraine/);
  await entry.click();
  await expect(compare.activeRow()).toContainText('invasion of Ukraine last year');
});

test('reading a seed that takes part in the invasion-date disagreement says so above its text, and shows its words', async ({ page }) => {
  const reader = new Reader(page);
  await page.goto(`/#/read/${D002}`);
  const section = reader.main.getByRole('region', { name: /Other sources disagree with this text \(1\)/ });
  await expect(section).toContainText('Sources disagree on the date of the invasion of Ukraine: February 2021', { timeout: 30_000 });
  await section.getByRole('button', { name: 'Show “February 2021” here' }).click();
  await expect(reader.lines.filter({ hasText: 'invasion of Ukraine in February 2021' })).toBeInViewport();

  await page.goto(`/#/read/003_4abb5b22b4219653`);
  await expect(reader.main.locator('[data-analysis-status="ready"]')).toBeAttached({ timeout: 30_000 });
  await expect(reader.main.getByRole('region', { name: /Other sources disagree/ })).toHaveCount(0);
});

test('ClaimReview refuses a missing publisher or a bad address with the focus on the field to fix', async ({ page }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  await page.getByRole('banner').getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /ClaimReview/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export ClaimReview' });
  const publisher = dialog.getByLabel('Published by (organisation or person)');
  const address = dialog.getByLabel('Fact-check page URL');

  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter the organisation or person publishing these reviews.');
  await expect(publisher).toBeFocused();

  await page.keyboard.type('Desk Check');
  await address.fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect(dialog.getByRole('alert')).toContainText('javascript:');
  await expect(address).toBeFocused();
});
