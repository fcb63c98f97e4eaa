import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { countAnalysisWorkers } from './pages/analysis-workers';
import { SourcesPanel } from './pages/sources-panel';

// Issue 18: adding a document to an analysed story analyses the story again in the worker that
// holds the last analysis, which reads only the new text (core/analyze-incremental.test.ts shows
// the result is the one a fresh analysis gives). A fresh worker would mean starting from zero.

/** The AFP dispatch as another outlet runs it: its first six paragraphs, with a line of its own. */
const REPRINT = [
  ...readFileSync(join(import.meta.dirname, '../seeds/001_8dfcd5823fdeecd6.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 80)
    .slice(0, 6),
  'This dispatch was edited by our news desk.',
].join('\n\n');

test('a document added to an analysed story is analysed in the worker that kept the last analysis', async ({ page }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp('#/overview');
  await sources.expectCount(5);
  const rows = page.locator('.heat-map tbody tr');
  await expect(page.locator('.heat-cell.is-hot').first()).toBeVisible({ timeout: 30_000 });
  await expect(rows.filter({ hasText: 'Reprint of the AFP dispatch' })).toHaveCount(0);

  const workers = countAnalysisWorkers(page);
  const add = new AddDocumentDialog(page);
  await add.open();
  await add.paste({ text: REPRINT, title: 'Reprint of the AFP dispatch', published: '2023-07-14' });
  await add.submitPaste();
  await sources.expectCount(6);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview', exact: true }).click();

  const reprint = rows.filter({ hasText: 'Reprint of the AFP dispatch' });
  await expect(reprint.locator('.heat-cell.is-hot').first()).toBeVisible({ timeout: 30_000 });
  expect(workers()).toBe(0);
});
