import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { axe } from './pages/axe';
import { editedCopies } from './pages/generated-library';
import { importLibrary } from './pages/import-library';
import { VariantsView } from './pages/variants-view';

// Issue 15: the variants view stays light with 30 long sources — only the passages on screen are
// in the page — and its search still finds a reading far below the screen.

const SEED = readFileSync(new URL('../seeds/001_8dfcd5823fdeecd6.txt', import.meta.url), 'utf8');
const PARAGRAPHS = [...new Set(SEED.split('\n').filter((line) => line.length > 80 && !line.includes('Copyright')))].slice(0, 14);
const LAST = PARAGRAPHS.length - 1;

// Copies 11 and 12 place the mutiny near Vladivostok, in the last passage.
const COPIES = editedCopies(PARAGRAPHS, 30, (copy, paragraphs) =>
  copy === 10 || copy === 11 ? paragraphs.map((text, index) => (index === LAST ? text.replace('mutiny', 'mutiny near Vladivostok') : text)) : paragraphs,
);
const ids = COPIES.map((copy) => copy.id);

test('30 long sources: only the passages on screen are in the page, and the search brings an off-screen reading into view', async ({ page }) => {
  test.setTimeout(120_000);
  await importLibrary(page, 'long-wire-copies.json', COPIES);

  const variants = new VariantsView(page);
  await variants.open(ids);
  const first = variants.entries.first();
  await expect(first).toHaveAttribute('aria-posinset', '1');
  const total = Number(await first.getAttribute('aria-setsize'));
  expect(total).toBeGreaterThanOrEqual(PARAGRAPHS.length);
  await expect.poll(() => variants.entries.count()).toBeLessThan(total);
  const lastEntry = variants.entries.and(page.locator(`[aria-posinset="${total}"]`));
  await expect(lastEntry).toHaveCount(0);

  const box = page.getByRole('searchbox', { name: 'Search in the comparison' });
  await box.fill('vladivostok');
  await expect(page.locator('.compare-search-count')).toHaveText('1 match');
  await box.press('Enter');
  await expect(page.locator('.compare-search-count')).toHaveText('1 of 1');
  const current = page.locator('.apparatus .hl-search-current');
  await expect(current).toHaveText('Vladivostok');
  await expect(current).toBeInViewport();
  await expect(lastEntry).toContainText('Vladivostok');
  // The search stays in sight, with its count, while the list moves under it.
  await expect(box).toBeInViewport();
  await expect(variants.readings(lastEntry).filter({ has: page.locator('.hl-search-current') })).toContainText(/^2 sources:/);

  const { violations } = await axe(page).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
