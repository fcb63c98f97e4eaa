import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from './fixtures';
import { axe } from './pages/axe';
import { ClaimsPanel } from './pages/claims-panel';
import { ExportMenu } from './pages/export-menu';
import { claimsOverSeeds } from './pages/generated-claims';
import { tabTo } from './pages/keyboard';

// Issues 12 and 18: a story with thousands of claims. The claims list renders only the cards on
// screen, and still does everything the full list did: keys, focus, editing, finding a claim from
// its highlight, and what screen readers are told.

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));
const CLAIMS = 3_000;
const project = claimsOverSeeds(CLAIMS, SEEDS);
const SHOTS = '/tmp/cc-claims-scale';
/** More cards than could ever fit on screen, fewer than a list rendering every claim would hold. */
const MOST_CARDS_RENDERED = 60;

async function importClaims(page: Page): Promise<ClaimsPanel> {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Sources (5)' })).toBeVisible();
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('claims.json', project.json);
  await menu.confirmImport();
  const claims = new ClaimsPanel(page);
  await expect(claims.panel.locator('.claims-count')).toHaveText(String(CLAIMS));
  return claims;
}

test('a claim far down 3,000 is reached by keyboard, its status and note set, and both survive a reload', async ({ page }) => {
  const claims = await importClaims(page);
  expect(await claims.cards.count()).toBeLessThan(MOST_CARDS_RENDERED);

  // Newest first: End goes to the oldest claim, PageUp and ↑ climb from there.
  await tabTo(page, claims.cards.first().locator('.claim-summary'));
  await page.keyboard.press('End');
  const oldest = claims.card(project.claims[0]!.statement);
  await expect(oldest.locator('.claim-summary')).toBeFocused();
  await expect(oldest).toBeInViewport();
  await expect(oldest).toHaveAttribute('aria-posinset', String(CLAIMS));
  for (let page10 = 0; page10 < 3; page10 += 1) await page.keyboard.press('PageUp');
  for (let step = 0; step < 9; step += 1) await page.keyboard.press('ArrowUp');
  const target = project.claims[39]!;
  const card = claims.card(target.statement);
  await expect(card.locator('.claim-summary')).toBeFocused();
  await expect(card).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(card.locator('.claim-summary')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('3');
  await expect(card.locator('.status-badge')).toHaveText(/Discrepant/);
  const note = card.getByLabel('Note');
  await tabTo(page, note);
  await page.keyboard.type('Checked against the agency’s own release.');
  // The caret stays in the note while the list around it re-renders.
  await expect(note).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(claims.panel.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /edit note/);
  await page.locator('.app-side').screenshot({ path: `${SHOTS}/1-far-claim-edited.png` });

  await page.reload();
  await expect(claims.panel.locator('.claims-count')).toHaveText(String(CLAIMS));
  await claims.search(target.statement);
  await expect(claims.cards).toHaveCount(1);
  await expect(card.locator('.status-badge')).toHaveText(/Discrepant/);
  await card.locator('.claim-summary').click();
  await expect(card.getByLabel('Note')).toHaveValue('Checked against the agency’s own release.');
});

test('clicking a highlight opens its claim, scrolled into view from the other end of the list', async ({ page }) => {
  const claims = await importClaims(page);
  await tabTo(page, claims.cards.first().locator('.claim-summary'));
  await page.keyboard.press('End');
  await expect(claims.card(project.claims[0]!.statement)).toBeInViewport();

  // The newest claim cites these words; its card is at the top, far out of view now.
  const newest = project.claims.at(-1)!;
  await claims.openReader(newest.docId);
  const mark = page.locator(`.app-main mark[data-doc-id="${newest.docId}"][data-start="${newest.start}"]`).first();
  await mark.click();
  const opened = claims.selectedCard();
  await expect(opened).toHaveCount(1);
  await expect(opened).toBeInViewport();
  await expect(opened.locator('.claim-summary')).toBeFocused();
  await expect(opened.locator('.evidence-quote')).toContainText(newest.quote);
  await page.screenshot({ path: `${SHOTS}/2-opened-from-highlight.png` });
});

test('the list of 3,000 says each card’s place and has no serious accessibility problems', async ({ page }) => {
  const claims = await importClaims(page);
  await expect(claims.cards.first()).toHaveAttribute('aria-posinset', '1');
  await expect(claims.cards.first()).toHaveAttribute('aria-setsize', String(CLAIMS));
  await claims.cards.first().locator('.claim-summary').click();
  await expect(claims.selectedCard().getByLabel('Note')).toBeVisible();
  const results = await axe(page).include('.app-side').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
