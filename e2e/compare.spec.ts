import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CompareView } from './pages/compare-view';

// Issue 4: comparing sources side by side, and the overview of how much they share.

const FRENCH_AFP = { id: '000_900e33a0770657f5', title: 'Wang Yi says China will strengthen its ties with Russia' };
const ENGLISH_AFP = { id: '001_8dfcd5823fdeecd6', title: 'China’s top diplomat says Beijing, Moscow to deepen ties' };

async function seriousViolations(page: import('@playwright/test').Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('two translations of one dispatch line up paragraph by paragraph, with changed names marked', async ({ page }) => {
  const compare = new CompareView(page);
  await page.goto('/');
  await compare.chooseInSourcesPanel([FRENCH_AFP.title, ENGLISH_AFP.title]);
  await expect(page).toHaveURL(new RegExp(`docs=${FRENCH_AFP.id},${ENGLISH_AFP.id}`));

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
  for (const row of readAlso) expect(row.badge).toBe('only in 000');

  expect(await seriousViolations(page)).toEqual([]);
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
  await page.keyboard.press('2');
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

  await page.getByRole('button', { name: /^000 .* vs 001 .*: \d+% aligned$/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare\\?docs=${FRENCH_AFP.id},${ENGLISH_AFP.id}`));
  await new CompareView(page).waitForRows();
});
