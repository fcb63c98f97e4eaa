import { axe } from './axe';
import { expect, type Locator, type Page } from '@playwright/test';

/** The app's frame at one screen size: the panels, the phone's tab bar, the header's Menu. */
export class Screen {
  readonly panelTabs: Locator;
  readonly sources: Locator;
  readonly view: Locator;
  readonly claims: Locator;
  readonly menuButton: Locator;

  constructor(private readonly page: Page) {
    this.panelTabs = page.getByRole('navigation', { name: 'Panels' });
    this.sources = page.getByRole('complementary', { name: 'Sources' });
    this.view = page.getByRole('main');
    this.claims = page.getByRole('complementary', { name: 'Claims and suggestions' });
    this.menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  }

  /** On a phone: shows one panel with the tab bar. */
  async showPanel(name: 'Sources' | 'View' | 'Claims') {
    await this.panelTabs.getByRole('button', { name }).click();
    await expect(this.panelTabs.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
  }

  /** Neither the page nor the header nor a panel is wider than the screen. */
  async expectNoSidewaysScroll() {
    const overflowing = await this.page.evaluate(() => {
      const boxes = ['html', 'body', '.app', '.app-header', '.app-body', '.app-main', '.app-sources', '.app-side', '.panel-tabs'];
      return boxes.flatMap((selector) => {
        const element = document.querySelector(selector);
        if (!element || getComputedStyle(element).display === 'none') return [];
        return element.scrollWidth > element.clientWidth + 1 ? [`${selector}: ${element.scrollWidth} > ${element.clientWidth}`] : [];
      });
    });
    expect(overflowing).toEqual([]);
    expect(await this.page.evaluate(() => [document.documentElement.scrollWidth <= window.innerWidth, window.scrollX, window.scrollY])).toEqual([true, 0, 0]);
  }

  /** Every control shown is inside the screen. */
  async expectControlsOnScreen(scope: Locator) {
    for (const control of await scope.locator('button:visible, select:visible, input:visible, a:visible').all()) await expect(control).toBeInViewport();
  }

  /** Buttons, fields and tabs shown are at least 44 × 44 px (24 for text-sized links inside a line). */
  async smallTouchTargets(): Promise<string[]> {
    return this.page.locator('.app-header button, .app-header select, .panel-tab, .app-body .button, .app-body select, .app-body input[type="search"], .app-body input[type="text"], .side-tab').evaluateAll((controls) =>
      controls
        .filter((control) => (control as HTMLElement).offsetParent !== null)
        .map((control) => ({ name: control.textContent?.trim() || control.getAttribute('aria-label') || control.tagName, box: control.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
  }

  /** No axe violation of any impact. */
  async expectAxeClean() {
    const results = await axe(this.page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
}
