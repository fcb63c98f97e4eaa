import { expect, type Locator, type Page } from '@playwright/test';

/** The Sources list in the left aside: documents, comparison ticks, seed restore. */
export class SourcesPanel {
  readonly root: Locator;
  readonly items: Locator;
  readonly compareButton: Locator;
  readonly restoreSeedsButton: Locator;
  readonly loading: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('complementary', { name: 'Sources' });
    this.items = this.root.getByRole('list', { name: 'Documents' }).getByRole('listitem');
    this.compareButton = this.root.getByRole('button', { name: /^Compare/ });
    this.restoreSeedsButton = this.root.getByRole('button', { name: 'Restore seed documents' });
    this.loading = this.root.getByText(/Loading seed documents/);
  }

  async openApp(hash = '#/'): Promise<void> {
    await this.page.goto(`/${hash}`);
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.items).toHaveCount(count);
    await expect(this.root.getByRole('heading', { name: `Sources (${count})` })).toBeVisible();
  }

  link(title: string): Locator {
    return this.root.getByRole('link', { name: title, exact: true });
  }

  row(title: string): Locator {
    return this.items.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  checkbox(title: string): Locator {
    return this.root.getByRole('checkbox', { name: `Select ${title} for comparison` });
  }

  async open(title: string): Promise<void> {
    await this.link(title).click();
  }

  /** The message under the list after removing, moving or copying sources. */
  get notice(): Locator {
    return this.root.locator('.sources-notice');
  }

  selectionAction(name: string | RegExp): Locator {
    return this.root.getByRole('group', { name: 'Ticked sources' }).getByRole('button', { name });
  }

  async titles(): Promise<string[]> {
    return this.root.locator('.source-title').allTextContents();
  }
}
