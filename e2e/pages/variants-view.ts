import { expect, type Locator, type Page } from '@playwright/test';
import { downloadedBy, type DownloadedFile } from './export-menu';

/** The variants view (#/compare?docs=…&view=variants): each base passage with every source's reading. */
export class VariantsView {
  readonly entries: Locator;
  readonly baseChoice: Locator;
  readonly exportButton: Locator;

  constructor(private readonly page: Page) {
    this.entries = page.getByRole('list', { name: /^Passages of .* with every source's reading$/ }).locator(':scope > li');
    this.baseChoice = page.getByLabel('Base text');
    this.exportButton = page.getByRole('button', { name: 'Export apparatus (CSV)' });
  }

  async open(docIds: readonly string[], params = '') {
    await this.page.goto(`/#/compare?docs=${docIds.join(',')}&view=variants${params}`);
    await expect(this.entries.first()).toBeVisible({ timeout: 60_000 });
  }

  /** The entry whose base passage contains `text`. */
  entry(text: string): Locator {
    return this.entries.filter({ has: this.page.locator('.apparatus-base', { hasText: text }) });
  }

  /** An entry's readings as shown: "6 sources: “…” A, B, …", "missing in 2: …". */
  readings(entry: Locator): Locator {
    return entry.locator('.reading');
  }

  /** Presses the export button with `press` (a click, or Enter on the focused button) and reads the file. */
  downloadCsv(press: () => Promise<void>): Promise<DownloadedFile> {
    return downloadedBy(this.page, press);
  }
}
