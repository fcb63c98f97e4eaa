import { expect, test } from '@playwright/test';
import { documentIdFor, generateLibrary, projectFile, type GeneratedDocument } from './pages/generated-library';
import { ExportMenu } from './pages/export-menu';
import { SourcesPanel } from './pages/sources-panel';
import { SuggestionsPanel } from './pages/suggestions-panel';

// Issue 18: views bounded by what is on screen. Suggestions renders only the cards in view and
// sums up a fact told by many sources; each claim is checked through what the analyst sees.

const STORIES = 30;
const REPRINTS = 7;

/** Each story's reprints give its toll; the last reprint misreads it. */
function stormReports(): GeneratedDocument[] {
  return generateLibrary(STORIES, REPRINTS).map((document, index) => {
    const story = Math.floor(index / REPRINTS);
    const killed = 12 + story + (index % REPRINTS === REPRINTS - 1 ? 9 : 0);
    const text = document.text.replace(/\n\n([^\n]+)\n/, (_line, paragraph: string) => `\n\n${paragraph} The storm killed ${killed} people.\n`);
    return { ...document, id: documentIdFor(document.title, text), text };
  });
}

test('Suggestions renders only the cards in view and sums up a toll told by six sources, listing them on demand', async ({ page }) => {
  test.setTimeout(150_000);
  const library = stormReports();
  const sources = new SourcesPanel(page);
  await sources.openApp();
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('storms.json', projectFile(library));
  await expect(menu.importDialog.locator('.import-summary')).toContainText(`Documents: ${library.length} new`, { timeout: 30_000 });
  await menu.confirmImport();

  const suggestions = new SuggestionsPanel(page);
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  const numbers = suggestions.panel.getByRole('heading', { name: /^Numbers \(\d+\)$/ });
  // The seeds' result shows until the analysis of the imported library replaces it.
  await expect(numbers).toHaveText(/\(\d{2,}\)$/, { timeout: 90_000 });
  const total = Number(/\((\d+)\)/.exec((await numbers.textContent()) ?? '')![1]);
  expect(total).toBeGreaterThanOrEqual(STORIES);
  // Far fewer cards in the page than findings: the list is virtual.
  expect(await suggestions.panel.locator('.finding-card').count()).toBeLessThan(total / 2);

  // Story 0's card is somewhere below the seeds' findings: scroll until the list renders it.
  const storm = suggestions.finding(/“12 people” agree/);
  await expect
    .poll(async () => {
      if ((await storm.count()) > 0) return true;
      await page.locator('.side-tabpanel').evaluate((panel) => panel.scrollBy({ top: 300 }));
      return false;
    })
    .toBe(true);
  await expect(storm.getByRole('list', { name: 'What the sources say' }).getByRole('listitem')).toHaveText([
    '12 people — 6 sources: Story 0 in the Border Daily, Story 0 in the Capital Post, Story 0 in the Evening Ledg… and 3 more',
  ]);
  await expect(storm.locator('.finding-mention')).toHaveCount(0);
  await storm.getByRole('button', { name: 'List the 6 mentions' }).click();
  await expect(storm.locator('.finding-mention')).toHaveCount(6);
  await expect(storm.locator('.finding-mention q').first()).toHaveText('12 people');
  await page.screenshot({ path: 'test-results/suggestions-summarised.png' });
  await storm.getByRole('button', { name: 'Hide the list' }).click();
  await expect(storm.locator('.finding-mention')).toHaveCount(0);

  // At the top the first card is rendered; scrolled to the end it is not, and the last card is.
  const side = page.locator('.side-tabpanel');
  await side.evaluate((element) => element.scrollTo({ top: 0 }));
  const first = await suggestions.panel.locator('.finding-card').first().getAttribute('data-finding-id');
  // Cards measured on the way down grow the list, so scroll until the end stays the end.
  await expect
    .poll(() => side.evaluate((element) => {
      element.scrollTo({ top: element.scrollHeight });
      return element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
    }))
    .toBe(true);
  await expect(suggestions.panel.locator(`.finding-card[data-finding-id="${first}"]`)).toHaveCount(0);
  await expect(suggestions.panel.locator('.finding-card').last()).toBeInViewport();
});
