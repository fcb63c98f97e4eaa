import { expect, type Locator, type Page } from '@playwright/test';

/** The reader in the main view: heading, details, text lines, edit and remove. */
export class Reader {
  readonly main: Locator;
  readonly title: Locator;
  readonly lines: Locator;
  readonly details: Locator;
  readonly undoButton: Locator;

  constructor(private readonly page: Page) {
    this.main = page.getByRole('main');
    this.title = this.main.getByRole('heading', { level: 1 });
    this.lines = this.main.locator('.reader-line-text');
    this.details = this.main.locator('.reader-meta');
    this.undoButton = this.main.getByRole('button', { name: 'Undo' });
  }

  async expectOpen(title: string): Promise<void> {
    await expect(this.title).toHaveText(title);
  }

  detail(name: 'Outlet' | 'Published' | 'Language' | 'Length'): Locator {
    return this.details.locator('div').filter({ has: this.page.getByRole('term').filter({ hasText: name }) }).getByRole('definition');
  }

  async lineTexts(): Promise<string[]> {
    return this.lines.allTextContents();
  }

  async editDetails(values: { title?: string; outlet?: string; published?: string; language?: string }): Promise<void> {
    await this.main.getByRole('button', { name: 'Edit details' }).click();
    const form = this.main.getByRole('form', { name: 'Edit details' });
    if (values.title !== undefined) await form.getByLabel('Title', { exact: true }).fill(values.title);
    if (values.outlet !== undefined) await form.getByLabel('Outlet', { exact: true }).fill(values.outlet);
    if (values.published !== undefined) await form.getByLabel('Publication date', { exact: true }).fill(values.published);
    if (values.language !== undefined) await form.getByLabel('Language', { exact: true }).fill(values.language);
    await form.getByRole('button', { name: 'Save details' }).click();
  }

  /** Replaces the open document's text with `edit` of its current text, through the Replace text dialog. */
  async replaceText(edit: (current: string) => string): Promise<void> {
    await this.main.getByRole('button', { name: 'Replace text…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /Replace the text of/ });
    const field = dialog.getByLabel('New text');
    await field.fill(edit(await field.inputValue()));
    await dialog.getByRole('button', { name: 'Replace text' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The reader line holding the (first) highlighted evidence span. */
  evidenceLine(docId: string): Locator {
    return this.lines.filter({ has: this.page.locator(`mark[data-doc-id="${docId}"]`) });
  }

  /** Selects `words` with the reader's own find (`/`, type, Enter), as the keyboard user does. */
  async findAndSelect(words: string): Promise<void> {
    await this.lines.first().focus();
    await this.page.keyboard.press('/');
    await expect(this.page.getByRole('searchbox', { name: 'Find and select' })).toBeFocused();
    await this.page.keyboard.type(words);
    await this.page.keyboard.press('Enter');
    await expect.poll(() => this.page.evaluate(() => window.getSelection()?.toString())).toBe(words);
  }

  async remove(): Promise<void> {
    await this.main.getByRole('button', { name: 'Remove', exact: true }).click();
  }
}

/**
 * The reader on `docId`, once the analysis has answered: its result adds the list of disagreements
 * above the text, which moves every word down. The app holds the list back while the page is
 * pressed (a click once pressed on one mark and released on another in CI, and opened nothing),
 * but a click aimed before the move would still press where the words were.
 */
export async function openReader(page: Page, docId: string): Promise<void> {
  await page.goto(`/#/read/${docId}`);
  await expect(page.locator(`.app-main [data-doc-id="${docId}"]`).first()).toBeVisible();
  await expect(page.locator('.app-main .reader-analysis-status')).not.toHaveAttribute('data-analysis-status', 'running', { timeout: 30_000 });
}
