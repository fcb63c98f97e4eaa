import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { axe } from './pages/axe';
import { addDocumentFiles, CompareView } from './pages/compare-view';
import { ClaimsPanel } from './pages/claims-panel';
import { SEED_SOURCE, seedPairCell } from './pages/seed-sources';

// Issue 4: comparing sources side by side, and the overview of how much they share.

const FRENCH_AFP = { id: '000_900e33a0770657f5', title: 'Wang Yi says China will strengthen its ties with Russia' };
const ENGLISH_AFP = { id: '001_8dfcd5823fdeecd6', title: 'China’s top diplomat says Beijing, Moscow to deepen ties' };

async function seriousViolations(page: import('@playwright/test').Page) {
  const { violations } = await axe(page).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('two translations of one dispatch line up paragraph by paragraph, with changed names marked', async ({ page }) => {
  const compare = new CompareView(page);
  await page.goto('/');
  await compare.chooseInSourcesPanel([FRENCH_AFP.title, ENGLISH_AFP.title]);
  await expect(page).toHaveURL(new RegExp(`docs=${FRENCH_AFP.id},${ENGLISH_AFP.id}`));
  // Page furniture is folded by default (issue 15); this story reads it unfolded.
  await compare.showFurniture();

  const rows = await compare.collectRows();
  const aligned = rows.filter((row) => !row.badge.startsWith('only in'));
  expect(aligned.length).toBeGreaterThanOrEqual(9);

  const lavrov = aligned.find((row) => row.text.includes('Sergey Lavrov'));
  expect(lavrov, 'the paragraph naming Sergey Lavrov is paired').toBeDefined();
  const lavrovRow = await compare.row(lavrov!.index);
  await expect(lavrovRow.locator('del', { hasText: 'Sergey' })).toBeVisible();
  await expect(lavrovRow.locator('ins', { hasText: 'Sergei' })).toBeVisible();

  // The "Read also" link lines are page furniture of one source: never in a row with the other.
  const readAlso = rows.filter((row) => row.text.includes('Read also:'));
  expect(readAlso.flatMap((row) => row.text.match(/Read also:/g) ?? [])).toHaveLength(3);
  for (const row of readAlso) expect(row.badge).toBe(`only in ${SEED_SOURCE['000']}`);

  expect(await seriousViolations(page)).toEqual([]);
});

test('text selected in a diffed cell becomes claim evidence with the source’s exact words', async ({ page }) => {
  const compare = new CompareView(page);
  const claims = new ClaimsPanel(page);
  await compare.open([FRENCH_AFP.id, ENGLISH_AFP.id]);
  const rows = await compare.collectRows();
  const lavrov = rows.find((row) => row.text.includes('Sergey Lavrov') && row.text.includes('Sergei Lavrov'));
  await compare.row(lavrov!.index);
  await claims.selectText(ENGLISH_AFP.id, 'Minister Sergei Lavrov on the sidelines');
  await claims.pressShortcut('c');
  await expect(claims.selectedCard()).toContainText('Minister Sergei Lavrov on the sidelines');
});

test('j and k move between rows, and a reload keeps the view with its options', async ({ page }) => {
  const compare = new CompareView(page);
  await compare.open([FRENCH_AFP.id, ENGLISH_AFP.id], '&ignore=case&furniture=hide');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  expect(await compare.activeRowNumber()).toBe(1);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  expect(await compare.activeRowNumber()).toBe(3);
  await expect(compare.activeRow()).toBeFocused();
  await page.keyboard.press('k');
  expect(await compare.activeRowNumber()).toBe(2);
  await page.keyboard.press('Alt+2');
  await expect(compare.activeRow().locator('[data-column="2"]')).toBeFocused();

  await page.reload();
  await compare.waitForRows();
  await expect(page.getByRole('checkbox', { name: 'Ignore case' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Hide page furniture' })).toBeChecked();
  await expect(compare.rows.filter({ hasText: 'Read also:' })).toHaveCount(0);
});

test('the overview shows the two AFP versions as the closest pair and opens them side by side', async ({ page }) => {
  await page.goto('/#/overview');
  const cells = page.locator('button.heat-cell');
  await expect(cells.first()).toBeVisible({ timeout: 30_000 });
  const hottest = await cells.evaluateAll((buttons) =>
    buttons
      .filter((b) => b.dataset.row !== b.dataset.column)
      .map((b) => ({ row: b.dataset.row!, column: b.dataset.column!, share: Number(b.dataset.share) }))
      .sort((a, b) => b.share - a.share)[0],
  );
  expect([hottest!.row, hottest!.column].sort()).toEqual([FRENCH_AFP.id, ENGLISH_AFP.id]);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: seedPairCell('000', '001') }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?docs=${FRENCH_AFP.id},${ENGLISH_AFP.id}`));
  await new CompareView(page).waitForRows();
});

/** About 200 KB: the seed's paragraphs repeated, each copy numbered so copies differ a little. */
function longVersionOf(seedFile: string, title: string): string {
  const paragraphs = readFileSync(`seeds/${seedFile}`, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const copies: string[] = [];
  for (let copy = 1; copies.join('\n\n').length < 200_000; copy += 1) copies.push(...paragraphs.map((p) => `${p} (Update ${copy}.)`));
  return `${title}\n\n${copies.join('\n\n')}\n`;
}

// Speed is measured by benchmarks, not asserted here: this checks that scrolling through two long
// documents keeps only the rows on screen in the page and always shows rows where the view is.
test('two 200 KB documents open side by side and stay virtualised while scrolled through', async ({ page }) => {
  test.setTimeout(180_000);
  const compare = new CompareView(page);
  await page.goto('/');
  await expect(page.getByRole('checkbox', { name: `Select ${FRENCH_AFP.title} for comparison` })).toBeVisible();
  await addDocumentFiles(page, [
    { name: 'long-french-afp.txt', text: longVersionOf(`${FRENCH_AFP.id}.txt`, 'Long French AFP') },
    { name: 'long-english-afp.txt', text: longVersionOf(`${ENGLISH_AFP.id}.txt`, 'Long English AFP') },
  ]);
  await compare.chooseInSourcesPanel(['Long French AFP', 'Long English AFP']);

  expect(await compare.rows.count()).toBeLessThan(60);
  const steps = await page.locator('.compare-scroll').evaluate(async (scroller) => {
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const seen: Array<{ rows: number; onScreen: boolean }> = [];
    for (let step = 0; step < 30; step += 1) {
      scroller.scrollTop += scroller.clientHeight * 2;
      await frame();
      await frame();
      const box = scroller.getBoundingClientRect();
      const rows = [...scroller.querySelectorAll('[role="listitem"]')];
      const onScreen = rows.some((row) => {
        const r = row.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      });
      seen.push({ rows: rows.length, onScreen });
    }
    return seen;
  });
  for (const step of steps) {
    expect(step.rows).toBeLessThan(60);
    expect(step.onScreen).toBe(true);
  }
});

test('page furniture is left out of alignment until the analyst asks to align it too', async ({ page }) => {
  const compare = new CompareView(page);
  await page.goto('/');
  await compare.open([FRENCH_AFP.id, ENGLISH_AFP.id]);
  const alignFurniture = page.getByRole('checkbox', { name: 'Align page furniture too' });
  await expect(alignFurniture).not.toBeChecked();
  await expect(page.locator('.compare-row.is-furniture').first()).toBeVisible();

  await alignFurniture.check();
  await expect(page).toHaveURL(/align=furniture/);
  await compare.waitForRows();
  await page.reload();
  await compare.waitForRows();
  await expect(page.getByRole('checkbox', { name: 'Align page furniture too' })).toBeChecked();

  await page.getByRole('checkbox', { name: 'Hide page furniture' }).check();
  await expect(page.getByRole('checkbox', { name: 'Align page furniture too' })).toBeDisabled();
  await expect(page.locator('.compare-row.is-furniture')).toHaveCount(0);
});
