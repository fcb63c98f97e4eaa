import { expect, type Locator, type Page } from '@playwright/test';

/** The Suggestions tab of the right-hand panel. */
export class SuggestionsPanel {
  readonly panel: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Suggestions' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Suggestions' }).click();
    // The analysis runs in a worker; findings appear when it is done.
    await expect(this.panel.locator('.finding-card').first()).toBeVisible({ timeout: 45_000 });
  }

  /** The (not dismissed) finding whose sentence or detail line matches. */
  finding(text: RegExp): Locator {
    return this.panel.locator('.finding-group:not(.dismissed-findings) .finding-card').filter({ has: this.page.locator('.finding-summary, .finding-detail', { hasText: text }) });
  }

  dismissedFinding(text: RegExp): Locator {
    return this.panel.locator('.dismissed-findings .finding-card').filter({ has: this.page.locator('.finding-summary, .finding-detail', { hasText: text }) });
  }

  /**
   * Consistent findings are folded into a count until asked for. The toggle is pressed from the
   * keyboard: a pointer click lands where the toggle was drawn, and the virtual rows above it that
   * are measured as they scroll into view can move it in between (1 run in 12 toggled nothing).
   */
  async showConsistent(): Promise<number> {
    const toggle = this.panel.getByRole('button', { name: /^Show consistent \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec((await toggle.textContent()) ?? '')?.[1]);
    await toggle.press('Enter');
    await expect(this.panel.getByRole('button', { name: `Hide consistent (${count})` })).toHaveAttribute('aria-expanded', 'true');
    return count;
  }

  /** The list is virtual: a card further down is rendered once the list is scrolled to it. */
  async reveal(summary: RegExp): Promise<Locator> {
    const card = this.finding(summary);
    await expect
      .poll(async () => {
        if ((await card.count()) > 0) return true;
        await this.panel.locator('.finding-card').last().scrollIntoViewIfNeeded();
        return false;
      })
      .toBe(true);
    return card;
  }

  async accept(summary: RegExp): Promise<void> {
    await (await this.reveal(summary)).getByRole('button', { name: 'Accept' }).click();
  }

  async dismiss(summary: RegExp): Promise<void> {
    await (await this.reveal(summary)).getByRole('button', { name: 'Dismiss' }).click();
  }

  /**
   * Right after a reload the cards above the toggle are still being measured, so the toggle can move
   * between the press and the release of a click, which then never happens: click again until it opens.
   */
  async showDismissed(): Promise<void> {
    const show = this.panel.getByRole('button', { name: /^Show dismissed \(\d+\)/ });
    await expect(async () => {
      if ((await show.count()) > 0) await show.click();
      await expect(this.panel.getByRole('button', { name: /^Hide dismissed \(\d+\)/ })).toHaveCount(1, { timeout: 2_000 });
    }).toPass();
  }

  async restore(summary: RegExp): Promise<void> {
    await this.dismissedFinding(summary).getByRole('button', { name: 'Restore' }).click();
  }
}
