import { expect, type Page } from '@playwright/test';
import { ExportMenu } from './export-menu';
import { projectFile, type GeneratedDocument } from './generated-library';
import { SourcesPanel } from './sources-panel';

/** Opens the app with its five seeds and imports `documents` through the Import dialog. */
export async function importLibrary(page: Page, fileName: string, documents: GeneratedDocument[]): Promise<void> {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile(fileName, projectFile(documents));
  await expect(menu.importDialog.locator('.import-summary')).toContainText(`Documents: ${documents.length} new`, { timeout: 30_000 });
  await menu.confirmImport();
  // The list is virtual: the heading counts every document.
  await expect(sources.root.getByRole('heading', { name: `Sources (${documents.length + 5})` })).toBeVisible({ timeout: 30_000 });
}
