import { expect, test, type Page } from './fixtures';
import { addAfpReprint, afpReprintRow } from './pages/afp-reprint';
import { watchAnalysisRuns } from './pages/analysis-workers';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';
import { SuggestionsPanel } from './pages/suggestions-panel';

// Issue 18: the state an analysis keeps for the next one is stored with its result, so after a
// reload the first document added is the only one read (core/analyze-incremental.test.ts shows
// a run from the stored state equals a fresh run). A date edited changes no text, so the kept
// alignment is taken over and only the findings a publication date decides are looked for again
// (the findings memo), after a reload too: the state stored holds both.
// The seeds' own analysis is what these tests run, keep and store: none is stored beforehand.
test.use({ storedSeedAnalysis: false });

/** The seed story's Overview, once its analysis shows. */
async function openAnalysed(page: Page): Promise<SourcesPanel> {
  const sources = new SourcesPanel(page);
  await sources.openApp('#/overview');
  await sources.expectCount(5);
  await expect(page.locator('.heat-cell.is-hot').first()).toBeVisible({ timeout: 30_000 });
  return sources;
}

/** The seed story analysed, then reloaded; the analyses run from the reload on are watched. */
async function analysedAndReloaded(page: Page): Promise<ReturnType<typeof watchAnalysisRuns>> {
  const sources = await openAnalysed(page);
  const analyses = watchAnalysisRuns(page);
  await page.reload();
  await sources.expectCount(5);
  return analyses;
}

test('after a reload, a document added to an analysed story is the only one the analysis reads', async ({ page }) => {
  const analyses = await analysedAndReloaded(page);
  await addAfpReprint(page);
  await expect(afpReprintRow(page).locator('.heat-cell.is-hot').first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(analyses.runs).toEqual([{ documents: 6, read: 1, aligned: true, redatedOnly: false }]);
});

test('a publication date edited on an analysed story reads no document and keeps the alignment', async ({ page }) => {
  const analyses = watchAnalysisRuns(page);
  await openAnalysed(page);
  await expect.poll(analyses.runs).toEqual([{ documents: 5, read: 5, aligned: true, redatedOnly: false }]);

  await page.goto('/#/read/003_4abb5b22b4219653');
  const reader = new Reader(page);
  await reader.editDetails({ published: '2023-07-20' });
  await expect(reader.detail('Published')).toContainText('20 Jul 2023');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview', exact: true }).click();
  await expect(page.locator('.heat-cell.is-hot').first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(analyses.runs).toEqual([
    { documents: 5, read: 5, aligned: true, redatedOnly: false },
    { documents: 5, read: 0, aligned: false, redatedOnly: true },
  ]);
});

test('after a reload, a publication date edited keeps the alignment and the findings no date decides, and the suggestion follows the date', async ({ page }) => {
  const analyses = await analysedAndReloaded(page);
  await page.goto('/#/read/001_8dfcd5823fdeecd6');
  const reader = new Reader(page);
  await reader.editDetails({ published: '2024-07-13' });
  await expect(reader.detail('Published')).toContainText('13 Jul 2024');
  const suggestions = new SuggestionsPanel(page);
  await suggestions.open();
  // 001's "last year" is read against its new date.
  await expect(suggestions.panel.locator('.finding-detail', { hasText: /published 2024-07-13 → 2023/ })).toHaveCount(1);
  await expect.poll(analyses.runs).toEqual([{ documents: 5, read: 0, aligned: false, redatedOnly: true }]);
});
