import { expect, type Locator, type Page } from '@playwright/test';

export interface FileToAdd {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The "Add documents" dialog: paste tab and files tab. */
export class AddDocumentDialog {
  readonly dialog: Locator;
  readonly fileRows: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Add documents' });
    this.fileRows = this.dialog.getByRole('list', { name: 'Chosen files' }).getByRole('listitem');
  }

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Add documents' }).click();
    await expect(this.dialog).toBeVisible();
  }

  field(label: string, scope: Locator = this.dialog): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  async paste(details: { text: string; title?: string; outlet?: string; published?: string; language?: string }): Promise<void> {
    await this.dialog.getByRole('tab', { name: 'Paste text' }).click();
    await this.field('Article text').fill(details.text);
    if (details.title !== undefined) await this.field('Title').fill(details.title);
    if (details.outlet !== undefined) await this.field('Outlet').fill(details.outlet);
    if (details.published !== undefined) await this.field('Publication date').fill(details.published);
    if (details.language !== undefined) await this.field('Language').fill(details.language);
  }

  async submitPaste(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Add document', exact: true }).click();
  }

  async chooseFiles(files: FileToAdd[]): Promise<void> {
    await this.dialog.getByRole('tab', { name: 'Files' }).click();
    await this.dialog.locator('input[type=file]').setInputFiles(files);
  }

  /**
   * Drops the folder at `path` on the Files tab's drop zone, as the operating system would: through
   * Chromium's own drag input (DevTools protocol), which Playwright's drag helpers do not offer for files.
   */
  async dropFolder(path: string): Promise<void> {
    await this.dialog.getByRole('tab', { name: 'Files' }).click();
    const zone = this.dialog.locator('.drop-zone');
    await expect(zone).toBeVisible();
    const box = await zone.boundingBox();
    if (box === null) throw new Error('the drop zone has no box');
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const data = { items: [], files: [path], dragOperationsMask: 1 };
    const cdp = await this.page.context().newCDPSession(this.page);
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
    await cdp.detach();
  }

  fileRow(name: string): Locator {
    return this.dialog.getByRole('listitem', { name, exact: true });
  }

  async addFiles(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Add \d+ documents?$/ }).click();
  }

  alert(): Locator {
    return this.dialog.getByRole('alert');
  }
}
