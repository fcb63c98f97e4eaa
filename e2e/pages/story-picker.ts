import { expect, type Locator, type Page } from '@playwright/test';

/** The story picker in the header: switch, new, and the story actions. */
export class StoryPicker {
  readonly select: Locator;

  constructor(private readonly page: Page) {
    this.select = page.getByRole('banner').getByLabel('Story', { exact: true });
  }

  async create(name: string): Promise<void> {
    await this.page.getByRole('banner').getByText('Story…', { exact: true }).click();
    await this.page.getByRole('group', { name: 'Story actions' }).getByRole('button', { name: 'New story' }).click();
    await this.page.getByRole('banner').getByLabel('Story name').fill(name);
    await this.page.getByRole('banner').getByRole('button', { name: 'Create' }).click();
    await expect(this.select).toHaveValue(/.+/);
    await this.expectCurrent(name);
  }

  async switchTo(name: string): Promise<void> {
    await this.select.selectOption({ label: name });
    await this.expectCurrent(name);
  }

  async expectCurrent(name: string): Promise<void> {
    await expect(this.select.locator('option:checked')).toHaveText(name);
  }
}
