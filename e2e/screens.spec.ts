import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Issue 16, item 7: every screen size. The page never scrolls sideways, every control can be
// reached, and axe finds nothing serious, on a laptop and on a phone.

const D002 = '002_d2e03255e9355d12';

async function openReader(page: Page) {
  await page.goto(`/#/read/${D002}`);
  await expect(page.locator(`.app-main [data-doc-id="${D002}"]`).first()).toBeAttached();
}

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, window: window.innerWidth, y: window.scrollY }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.window);
  expect(widths.y).toBe(0);
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('three panels side by side, no sideways scroll, axe clean', async ({ page }) => {
    await openReader(page);
    for (const name of ['Sources', 'Claims and suggestions']) await expect(page.getByRole('complementary', { name })).toBeInViewport();
    await expect(page.getByRole('main')).toBeInViewport();
    await expectNoSidewaysScroll(page);
    await expectAxeClean(page);
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('one panel at a time, picked in a tab bar; no sideways scroll; touch targets ≥ 44 px; axe clean', async ({ page }) => {
    await openReader(page);
    const tabs = page.getByRole('navigation', { name: 'Panels' });
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Claims and suggestions' })).toBeHidden();
    await expectNoSidewaysScroll(page);

    await tabs.getByRole('button', { name: 'Claims' }).click();
    await expect(page.getByRole('complementary', { name: 'Claims and suggestions' })).toBeInViewport();
    await expect(page.getByRole('main')).toBeHidden();
    await tabs.getByRole('button', { name: 'Sources' }).click();
    const sources = page.getByRole('complementary', { name: 'Sources' });
    await expect(sources).toBeInViewport();
    await sources.getByRole('link', { name: /Wang Yi says China/ }).click();
    await expect(page.getByRole('main')).toBeInViewport();
    await expectNoSidewaysScroll(page);

    const small = await page.locator('.app-header button, .panel-tab').evaluateAll((buttons) =>
      buttons.filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length,
    );
    expect(small).toBe(0);
    for (const button of await page.locator('.app-header button').all()) await expect(button).toBeInViewport();
    await expectAxeClean(page);
  });
});
