import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { axe } from './pages/axe';
import { ClaimsPanel } from './pages/claims-panel';
import { ExportMenu } from './pages/export-menu';
import { Reader } from './pages/reader';
import { SEED_SOURCE } from './pages/seed-sources';

// Issue 19: evidence stays on the words it was taken from when a text is replaced; a span that
// moved to another passage or was placed approximately is reported with a link and marked in its
// claim until the analyst confirms or re-selects it — never moved silently.

const D001 = '001_8dfcd5823fdeecd6';
const WORDS = 'strategic communication and coordination';
const EDITED = 'strategic communication and close coordination';
/** The lede is AFP's own sentence; Wang's quote further down repeats the cited words. */
const LEDE = 'China’s top diplomat said Thursday Beijing would strengthen ties';
const WANG = 'Wang was quoted as saying';
const NOTE = 'Editor’s note: this story was corrected to quote the foreign ministry’s statement in full.\n\n';
const SHOTS = '/tmp/cc-anchoring';

const corrected = (text: string) => NOTE + text.replace(`areas of ${WORDS}`, `areas of ${EDITED}`);
const withoutLede = (text: string) => text.replace(/^China’s top diplomat said Thursday.*$/m, '');

async function claimOnLede(page: Page): Promise<ClaimsPanel> {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D001);
  await claims.selectText(D001, WORDS);
  await claims.newClaimButton.click();
  await expect(claims.cards).toHaveCount(1);
  return claims;
}

async function expectSeriousAxeClean(page: Page, selector: string): Promise<void> {
  const results = await axe(page).include(selector).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

test('a corrected lede keeps its evidence, placed approximately and marked until confirmed; deleting the lede never moves it silently', async ({ page }) => {
  const claims = await claimOnLede(page);
  const reader = new Reader(page);

  await reader.replaceText(corrected);
  await expect(page.getByRole('status').filter({ hasText: 'Evidence:' })).toContainText('Evidence: 1 placed approximately — review.');
  const mark = page.locator(`.app-main mark[data-doc-id="${D001}"]`);
  await expect(mark).toHaveText(EDITED);
  await expect(reader.evidenceLine(D001)).toContainText(LEDE);
  await expect(reader.evidenceLine(D001)).not.toContainText(WANG);

  const report = claims.placementReports.getByRole('listitem').first();
  await expect(report).toContainText(`Text of ${SEED_SOURCE['001']} replaced. Evidence: 1 placed approximately — review.`);
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toHaveText(/^⚠ Placed approximately \(score 0\.\d\d\)$/);
  await report.screenshot({ path: `${SHOTS}/approximate-report.png` });
  await claims.evidence(SEED_SOURCE['001']).screenshot({ path: `${SHOTS}/approximate-mark.png` });
  await expectSeriousAxeClean(page, '.app-side');

  // The report's link opens the claim and shows the span in its source.
  await claims.selectedCard().locator('.claim-summary').click();
  await expect(claims.selectedCard()).toHaveCount(0);
  await report.getByRole('button', { name: `“${EDITED}” in “${WORDS}”` }).click();
  await expect(claims.selectedCard()).toHaveCount(1);
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toBeVisible();

  await page.reload();
  await claims.card(WORDS).locator('.claim-summary').click();
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toHaveText(/Placed approximately/);

  await expect(claims.card(WORDS).locator('.claim-summary')).toContainText('⚠ 1 to review');
  await claims.evidence(SEED_SOURCE['001']).getByRole('button', { name: /^Confirm the placement/ }).click();
  await expect(claims.card(WORDS).locator('.claim-summary')).not.toContainText('to review');
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toHaveCount(0);
  const file = JSON.parse((await new ExportMenu(page).download(/Crosscheck project/)).text) as { stories: Array<{ claims: Array<{ evidence: Array<{ placement?: { method: string; confirmedAt?: string } }> }> }> };
  const placement = file.stories[0]?.claims[0]?.evidence[0]?.placement;
  expect(placement?.method).toBe('fuzzy');
  expect(Number.isNaN(Date.parse(placement?.confirmedAt ?? ''))).toBe(false);
  await page.reload();
  await claims.card(WORDS).locator('.claim-summary').click();
  await expect(claims.evidence(SEED_SOURCE['001'])).toBeVisible();
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toHaveCount(0);
  await expect(reader.evidenceLine(D001)).toContainText(LEDE);

  // With the lede gone, only Wang's words are left: moved (for review) or orphaned, never silent.
  await reader.replaceText(withoutLede);
  await expect(page.getByRole('status').filter({ hasText: 'Evidence:' })).toContainText(/Evidence: 1 (moved to another passage — review|orphaned \(kept, with its quote\))\./);
  await expect(page.getByRole('status').filter({ hasText: 'Evidence:' })).not.toContainText('stayed in place');
  const moved = claims.evidence(SEED_SOURCE['001']);
  await expect(moved.locator('.placement-mark, .orphan-badge')).toHaveText([/Moved to another passage — review|orphaned/]);
});

test('a span whose passage was deleted is reported as moved, and re-selecting the right words clears its mark', async ({ page }) => {
  const claims = await claimOnLede(page);
  const reader = new Reader(page);
  await reader.replaceText(withoutLede);
  await expect(page.getByRole('status').filter({ hasText: 'Evidence:' })).toContainText('Evidence: 1 moved to another passage — review.');
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toHaveText('⚠ Moved to another passage — review');
  await expect(reader.evidenceLine(D001)).toContainText(WANG);
  await claims.placementReports.screenshot({ path: `${SHOTS}/moved-report.png` });
  await claims.selectedCard().screenshot({ path: `${SHOTS}/moved-mark.png` });

  const reselect = claims.evidence(SEED_SOURCE['001']).getByRole('button', { name: /^Re-select/ });
  await claims.selectText(D001, 'deepen ties');
  await reselect.click();
  await expect(claims.notice).toHaveText(`Evidence from ${SEED_SOURCE['001']} re-selected.`);
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toHaveCount(0);
  await expect(page.locator(`.app-main mark[data-doc-id="${D001}"]`)).toHaveText('deepen ties');
  await page.reload();
  await claims.card(WORDS).locator('.claim-summary').click();
  await expect(claims.evidence(SEED_SOURCE['001'])).toContainText('deepen ties');
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toHaveCount(0);
});

test('a text replaced in another tab brings the report and the mark there too', async ({ page, context }) => {
  const claims = await claimOnLede(page);
  const other = await context.newPage();
  const otherClaims = new ClaimsPanel(other);
  await otherClaims.openReader(D001);
  await expect(otherClaims.cards).toHaveCount(1);

  await new Reader(page).replaceText(corrected);
  await expect(claims.placementReports).toContainText('1 placed approximately — review');
  await expect(otherClaims.placementReports).toContainText(`Text of ${SEED_SOURCE['001']} replaced. Evidence: 1 placed approximately — review.`);
  await otherClaims.placementReports.getByRole('button', { name: new RegExp(`^“${EDITED}”`) }).click();
  await expect(otherClaims.reviewMark(SEED_SOURCE['001'])).toHaveText(/Placed approximately \(score 0\.\d\d\)/);
  await expect(new Reader(other).evidenceLine(D001)).toContainText(LEDE);
});

test('Web Annotations made on the original text are placed approximately in a corrected one, shown in the preview and marked', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await claims.openReader(D001);
  await new Reader(page).replaceText(corrected);

  // As another annotation tool would write it, on the text as first published.
  const original = readFileSync(new URL(`../seeds/${D001}.txt`, import.meta.url), 'utf8');
  const start = original.indexOf(WORDS);
  const codePoints = (text: string) => Array.from(text).length;
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://annotations.example/lede',
    body: { type: 'TextualBody', value: 'Beijing and Moscow deepen coordination' },
    target: {
      source: `urn:crosscheck:doc-id:${D001}`,
      selector: [
        { type: 'TextQuoteSelector', exact: WORDS, prefix: original.slice(start - 32, start), suffix: original.slice(start + WORDS.length, start + WORDS.length + 32) },
        { type: 'TextPositionSelector', start: codePoints(original.slice(0, start)), end: codePoints(original.slice(0, start + WORDS.length)) },
      ],
    },
  };
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('lede.jsonld', JSON.stringify(annotation));
  const preview = menu.importDialog.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Evidence placed in your library’s texts: 1 placed approximately — review.');
  await menu.confirmImport();

  await expect(claims.placementReports).toContainText('Imported annotations placed in the library’s texts: 1 placed approximately — review.');
  await claims.placementReports.getByRole('button', { name: new RegExp(`^“${EDITED}”`) }).click();
  await expect(claims.reviewMark(SEED_SOURCE['001'])).toHaveText(/Placed approximately/);
  await expect(new Reader(page).evidenceLine(D001)).toContainText(LEDE);
});
