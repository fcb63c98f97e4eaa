import { expect, test } from './fixtures';
import { documentIdFor, generateLibrary, projectFile, type GeneratedDocument } from './pages/generated-library';
import { ClaimsPanel } from './pages/claims-panel';
import { importLibrary } from './pages/import-library';
import { ExportMenu } from './pages/export-menu';
import { Reader } from './pages/reader';
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
  await importLibrary(page, 'storms.json', library);

  const suggestions = new SuggestionsPanel(page);
  await page.getByRole('tab', { name: 'Suggestions' }).click();
  // Every storm's toll agrees across its sources: the findings are consistent, folded into a count (issue 11).
  const consistent = suggestions.panel.getByRole('button', { name: /^Show consistent \(\d+\)$/ });
  // The seeds' result shows until the analysis of the imported library replaces it.
  await expect(consistent).toHaveText(/\(\d{2,}\)$/, { timeout: 90_000 });
  const total = await suggestions.showConsistent();
  expect(total).toBeGreaterThanOrEqual(STORIES);
  // Far fewer cards in the page than findings: the list is virtual.
  expect(await suggestions.panel.locator('.finding-card').count()).toBeLessThan(total / 2);

  // Story 0's card is somewhere below the seeds' findings: scroll until the list renders it (a step
  // per poll; on a loaded machine the default 10 s of polling did not always reach it).
  const storm = suggestions.finding(/“12 people” agree/);
  await expect
    .poll(async () => {
      if ((await storm.count()) > 0) return true;
      await page.locator('.side-tabpanel').evaluate((panel) => panel.scrollBy({ top: 300 }));
      return false;
    }, { timeout: 60_000 })
    .toBe(true);
  await expect(storm.getByRole('list', { name: 'What the sources say' }).getByRole('listitem')).toHaveText([
    '12 people — 6 sources: Border Daily · Story 0 in the Border Daily, Capital Post · Story 0 in the Capital Post, Evening Ledger · Story 0 in the Evening Ledger and 3 more',
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

/** Minutes of a long meeting, just under the 10 MB the app accepts, with one sentence near the end to find. */
const NEEDLE = 'the quartermaster signed the harbour ledger at dawn';
function longMinutes(): string {
  const words = 'council member motion budget harbour road school vote amendment clause report committee district water levy'.split(' ');
  let state = 7;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const paragraphs: string[] = [];
  for (let length = 0; length < 9_400_000; ) {
    const sentence = Array.from({ length: 12 + next(10) }, () => words[next(words.length)]!).join(' ');
    const paragraph = `Item ${paragraphs.length + 1}: ${sentence}, and ${sentence.split(' ').reverse().join(' ')}.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  paragraphs.splice(paragraphs.length - 40, 0, `At the close ${NEEDLE}, and the session ended.`);
  return `Minutes of the long session\n\n${paragraphs.join('\n\n')}\n`;
}

test('a 10 MB document opens with only the lines on screen in the page; find selects a sentence near its end, c makes it a claim, Show in source brings it back', async ({ page }) => {
  test.setTimeout(150_000);
  const title = 'Minutes of the long session';
  const text = longMinutes();
  const sources = new SourcesPanel(page);
  await sources.openApp();
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('minutes.json', projectFile([{ id: documentIdFor(title, text), title, outlet: 'Council', text }]));
  await menu.confirmImport();

  await sources.link(title).click();
  const reader = new Reader(page);
  await reader.expectOpen(title);
  await expect(reader.lines.first()).toHaveText(title);
  expect(await reader.lines.count()).toBeLessThan(100);

  await reader.lines.first().focus();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Find and select' })).toBeFocused();
  await page.keyboard.type(NEEDLE);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(NEEDLE);
  const found = reader.lines.filter({ hasText: NEEDLE });
  await expect(found).toBeInViewport();
  await expect(found).toBeFocused();

  const claims = new ClaimsPanel(page);
  await claims.pressShortcut('c');
  await expect(claims.selectedCard().getByLabel('Statement')).toHaveValue(NEEDLE);

  await page.locator('.app-main').evaluate((main) => main.scrollTo({ top: 0 }));
  await expect(reader.lines.first()).toBeInViewport();
  // The found line stays in the page only as the keyboard's tab stop.
  await expect(found).not.toBeInViewport();
  expect(await reader.lines.count()).toBeLessThan(100);
  await claims.selectedCard().locator('.evidence-item').getByRole('button', { name: /Show in source/ }).click();
  await expect(page.locator('.app-main mark.hl-focus')).toHaveText(NEEDLE);
  await expect(page.locator('.app-main mark.hl-focus')).toBeInViewport();
  await page.screenshot({ path: 'test-results/reader-10mb.png' });
});
