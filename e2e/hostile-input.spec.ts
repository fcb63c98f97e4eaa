import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { ExportMenu } from './pages/export-menu';
import { SourcesPanel } from './pages/sources-panel';

// Hostile and huge input (issue 12, cases 5, 6, 8, 9, 10): links typed by hand, project files with
// ids that are not ordinary strings, huge and deeply nested files. The app never goes blank,
// refuses what it cannot take with a message naming it, and never applies half of a file.

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

interface ProjectDocument {
  id: string;
  title: string;
  text: string;
}

/** A valid project file around the given documents and claims. */
function projectFile(documents: ProjectDocument[], claims: unknown[] = []): string {
  return JSON.stringify({
    version: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    documents: documents.map(({ id, title, text }) => ({
      id,
      title,
      outlet: 'Test wire',
      published: '2023-07-13',
      publishedBasis: 'analyst',
      language: 'en',
      note: '',
      contentHash: sha256(text),
      text,
      origin: { kind: 'pasted' },
    })),
    claims,
    dismissedFindings: [],
  });
}

async function openLibrary(page: Page, hash = '#/'): Promise<SourcesPanel> {
  const sources = new SourcesPanel(page);
  await sources.openApp(hash);
  await sources.expectCount(5);
  return sources;
}

test.describe('case 5: broken links and broken ids', () => {
  test('a hand-typed link with a stray percent sign opens the app, not a blank page', async ({ page }) => {
    await openLibrary(page, '#/read/%');
    await expect(page.getByRole('main')).toContainText('There is no document “%” in the library');
    await openLibrary(page, '#/%');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check one story across its sources');
    await page.goto('/#/compare?docs=%,%E0%A4');
    await expect(page.getByRole('main')).toContainText('Not in the library: %');
  });

  test('a project whose document id holds a lone surrogate is refused with the JSON path, and the app still loads', async ({ page }) => {
    await openLibrary(page);
    const menu = new ExportMenu(page);
    await menu.openImport();
    await menu.chooseFile('broken-id.json', projectFile([{ id: 'lone\ud800id', title: 'Broken id', text: 'Jakarta, July 13. The ministers met.' }]));
    const alert = menu.importDialog.getByRole('alert');
    await expect(alert).toContainText('broken-id.json was not imported; nothing was changed.');
    await expect(alert.locator('code')).toHaveText(['documents[0].id']);
    await expect(alert).toContainText('lone UTF-16 surrogate');
    await expect(menu.importDialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await page.keyboard.press('Escape');
    await page.reload();
    await new SourcesPanel(page).expectCount(5);
  });
});
