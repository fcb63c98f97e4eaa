import { expect, test } from './fixtures';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { axe } from './pages/axe';
import { editedCopies } from './pages/generated-library';
import { tabTo } from './pages/keyboard';
import { importLibrary } from './pages/import-library';
import { VariantsView } from './pages/variants-view';

// Issue 15: the variants view — thirty outlets reprint a seed passage, some edit it; under each
// passage of the base the readings are grouped by wording, each linked to its sources.

const SEED = readFileSync(new URL('../seeds/001_8dfcd5823fdeecd6.txt', import.meta.url), 'utf8');
const paragraph = (start: string): string => SEED.split('\n').find((line) => line.startsWith(start))!;
const MEETING = paragraph('Wang Yi met Russian Foreign Minister Sergei Lavrov on the sidelines of the Association');
const REPRESENTING = paragraph('Wang was representing Beijing');
const EXCHANGES = paragraph('Lavrov said Moscow and Beijing were maintaining');

// Copies 21–26 spell Sergey, 27–28 move the Putin–Xi meeting to May, 29–30 drop that paragraph.
const COPIES = editedCopies([MEETING, REPRESENTING, EXCHANGES], 30, (copy, [meeting, representing, exchanges]) => {
  if (copy >= 20 && copy < 26) return [meeting!.replace('Sergei', 'Sergey'), representing!, exchanges!];
  if (copy >= 26 && copy < 28) return [meeting!, representing!, exchanges!.replace('a March meeting', 'a May meeting')];
  if (copy >= 28) return [meeting!, representing!];
  return [meeting!, representing!, exchanges!];
});
const ids = COPIES.map((copy) => copy.id);

test('30 copies of a seed passage: readings grouped by wording, each linked to its sources, another base on request', async ({ page }) => {
  test.setTimeout(120_000);
  await importLibrary(page, 'wire-copies.json', COPIES);
  const variants = new VariantsView(page);
  await variants.open(ids);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Variants across 30 sources');
  await expect(variants.entries).toHaveCount(3);

  const meeting = variants.entry('Sergei Lavrov on the sidelines');
  const readings = variants.readings(meeting);
  await expect(readings).toHaveCount(2);
  await expect(readings.nth(0)).toContainText('23 sources: as the base');
  await expect(readings.nth(1)).toContainText('6 sources: Wang Yi met Russian Foreign Minister Sergey Lavrov');
  const sergeyLinks = readings.nth(1).getByRole('link');
  await expect(sergeyLinks).toHaveCount(6);
  await expect(sergeyLinks.first()).toHaveAttribute('href', `#/read/${ids[20]}`);

  const exchanges = variants.readings(variants.entry('Lavrov said Moscow and Beijing'));
  await expect(exchanges).toHaveText([/^25 sources: as the base/, /^2 sources: Lavrov said .*a May meeting/, /^missing in 2 sources:/]);
  await expect(exchanges.nth(2).getByRole('link')).toHaveText(COPIES.slice(28).map(() => /./));
  await expect(variants.readings(variants.entry('Wang was representing Beijing'))).toHaveText([/^29 sources: as the base/]);

  // The reading links open the source.
  await sergeyLinks.first().click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Wire copy 21');
  await page.goBack();

  // Copy 21 as the base: its spelling is now the one the others differ from.
  await variants.baseChoice.selectOption(ids[20]!);
  await expect(page).toHaveURL(new RegExp(`base=${ids[20]}`));
  await expect(variants.readings(variants.entry('Sergey Lavrov on the sidelines'))).toHaveText([/^24 sources: Wang Yi met Russian Foreign Minister Sergei Lavrov/, /^5 sources: as the base/]);

  const { violations } = await axe(page).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the apparatus downloads as CSV from the keyboard, one row per reading and per missing passage', async ({ page }) => {
  test.setTimeout(120_000);
  await importLibrary(page, 'wire-copies.json', COPIES);
  const variants = new VariantsView(page);
  await variants.open(ids);
  await variants.baseChoice.focus();
  await tabTo(page, variants.exportButton);
  const csv = await variants.downloadCsv(() => page.keyboard.press('Enter'));
  expect(csv.fileName).toMatch(/^apparatus-.+\.csv$/);
  const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const summary = rows.map((row) => [row.Passage, row['Agrees with base'], row['Source count']]);
  expect(summary).toEqual([
    ['1', 'yes', '23'],
    ['1', 'no', '6'],
    ['2', 'yes', '29'],
    ['3', 'yes', '25'],
    ['3', 'no', '2'],
    ['3', 'missing', '2'],
  ]);
  expect(rows[1]!.Reading).toBe(MEETING.replace('Sergei', 'Sergey'));
  expect(rows[1]!.Sources!.split('; ')).toHaveLength(6);
});
