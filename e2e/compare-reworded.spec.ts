import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { axe } from './pages/axe';
import { CompareView } from './pages/compare-view';
import { escapeRegExp, SEED_SOURCE } from './pages/seed-sources';

// Issue 15: compare that reads reworded and independent reports like a careful editor.

const FRENCH_AFP = '000_900e33a0770657f5';
const ENGLISH_AFP = '001_8dfcd5823fdeecd6';

async function seriousViolations(page: import('@playwright/test').Page) {
  const { violations } = await axe(page).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a reworded paragraph keeps the words both translations share unmarked; only Sergey → Sergei stands out', async ({ page }) => {
  const compare = new CompareView(page);
  await compare.open([FRENCH_AFP, ENGLISH_AFP]);
  const rows = await compare.collectRows();
  const lavrov = rows.find((row) => row.text.includes('Sergey Lavrov') && row.text.includes('Sergei Lavrov'))!;
  const row = await compare.row(lavrov.index);
  const [french, english] = [row.locator('[data-column="1"]'), row.locator('[data-column="2"]')];

  for (const cell of [french, english]) {
    const unmarked = await compare.unmarkedText(cell);
    expect(unmarked).toContain('Lavrov on the sidelines of the Association of');
  }
  await expect(row.locator('.diff-strong')).toHaveText(['Sergey', 'Sergei']);
  await expect(french.locator('del', { hasText: 'Sergey' })).toBeVisible();
  await expect(english.locator('ins', { hasText: 'Sergei' })).toBeVisible();

  const qin = rows.find((r) => r.text.includes('in place of Foreign Minister Qin Gang'))!;
  const qinRow = await compare.row(qin.index);
  for (const column of ['1', '2']) expect(await compare.unmarkedText(qinRow.locator(`[data-column="${column}"]`))).toContain('Foreign Minister Qin Gang');
  await expect(qinRow.locator('.diff-strong')).toHaveCount(0);

  const statement = rows.find((r) => r.text.includes('(…)') && r.text.includes('quoted as saying'))!;
  const statementRow = await compare.row(statement.index);
  await expect(statementRow.locator('.diff-moved', { hasText: 'the Chinese' })).toHaveCount(2);
  await statementRow.locator('[data-column="1"]').getByRole('button', { name: /Moved phrase 1/ }).click();
  await expect(statementRow.locator('[data-column="2"] .diff-moved[data-move="1"]')).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});

test('copying a compare cell copies the words the source wrote, not the labels read to screen readers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const compare = new CompareView(page);
  await compare.open([FRENCH_AFP, ENGLISH_AFP]);
  const rows = await compare.collectRows();
  const lavrov = rows.find((row) => row.text.includes('Sergey Lavrov') && row.text.includes('Sergei Lavrov'))!;
  const english = (await compare.row(lavrov.index)).locator('[data-column="2"]');
  await english.evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  expect(await page.evaluate(() => String(window.getSelection())), 'the cell shows labels among the words').toContain('inserted:');
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Wang Yi met Russian Foreign Minister Sergei Lavrov on the sidelines/);
  expect(readFileSync(`seeds/${ENGLISH_AFP}.txt`, 'utf8')).toContain(copied);
});

test('page furniture is folded into one line per stretch, shown on demand and remembered in the URL', async ({ page }) => {
  const compare = new CompareView(page);
  await compare.open([FRENCH_AFP, ENGLISH_AFP]);
  const fold = compare.folds().first();
  const afp = `(?:${escapeRegExp(SEED_SOURCE['000'])}|${escapeRegExp(SEED_SOURCE['001'])})`;
  await expect(fold).toContainText(new RegExp(`^Row 1\\d+ lines of page furniture \\(${afp}(, ${afp})?\\) — show$`));
  const rows = await compare.collectRows();
  expect(rows.filter((row) => row.text.includes('Read also:'))).toEqual([]);
  expect(rows.filter((row) => row.badge === '').length).toBeGreaterThanOrEqual(1);
  const firstAligned = rows.findIndex((row) => row.badge !== '' && !row.badge.startsWith('only in'));
  expect(firstAligned, 'the first aligned passage is on the first screen').toBeLessThan(5);

  await compare.showFurniture();
  await expect(page).toHaveURL(/furniture=show/);
  await page.reload();
  await compare.waitForRows();
  await expect(compare.folds()).toHaveCount(0);
  expect((await compare.collectRows()).filter((row) => row.text.includes('Read also:')).length).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('checkbox', { name: 'Fold page furniture' })).not.toBeChecked();

  await page.getByRole('checkbox', { name: 'Fold page furniture' }).check();
  await expect(page).not.toHaveURL(/furniture=/);
  await expect(compare.folds().first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('search finds words in rows not yet rendered, n / N step through the matches, and the change list jumps to a changed name', async ({ page }) => {
  const compare = new CompareView(page);
  await compare.open([FRENCH_AFP, ENGLISH_AFP]);
  // Off screen: the Wagner paragraph is far down the list, so the virtualised list has not rendered it.
  await expect(compare.rows.filter({ hasText: 'Wagner' })).toHaveCount(0);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search in the comparison' });
  await expect(box).toBeFocused();
  await box.fill('wagner');
  await expect(page.locator('.compare-search-count')).toHaveText('1 match');
  await box.press('Enter');
  await expect(page.locator('.compare-search-count')).toHaveText('1 of 1');
  await expect(compare.activeRow()).toContainText('Wagner mercenary group');
  await expect(compare.activeRow().locator('.hl-search-current')).toHaveText('Wagner');
  await expect(page.locator('.row-marker-search')).toHaveCount(1);

  // n and N step from the current match to the next and back, wrapping at the ends.
  const count = page.locator('.compare-search-count');
  // Enter right after typing steps through the new word's matches, not the last word's.
  await box.fill('Lavrov');
  await box.press('Enter');
  await expect(compare.activeRow()).toContainText('Lavrov');
  await expect(count).toHaveText(/^\d+ of \d+$/);
  const [at, total] = ((await count.textContent()) ?? '').split(' of ').map(Number) as [number, number];
  expect(total).toBeGreaterThan(1);
  await page.keyboard.press('Escape');
  await compare.activeRow().focus();
  await page.keyboard.press('n');
  await expect(count).toHaveText(`${(at % total) + 1} of ${total}`);
  await expect(compare.activeRow()).toContainText('Lavrov');
  await page.keyboard.press('Shift+N');
  await expect(count).toHaveText(`${at} of ${total}`);

  const changes = page.getByRole('complementary', { name: /Differences/ });
  // The story's disagreements these two sources take part in come first, then the changed facts of the rows.
  await expect(changes.getByRole('heading', { level: 3 }).first()).toHaveText(/^From Suggestions/);
  await expect(changes.getByRole('heading', { level: 3 }).nth(1)).toHaveText(/^Numbers, names, dates/);
  await changes.getByRole('button', { name: /Sergey → Sergei/ }).click();
  await expect(compare.activeRow()).toContainText('Sergei Lavrov');
  expect(await seriousViolations(page)).toEqual([]);
});
