import { expect, test, type Page } from './fixtures';
import { ClaimsPanel } from './pages/claims-panel';
import { CompareView } from './pages/compare-view';
import { ExportMenu } from './pages/export-menu';
import { Screen } from './pages/screen';
import { SEED_SOURCE } from './pages/seed-sources';

// Issue 16, screens: on a laptop, a large phone and a small phone the page never scrolls sideways,
// every control can be reached, and axe finds nothing; a phone shows one panel at a time and, in a
// comparison, one source at a time.

const D000 = '000_900e33a0770657f5';
const D001 = '001_8dfcd5823fdeecd6';
const D002 = '002_d2e03255e9355d12';
const SEED_TITLE = 'China’s top diplomat says Beijing, Moscow to deepen ties';

async function openLibrary(page: Page) {
  await page.goto('/#/');
  await expect(page.getByRole('complementary', { name: 'Sources' }).getByRole('link', { name: SEED_TITLE })).toBeVisible();
}

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('three panels side by side, the whole header on screen, no sideways scroll, axe clean', async ({ page }) => {
    const screen = new Screen(page);
    await openLibrary(page);
    for (const panel of [screen.sources, screen.view, screen.claims]) await expect(panel).toBeInViewport();
    await expect(screen.panelTabs).toBeHidden();
    await expect(screen.menuButton).toBeHidden();
    await screen.expectControlsOnScreen(page.getByRole('banner'));
    await screen.expectNoSidewaysScroll();
    await screen.expectAxeClean();
  });

  test('a new claim opens with its header on screen: the focus is never on a card scrolled out of view', async ({ page }) => {
    const claims = new ClaimsPanel(page);
    await claims.openReader(D002);
    await claims.selectText(D002, 'hails ‘strategic cooperation’ in talks with Russian counterpart');
    await claims.pressShortcut('c');
    const summary = claims.selectedCard().getByRole('button', { expanded: true });
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport({ ratio: 1 });
  });

  test('Compare folds Sources; shown again, the columns keep room to read and the differences fold behind a button', async ({ page }) => {
    const screen = new Screen(page);
    const compare = new CompareView(page);
    await openLibrary(page);
    await compare.open([D000, D001]);
    await expect(screen.sources).toBeHidden();
    await page.getByRole('button', { name: 'Show sources' }).click();
    await expect(screen.sources).toBeInViewport();
    const differences = page.getByRole('button', { name: /^Differences \(\d+\)$/ });
    await expect(page.getByRole('complementary', { name: /^Differences/ })).toBeHidden();
    for (const column of ['1', '2']) {
      const width = await page.locator(`.compare-cell[data-column="${column}"]`).first().evaluate((cell) => cell.getBoundingClientRect().width);
      expect(width).toBeGreaterThanOrEqual(260);
    }
    await differences.click();
    const list = page.getByRole('complementary', { name: /^Differences/ });
    await expect(list).toBeInViewport();
    await list.getByRole('button', { name: /Sergey → Sergei/ }).click();
    await expect(list).toBeHidden();
    await expect(compare.activeRow()).toContainText('Sergei');
    await page.getByRole('button', { name: 'Options' }).click();
    await expect(page.getByRole('checkbox', { name: 'Ignore case' })).toBeInViewport();
    await screen.expectNoSidewaysScroll();
    await screen.expectAxeClean();
  });
});

/** Whether the story picker's select is wide enough for its chosen story's name (its text, padding and arrow). */
function showsWholeStoryName(page: Page): Promise<boolean> {
  return page.getByRole('combobox', { name: 'Story' }).evaluate((select: HTMLSelectElement) => {
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2D canvas to measure text');
    context.font = style.font;
    const name = select.options[select.selectedIndex]?.text ?? '';
    const arrow = 20;
    return select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow >= context.measureText(name).width;
  });
}

test('from 1280 to 1920 px wide the whole header stays on screen without sideways scroll, and the story’s name shows whole', async ({ page }) => {
  const screen = new Screen(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLibrary(page);
  for (const width of [1280, 1366, 1440, 1536, 1600, 1680, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await screen.expectControlsOnScreen(page.getByRole('banner'));
    await screen.expectNoSidewaysScroll();
    expect(await showsWholeStoryName(page), `story name cut at ${width} px`).toBe(true);
  }
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1400, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height} the status line never covers the claim editor's Note being typed in, and reads no layout while it waits`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const claims = new ClaimsPanel(page);
    await claims.openReader(D002);
    await claims.selectText(D002, 'hails ‘strategic cooperation’ in talks with Russian counterpart');
    await claims.pressShortcut('c');
    // The Claims panel's notice says what happened to a claim; an export has only the status line.
    await new ExportMenu(page).download(/Markdown/);
    const status = page.locator('.announcer.is-visible');
    await expect(status).toContainText('Exported');
    const note = claims.selectedCard().getByLabel('Note');
    await note.click();
    await note.pressSequentially('Wording checked');
    await expect(status).toContainText('Exported');
    // Both boxes from one frame: the panel may still be scrolling the Note into view.
    const noteCovered = () =>
      page.evaluate(() => {
        const shown = document.querySelector('.announcer.is-visible')?.getBoundingClientRect();
        const field = document.activeElement?.getBoundingClientRect();
        if (!shown || !field || document.activeElement?.tagName !== 'TEXTAREA') return 'the Note has lost the focus or the status line is gone';
        return field.left < shown.right && shown.left < field.right && field.top < shown.bottom && shown.top < field.bottom;
      });
    await expect.poll(noteCovered, { timeout: 2000 }).toBe(false);
    await expect(status).toBeInViewport();
    // Moving off the field is driven by the browser's reports, not by measuring every frame.
    const boxesRead = await page.evaluate(async () => {
      const watched: Array<Element | null> = [document.querySelector('.announcer'), document.activeElement];
      const measure = Element.prototype.getBoundingClientRect;
      let reads = 0;
      Element.prototype.getBoundingClientRect = function (this: Element) {
        if (watched.includes(this)) reads += 1;
        return measure.call(this);
      };
      await new Promise((resolve) => setTimeout(resolve, 500));
      Element.prototype.getBoundingClientRect = measure;
      return reads;
    });
    expect(boxesRead).toBe(0);
    await expect(status).toContainText('Exported');
  });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true, isMobile: true });

    test('one panel at a time, picked in the tab bar; the header’s actions behind Menu; 44 px touch targets; axe clean', async ({ page }) => {
      const screen = new Screen(page);
      await openLibrary(page);
      await expect(screen.sources).toBeInViewport();
      await expect(screen.view).toBeHidden();
      await screen.expectNoSidewaysScroll();
      await screen.expectAxeClean();

      await screen.sources.getByRole('link', { name: SEED_TITLE }).click();
      await expect(screen.view.getByRole('heading', { name: SEED_TITLE })).toBeInViewport();
      await expect(screen.sources).toBeHidden();
      await screen.showPanel('Claims');
      await expect(screen.claims).toBeInViewport();
      await expect(screen.view).toBeHidden();
      await screen.showPanel('View');
      await expect(screen.view).toBeInViewport();
      expect(await screen.smallTouchTargets()).toEqual([]);

      await screen.menuButton.click();
      const header = page.getByRole('banner');
      for (const name of [/^Share story/, 'Add documents', 'Import', /^Export/, 'Keyboard shortcuts']) await expect(header.getByRole('button', { name })).toBeInViewport();
      await screen.expectControlsOnScreen(header);
      expect(await screen.smallTouchTargets()).toEqual([]);
      await screen.expectNoSidewaysScroll();
      await screen.expectAxeClean();
      await page.keyboard.press('Escape');
      await expect(header.getByRole('button', { name: 'Add documents' })).toBeHidden();
    });

    test('Compare shows one source at a time, switched above the rows; options and differences open on demand', async ({ page }) => {
      const screen = new Screen(page);
      const compare = new CompareView(page);
      await openLibrary(page);
      await compare.open([D000, D001]);
      const switcher = page.getByRole('group', { name: 'Source shown' });
      const row = compare.alignedRows.first();
      await expect(switcher.getByRole('button', { name: SEED_SOURCE['000'] })).toHaveAttribute('aria-pressed', 'true');
      await expect(row.locator('.compare-cell[data-column="1"]')).toBeVisible();
      await expect(row.locator('.compare-cell[data-column="2"]')).toBeHidden();
      await switcher.getByRole('button', { name: SEED_SOURCE['001'] }).click();
      await expect(row.locator('.compare-cell[data-column="2"]')).toBeVisible();
      await expect(row.locator('.compare-cell[data-column="1"]')).toBeHidden();
      await expect(page.getByRole('combobox', { name: 'Source in column 2' })).toBeInViewport();
      await expect(page.getByRole('combobox', { name: 'Source in column 1' })).toBeHidden();
      expect(await screen.smallTouchTargets()).toEqual([]);
      await screen.expectNoSidewaysScroll();
      await screen.expectAxeClean();

      await page.getByRole('button', { name: 'Options' }).click();
      await expect(page.getByRole('checkbox', { name: 'Differences only' })).toBeInViewport();
      await page.getByRole('button', { name: /^Differences \(\d+\)$/ }).click();
      await expect(page.getByRole('complementary', { name: /^Differences/ })).toBeInViewport();
      await screen.expectNoSidewaysScroll();
      await screen.expectAxeClean();
    });
  });
}
