import { expect, test, type Page } from '@playwright/test';
import { ClaimsPanel } from './pages/claims-panel';

// Issue 16: the small things that break a fact-checker's flow on deadline. One test (or a few)
// per numbered item of the issue, each a short story of what the analyst does and sees.

const D002 = '002_d2e03255e9355d12';

async function openReader(page: Page, docId: string) {
  await page.goto(`/#/read/${docId}`);
  await expect(page.locator(`.app-main [data-doc-id="${docId}"]`).first()).toBeVisible();
}

/** How far the page around the app has scrolled, and how tall it is against the window. */
function pageScroll(page: Page) {
  return page.evaluate(() => ({
    y: window.scrollY,
    x: window.scrollX,
    overflow: document.scrollingElement!.scrollHeight - window.innerHeight,
  }));
}

test('1. the app never scrolls as a page: wheel past the claims panel’s end, “Show in source” moves only the reader', async ({ page }) => {
  const claims = new ClaimsPanel(page);
  await openReader(page, D002);
  await claims.selectText(D002, 'February 2021');
  await claims.pressShortcut('c');
  for (const phrase of ['Wang Yi', 'Lavrov', 'Moscow']) {
    await claims.selectText(D002, phrase);
    await claims.pressShortcut('a');
  }
  await expect(claims.selectedCard().locator('.evidence-item')).toHaveCount(4);

  await claims.panel.hover();
  for (let turn = 0; turn < 10; turn += 1) await page.mouse.wheel(0, 600);
  expect(await pageScroll(page)).toEqual({ y: 0, x: 0, overflow: 0 });

  await page.locator('.app-main').evaluate((main) => (main.scrollTop = 0));
  await claims.evidence('002').filter({ hasText: 'Moscow' }).getByRole('button', { name: /Show in source/ }).click();
  await expect(page.locator('.app-main mark.hl-focus')).toBeInViewport();
  expect(await pageScroll(page)).toEqual({ y: 0, x: 0, overflow: 0 });
  await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
});
