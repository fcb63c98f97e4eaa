import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe on the page, run by axe.run in the page itself ("legacy mode"). The default mode runs axe in
 * each frame and merges their results in a blank page it opens for every scan; the app has no
 * frames (its Content-Security-Policy allows none from another origin), so that page only costs.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode();
}
