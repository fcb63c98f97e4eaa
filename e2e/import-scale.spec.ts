import { createHash } from 'node:crypto';
import { expect, test } from './fixtures';
import { ExportMenu } from './pages/export-menu';
import { generateLibrary, projectFile } from './pages/generated-library';
import { SourcesPanel } from './pages/sources-panel';

// Issue 18: a large project file is read, validated and hashed in a worker, and its preview lists
// what needs a look, not every new document. No timings are asserted: the browser bench measures.

const SEED_COUNT = 5;
/** The preview lists this many items that need no choice per section (ImportPreview.tsx). */
const LISTED_WITHOUT_CHOICE = 100;

test('a project of 300 new documents: the preview lists 100 and counts the rest, and all 300 come in and stay after a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const library = generateLibrary(30, 10);
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(SEED_COUNT);
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('three-hundred.json', projectFile(library));

  const preview = menu.importDialog.getByRole('region', { name: 'Import preview' });
  await expect(preview.getByLabel('Summary')).toContainText('Documents: 300 new, 0 changed, 0 conflicting, 0 unchanged');
  await expect(preview.locator('[data-import-kind="new"]')).toHaveCount(LISTED_WITHOUT_CHOICE);
  await expect(preview.getByText('…and 200 more documents that need no choice; they come in with the rest.')).toBeVisible();
  await menu.confirmImport();
  const total = SEED_COUNT + library.length;
  await expect(sources.root.getByRole('heading', { name: `Sources (${total})` })).toBeVisible({ timeout: 30_000 });

  await page.reload();
  await expect(sources.root.getByRole('heading', { name: `Sources (${total})` })).toBeVisible({ timeout: 30_000 });
});

test('a text edited by hand in a large project file is named and nothing is imported', async ({ page }) => {
  const library = generateLibrary(20, 10);
  const file = JSON.parse(projectFile(library)) as { documents: Array<{ text: string; contentHash: string; title: string }> };
  const damaged = file.documents[150]!;
  damaged.text = `${damaged.text} And one more sentence.`;
  expect(createHash('sha256').update(damaged.text).digest('hex')).not.toBe(damaged.contentHash);
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(SEED_COUNT);
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('damaged.json', JSON.stringify(file));
  await expect(menu.problems()).toContainText('damaged.json was not imported; nothing was changed.');
  await expect(menu.problems()).toContainText(`documents[150].contentHash does not match the SHA-256 of the document's text ("${damaged.title}")`);
  await expect(menu.importDialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  await sources.expectCount(SEED_COUNT);
});
