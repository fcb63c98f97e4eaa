import { expect, test } from './fixtures';
import { SEED_SOURCE } from './pages/seed-sources';
import { SuggestionsPanel } from './pages/suggestions-panel';

// Issue 11, triage: what needs a look comes first; what agrees is a count to open on demand.

test('suggestions list the discrepant date first, then variants, with the consistent ones folded into a count that expands', async ({ page }) => {
  await page.goto('/#/');
  const suggestions = new SuggestionsPanel(page);
  await suggestions.open();
  const headings = suggestions.panel.locator('.finding-group h2');
  await expect(headings).toHaveText([/^Discrepant \(1\)$/, /^Variants \(\d+\)$/]);
  const cards = suggestions.panel.locator('.finding-card');
  await expect(cards.first().locator('.finding-summary')).toContainText(
    `Sources disagree on the date of the invasion of Ukraine: February 2021 (${SEED_SOURCE['002']}) vs 2022 (${SEED_SOURCE['001']}, ${SEED_SOURCE['004']})`,
  );
  await expect(suggestions.finding(/Sergei Lavrov/)).toHaveAttribute('data-verdict', 'variant');
  // A quotation is shown with the marks its source wrote, not inside the browser's marks too (““…””).
  const quoteCard = suggestions.finding(/word a quote by Wang Yi differently/).first();
  await expect(quoteCard.locator('.finding-mention .quoted').first()).toBeVisible();
  await expect(quoteCard.locator('.finding-mention q').filter({ hasText: /^\s*["“”]/ })).toHaveCount(0);
  // One the source opened and never closed (“the right direction … the stability in the region.) keeps its one mark.
  const unclosed = (await suggestions.reveal(/the right direction of cooperation/)).first();
  await expect(unclosed.locator('.finding-mention .quoted').filter({ hasText: /^\s*“the right direction/ })).toHaveCount(1);
  await expect(unclosed.locator('.finding-mention q')).toHaveCount(0);
  await expect(suggestions.panel.locator('.finding-card[data-verdict="consistent"]')).toHaveCount(0);

  expect(await suggestions.showConsistent()).toBeGreaterThan(0);
  // The list is virtualised: the first consistent cards are in the page, the rest as it scrolls.
  await expect(suggestions.panel.locator('.finding-card[data-verdict="consistent"]').first()).toBeVisible();
  await page.screenshot({ path: '/tmp/cc-export/suggestions-triage.png' });
});
