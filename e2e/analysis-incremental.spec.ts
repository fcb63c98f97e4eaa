import { expect, test } from './fixtures';
import { addAfpReprint, afpReprintRow } from './pages/afp-reprint';
import { countAnalysisWorkers } from './pages/analysis-workers';
import { SourcesPanel } from './pages/sources-panel';

// Issue 18: adding a document to an analysed story analyses the story again in the worker that
// holds the last analysis, which reads only the new text (core/analyze-incremental.test.ts shows
// the result is the one a fresh analysis gives). A fresh worker would mean starting from zero.
// The seeds' own analysis is what these tests run, keep and store: none is stored beforehand.
test.use({ storedSeedAnalysis: false });

test('a document added to an analysed story is analysed in the worker that kept the last analysis', async ({ page }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp('#/overview');
  await sources.expectCount(5);
  await expect(page.locator('.heat-cell.is-hot').first()).toBeVisible({ timeout: 30_000 });
  await expect(afpReprintRow(page)).toHaveCount(0);

  const workers = countAnalysisWorkers(page);
  await addAfpReprint(page);
  await expect(afpReprintRow(page).locator('.heat-cell.is-hot').first()).toBeVisible({ timeout: 30_000 });
  expect(workers()).toBe(0);
});
