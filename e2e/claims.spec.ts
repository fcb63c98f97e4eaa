import { expect, test } from './fixtures';
import { axe } from './pages/axe';
import { BrowserStorage } from './pages/browser-storage';
import { ClaimsPanel } from './pages/claims-panel';
import { SEED_SOURCE, seedChip } from './pages/seed-sources';

// Issue 5: an analyst records the invasion-date discrepancy as a claim with evidence from three
// sources, and finds it again after a reload.

const D001 = '001_8dfcd5823fdeecd6';
const D002 = '002_d2e03255e9355d12';
const D003 = '003_4abb5b22b4219653';
const D004 = '004_178e249b77d00c9e';
const SHOTS = '/tmp/cc-claims';

const FEB_2021 = 'invasion of Ukraine in February 2021';
const LAST_YEAR = 'invasion of Ukraine last year';
const A_YEAR_AGO = 'full-scale military assault on Ukraine a year ago';

test('a claim on the invasion date gathers evidence from three sources, survives a reload, and every step undoes', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D002);
  await claims.selectText(D002, FEB_2021);
  await page.screenshot({ path: `${SHOTS}/1-selection-toolbar.png` });
  await claims.pressShortcut('c');

  const claim = claims.card(FEB_2021);
  await expect(claim).toHaveCount(1);
  await expect(claims.selectedCard().getByLabel('Statement')).toHaveValue(FEB_2021);
  await expect(page.locator(`.app-main mark.hl-unverified[data-doc-id="${D002}"]`)).toHaveText(FEB_2021);

  await claims.openReader(D001);
  await claims.selectText(D001, LAST_YEAR);
  await claims.pressShortcut('a');
  await expect(claims.evidence(SEED_SOURCE['001'])).toHaveCount(1);
  await claims.setStance(SEED_SOURCE['001'], 'Contradicts');

  await claims.openReader(D004);
  await claims.selectText(D004, A_YEAR_AGO);
  await page.locator('.selection-toolbar').getByRole('button', { name: /^Add to: / }).click();
  await expect(claims.evidence(SEED_SOURCE['004'])).toHaveCount(1);
  await claims.pressShortcut('3');
  await expect(claim.locator('.status-badge')).toHaveText(/Discrepant/);
  await expect(page.locator(`.app-main mark.hl-discrepant[data-doc-id="${D004}"]`)).toHaveText(A_YEAR_AGO);
  await page.screenshot({ path: `${SHOTS}/2-claim-discrepant.png` });

  const evidenceCount = claims.selectedCard().locator('.evidence-item');
  const stance001 = claims.evidence(SEED_SOURCE['001']).getByRole('combobox');
  await claims.pressShortcut('Control+z');
  await expect(claim.locator('.status-badge')).toHaveText(/Unverified/);
  await claims.pressShortcut('Control+z');
  await expect(evidenceCount).toHaveCount(2);
  await claims.pressShortcut('Control+z');
  await expect(stance001).toHaveValue('mentions');
  await claims.pressShortcut('Control+z');
  await expect(evidenceCount).toHaveCount(1);
  await claims.pressShortcut('Control+z');
  await expect(claims.cards).toHaveCount(0);

  await claims.pressShortcut('Control+Shift+z');
  await expect(claims.selectedCard()).toHaveCount(1);
  await claims.pressShortcut('Control+y');
  await expect(evidenceCount).toHaveCount(2);
  await claims.pressShortcut('Control+Shift+z');
  await expect(stance001).toHaveValue('contradicts');
  await claims.panel.getByRole('button', { name: 'Redo' }).click();
  await expect(evidenceCount).toHaveCount(3);
  await claims.panel.getByRole('button', { name: 'Redo' }).click();
  await expect(claim.locator('.status-badge')).toHaveText(/Discrepant/);

  await page.reload();
  await expect(claim).toHaveCount(1);
  await expect(claim.locator('.status-badge')).toHaveText(/Discrepant/);
  // Undo reaches back to the page's opening only, and says so instead of doing nothing silently.
  const undoButton = claims.panel.getByRole('button', { name: 'Undo' });
  await expect(undoButton).toHaveAttribute('aria-disabled', 'true');
  await expect(undoButton).toHaveAttribute('title', /before a reload stay as they are/);
  await claims.pressShortcut('Control+z');
  await expect(claims.notice).toHaveText(/^Nothing to undo since this page was opened: .* edits made before a reload stay as they are\.$/);
  // aria-disabled, not disabled: the keyboard reaches it (Playwright's click waits for enabled).
  await claims.pressShortcut('a');
  await expect(claims.notice).toHaveText(/^Select some text in a source first/);
  await undoButton.focus();
  await page.keyboard.press('Enter');
  await expect(claims.notice).toHaveText(/edits made before a reload stay as they are/);
  // Said once: the status line only reads it out while the notice shows it.
  await expect.poll(() => claims.statusLine()).toEqual({ text: expect.stringContaining('edits made before a reload stay as they are'), shown: false });
  await expect(claim.locator('.status-badge')).toHaveText(/Discrepant/);
  await expect(claim.locator('.claim-source-count')).toHaveText([seedChip('002', 1), seedChip('001', 1), seedChip('004', 1)]);
  for (const [docId, phrase] of [
    [D002, FEB_2021],
    [D001, LAST_YEAR],
    [D004, A_YEAR_AGO],
  ] as const) {
    await claims.openReader(docId);
    await expect(page.locator(`.app-main mark.hl-discrepant[data-doc-id="${docId}"]`)).toHaveText(phrase);
  }

  await claim.locator('.claim-summary').click();
  await claims.evidence(SEED_SOURCE['001']).locator('.evidence-quote').click();
  await expect(page).toHaveURL(new RegExp(`#/read/${D001}$`));
  await expect(page.locator(`.app-main mark.hl-discrepant[data-doc-id="${D001}"]`)).toBeInViewport();
});

test('the claims panel filters by status, by source and by words', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D002);
  await claims.selectText(D002, FEB_2021);
  await claims.pressShortcut('c');
  await claims.pressShortcut('3');
  await claims.openReader(D003);
  await claims.selectText(D003, 'Lavrov');
  await claims.newClaimButton.click();
  await claims.pressShortcut('2');
  await expect(claims.cards).toHaveCount(2);

  await claims.filterBy('Status', 'Discrepant');
  await expect(claims.cards).toHaveCount(1);
  await expect(claims.card(FEB_2021)).toHaveCount(1);
  await claims.filterBy('Status', 'All');
  await claims.filterBy('Source', SEED_SOURCE['003']);
  await expect(claims.cards).toHaveCount(1);
  await expect(claims.card('Lavrov')).toHaveCount(1);
  await claims.filterBy('Source', 'All');
  await claims.search('february');
  await expect(claims.cards).toHaveCount(1);
  await expect(claims.panel.locator('.claims-count')).toHaveText('1 of 2');
  await page.screenshot({ path: `${SHOTS}/3-filters.png` });
});

test('pressing New claim without a selection explains what to do and creates nothing', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D002);
  await claims.newClaimButton.click();
  await expect(claims.notice).toHaveText(/Select some text in a source first/);
  await claims.pressShortcut('c');
  await expect(claims.notice).toHaveText(/Select some text in a source first/);
  await expect(claims.cards).toHaveCount(0);

  await page.goto(`/#/compare?docs=${D001},${D002}`);
  await expect(page.locator(`.app-main [data-doc-id="${D002}"]`).first()).toBeVisible();
  await claims.selectAcross(D001, D002);
  await claims.pressShortcut('c');
  await expect(claims.notice).toHaveText(/spans two sources/);
  await expect(claims.cards).toHaveCount(0);
});

test('two tabs show the same claims and follow each other’s edits', async ({ page, context }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D002);
  const other = await context.newPage();
  const otherClaims = new ClaimsPanel(other);
  await otherClaims.openReader(D001);

  await claims.selectText(D002, FEB_2021);
  await claims.pressShortcut('c');
  await expect(otherClaims.card(FEB_2021)).toHaveCount(1);

  await otherClaims.card(FEB_2021).locator('.claim-summary').click();
  await otherClaims.pressShortcut('2');
  await expect(claims.card(FEB_2021).locator('.status-badge')).toHaveText(/Consistent/);

  await claims.selectedCard().getByRole('button', { name: 'Delete claim' }).click();
  await expect(otherClaims.cards).toHaveCount(0);
});

test('the claims panel with a claim open has no serious accessibility problems', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D002);
  await claims.selectText(D002, FEB_2021);
  await claims.pressShortcut('c');
  await claims.selectedCard().getByPlaceholder('Add tag…').fill('dates');
  await claims.selectedCard().getByRole('button', { name: 'Add', exact: true }).click();
  await expect(claims.selectedCard().locator('.tag-chip')).toHaveText(['dates×']);
  const results = await axe(page).include('.app-side').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.locator('.app-side').screenshot({ path: `${SHOTS}/4-claim-editor.png` });
});

test('evidence from a removed source shows as orphaned with its quote and re-attaches when the source is restored', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D002);
  await claims.selectText(D002, FEB_2021);
  await claims.pressShortcut('c');
  await claims.openReader(D001);
  await claims.selectText(D001, LAST_YEAR);
  await claims.pressShortcut('a');

  await page.locator('.reader').getByRole('button', { name: 'Remove', exact: true }).click();
  await page.getByRole('button', { name: 'Remove document' }).click();
  const orphan = claims.selectedCard().locator('.evidence-item.is-orphaned');
  await expect(orphan.locator('.orphan-badge')).toHaveText('orphaned');
  await expect(orphan.locator('.orphan-quote')).toHaveText(LAST_YEAR);
  await expect(claims.selectedCard().locator('.claim-source-count')).toHaveText([seedChip('002', 1), seedChip('001', 1, true)]);
  await page.screenshot({ path: `${SHOTS}/5-orphaned.png` });

  await page.locator('.removal-banner').getByRole('button', { name: 'Undo' }).click();
  await expect(orphan).toHaveCount(0);
  await expect(page.locator(`.app-main mark.hl-unverified[data-doc-id="${D001}"]`)).toHaveText(LAST_YEAR);
});

test('a passage aligned with the claim in another source is added as evidence in one click', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D001);
  await claims.selectText(D001, LAST_YEAR);
  await claims.pressShortcut('c');
  const offer = claims.selectedCard().getByRole('button', { name: /^Add counterpart from / }).first();
  await expect(offer).toBeVisible({ timeout: 45_000 });
  const source = (await offer.textContent())!.replace('Add counterpart from ', '');
  await offer.click();
  await expect(claims.selectedCard().locator('.evidence-item')).toHaveCount(2);
  await expect(claims.evidence(source)).toHaveCount(1);
  await page.locator('.app-side').screenshot({ path: `${SHOTS}/6-counterpart-added.png` });
});

test('when the browser refuses to save, a banner says so, the claim stays, and it is saved once storage works again', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.injectFaults({ failWrites: true });
  const claims = new ClaimsPanel(page);
  await claims.openReader(D002);
  await claims.selectText(D002, FEB_2021);
  await claims.pressShortcut('c');
  const banner = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(banner).toContainText(/Changes to the story "China–Russia \(sample\)" are kept in this tab but could not be saved: the browser storage is full.*Retrying…/);
  await expect(claims.card(FEB_2021)).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/7-save-failure.png` });

  await storage.setFaults({ failWrites: false });
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await storage.setFaults({ failWrites: true });
  await page.reload();
  await expect(claims.card(FEB_2021)).toHaveCount(1);
});
