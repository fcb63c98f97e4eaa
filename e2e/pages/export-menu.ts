import { expect, type Locator, type Page } from '@playwright/test';

export interface DownloadedFile {
  fileName: string;
  text: string;
}

/** The file the browser downloads when `press` (a click, a key) triggers it. */
export async function downloadedBy(page: Page, press: () => Promise<void>): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), press()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** The header's Export menu and Import dialog. */
export class ExportMenu {
  readonly button: Locator;
  readonly menu: Locator;
  readonly importDialog: Locator;

  constructor(private readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Export' });
    this.menu = page.getByRole('menu', { name: 'Export' });
    this.importDialog = page.getByRole('dialog', { name: 'Import' });
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.menu).toBeVisible();
  }

  async setIncludeTexts(include: boolean): Promise<void> {
    await this.open();
    const option = this.menu.getByRole('menuitemcheckbox', { name: /Include full texts/ });
    if ((await option.getAttribute('aria-checked')) !== String(include)) await option.click();
    await this.page.keyboard.press('Escape');
  }

  /** Whether the project file holds this story or every story. */
  async setProjectScope(scope: 'this story' | 'all stories'): Promise<void> {
    await this.open();
    await this.menu.getByRole('menuitemradio', { name: new RegExp(`Project file: ${scope}`) }).click();
    await expect(this.menu.getByRole('menuitemradio', { name: new RegExp(`Project file: ${scope}`) })).toHaveAttribute('aria-checked', 'true');
    await this.page.keyboard.press('Escape');
  }

  /** Picks a menu item and returns the file the browser downloads. */
  async download(item: RegExp): Promise<DownloadedFile> {
    await this.open();
    return this.saveDownload(this.menu.getByRole('menuitem', { name: item }));
  }

  /** ClaimReview first asks who publishes the reviews. */
  async downloadClaimReview(publisher: string, pageUrl = ''): Promise<DownloadedFile> {
    await this.open();
    await this.menu.getByRole('menuitem', { name: /ClaimReview/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export ClaimReview' });
    await dialog.getByLabel(/^Published by/).fill(publisher);
    await dialog.getByLabel(/^Fact-check page URL/).fill(pageUrl);
    const file = await this.saveDownload(dialog.getByRole('button', { name: 'Download' }));
    await expect(dialog).toBeHidden();
    return file;
  }

  private async saveDownload(trigger: Locator): Promise<DownloadedFile> {
    return downloadedBy(this.page, () => trigger.click());
  }

  async openImport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import' }).click();
    await expect(this.importDialog).toBeVisible();
  }

  /** Chooses a file in the open import dialog. */
  async chooseFile(name: string, content: string | Buffer, mimeType = 'application/json'): Promise<void> {
    await this.importDialog.getByLabel(/Crosscheck project/).setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });
  }

  /** Drops a file on the import dialog's drop zone, as dragging it from the desktop would. */
  async dropFile(name: string, content: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type: 'application/json' }));
        return transfer;
      },
      { name, content },
    );
    await this.importDialog.locator('.import-drop').dispatchEvent('drop', { dataTransfer });
  }

  async confirmImport(): Promise<void> {
    await this.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(this.importDialog).toBeHidden();
  }

  problems(): Locator {
    return this.importDialog.getByRole('alert');
  }
}
