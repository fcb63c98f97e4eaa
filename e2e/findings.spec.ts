import { expect, test, type Page } from './fixtures';
import { axe } from './pages/axe';
import { ClaimsPanel } from './pages/claims-panel';
import { SuggestionsPanel } from './pages/suggestions-panel';
import { SEED_SOURCE } from './pages/seed-sources';

// Suggestions and the timeline (issue 6.5), told as an analyst meets them on the seed corpus.

const D001 = '001_8dfcd5823fdeecd6';
const D002 = '002_d2e03255e9355d12';
const INVASION = /invasion of Ukraine/i;
const SHOTS = '/tmp/cc-export';

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await axe(page).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Through the reader's "Edit details" form (the field's accessible name carries its hint). */
async function editPublicationDate(page: Page, date: string): Promise<void> {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Edit details' }).click();
  const form = main.getByRole('form', { name: 'Edit details' });
  await form.getByLabel(/^Publication date/).fill(date);
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toHaveCount(0);
}

function summaryText(suggestions: SuggestionsPanel) {
  return suggestions.finding(INVASION).locator('.finding-detail');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/#/');
});

test('the invasion-date suggestion points at each source and, accepted, becomes a Discrepant claim with evidence from 002, 001 and 004', async ({ page }) => {
  const suggestions = new SuggestionsPanel(page);
  await suggestions.open();
  const finding = suggestions.finding(INVASION);
  await expect(finding.locator('.status-badge')).toHaveText(/Discrepant/);
  await expect(finding.locator('.finding-mention q')).toHaveText(['“last year”', '“February 2021”', '“a year ago”'].map((q) => q.slice(1, -1)));
  await page.screenshot({ path: `${SHOTS}/suggestions.png` });

  await finding.locator('.finding-mention', { hasText: 'February 2021' }).click();
  await expect(page).toHaveURL(new RegExp(`#/read/${D002}$`));
  await expect(page.locator(`.app-main mark.hl-focus[data-doc-id="${D002}"]`)).toHaveText('February 2021');

  await suggestions.accept(INVASION);
  await expect(page.getByRole('tab', { name: 'Claims' })).toHaveAttribute('aria-selected', 'true');
  const claims = new ClaimsPanel(page);
  const card = claims.selectedCard();
  await expect(card.locator('.status-badge')).toHaveText(/Discrepant/);
  await expect(card.getByLabel('Statement')).toHaveValue('Sources disagree on the date of the invasion of Ukraine: February 2021 vs 2022');
  await expect(card.locator('.evidence-item')).toHaveCount(3);
  await expect(claims.evidence(SEED_SOURCE['002']).getByRole('combobox')).toHaveValue('contradicts');
  await expect(claims.evidence(SEED_SOURCE['001']).getByRole('combobox')).toHaveValue('supports');
  await expect(claims.evidence(SEED_SOURCE['004']).getByRole('combobox')).toHaveValue('supports');

  await page.getByRole('tab', { name: 'Suggestions' }).click();
  await expect(finding.getByRole('button', { name: /Accepted: show claim/ })).toBeVisible();
  await expect(finding.getByRole('button', { name: 'Accept', exact: true })).toHaveCount(0);
});

test('a dismissed suggestion leaves the list, stays dismissed after a reload, and comes back with Restore', async ({ page }) => {
  const suggestions = new SuggestionsPanel(page);
  await suggestions.open();
  await suggestions.dismiss(INVASION);
  await expect(suggestions.finding(INVASION)).toHaveCount(0);

  await page.reload();
  await suggestions.open();
  await expect(suggestions.finding(INVASION)).toHaveCount(0);
  await suggestions.showDismissed();
  await expect(suggestions.dismissedFinding(INVASION)).toHaveCount(1);
  await suggestions.restore(INVASION);
  await expect(suggestions.finding(INVASION)).toHaveCount(1);
  await expect(suggestions.panel.getByRole('button', { name: /Show dismissed/ })).toHaveCount(0);
});

test('the timeline marks the conflicting invasion dates and each mark leads to its text', async ({ page }) => {
  await page.goto('/#/timeline');
  const conflicts = page.locator('.timeline-mark.is-conflict');
  await expect(conflicts).toHaveCount(3, { timeout: 45_000 });
  await expect(page.locator('.timeline-lane')).toHaveCount(5);
  await expect(page.locator('.timeline-published')).toHaveCount(5);
  await expect(page.locator('.timeline-conflicts')).toContainText('February 2021');
  await page.screenshot({ path: `${SHOTS}/timeline.png`, fullPage: true });

  const mark002 = page.locator(`.timeline-mark.is-conflict[data-mark-doc="${D002}"]`);
  await expect(mark002).toHaveAttribute('aria-label', /“February 2021”.*Feb 2021\. Conflict: Invasion of Ukraine/);
  await mark002.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/read/${D002}$`));
  await expect(page.locator(`.app-main mark.hl-focus[data-doc-id="${D002}"]`)).toHaveText('February 2021');
});

test("changing 001's publication date moves its “last year” on the timeline and in the suggestion", async ({ page }) => {
  const suggestions = new SuggestionsPanel(page);
  await suggestions.open();
  await expect(summaryText(suggestions)).toContainText('published 2023-07-13 → 2022');
  await page.goto('/#/timeline');
  const lastYear = page.locator(`.timeline-mark[data-mark-doc="${D001}"]`).filter({ hasText: 'last year' });
  await expect(lastYear).toHaveAttribute('aria-label', /“last year”.*: 2022\./);

  await page.goto(`/#/read/${D001}`);
  await editPublicationDate(page, '2024-07-13');
  await page.goto('/#/timeline');
  await expect(page.locator(`.timeline-mark[data-mark-doc="${D001}"]`).filter({ hasText: 'last year' })).toHaveAttribute('aria-label', /“last year”.*: 2023\./);
  await suggestions.open();
  await expect(suggestions.panel.locator('.finding-detail', { hasText: /published 2024-07-13 → 2023/ })).toHaveCount(1);
});

test('the suggestions panel and the timeline have no serious accessibility problems', async ({ page }) => {
  const suggestions = new SuggestionsPanel(page);
  await suggestions.open();
  await suggestions.dismiss(INVASION);
  await suggestions.showDismissed();
  expect(await seriousViolations(page, '.app-side')).toEqual([]);
  await page.goto('/#/timeline');
  await expect(page.locator('.timeline-mark').first()).toBeVisible();
  expect(await seriousViolations(page, '.app-main')).toEqual([]);
});
