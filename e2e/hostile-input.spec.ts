import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { ClaimsPanel } from './pages/claims-panel';
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

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf'];

function claimCiting(id: string, docId: string, quote: string, text: string): unknown {
  const start = text.indexOf(quote);
  return {
    id,
    statement: `Claim ${id}`,
    status: 'unverified',
    note: '',
    tags: [id],
    evidence: [
      {
        id,
        docId,
        stance: 'supports',
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + quote.length, start + quote.length + 32) },
        position: { type: 'TextPositionSelector', start, end: start + quote.length },
        createdAt: '2026-11-20T09:00:00.000Z',
      },
    ],
    origin: { kind: 'manual' },
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
  };
}

test.describe('case 6: ids named like Object.prototype members', () => {
  test('documents and claims with ids __proto__, constructor, toString and valueOf import, read, compare and survive a reload', async ({ page }) => {
    const sources = await openLibrary(page);
    const documents = PROTOTYPE_NAMES.map((id, index) => ({ id, title: `Report ${id}`, text: `Jakarta, July ${13 + index}. Wang Yi met Sergey Lavrov; the talks about ${id} lasted two hours.` }));
    const claims = documents.map((document) => claimCiting(document.id, document.id, `about ${document.id}`, document.text));
    const menu = new ExportMenu(page);
    await menu.openImport();
    await menu.chooseFile('prototype-ids.json', projectFile(documents, claims));
    const preview = menu.importDialog.getByRole('region', { name: 'Import preview' });
    await expect(preview).toContainText('Documents: 4 new');
    await expect(preview).toContainText('Claims: 4 new');
    await menu.confirmImport();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 4 documents and 4 claims');

    for (const reload of [false, true]) {
      if (reload) await page.reload();
      await sources.expectCount(9);
      for (const id of PROTOTYPE_NAMES) {
        await sources.open(`Report ${id}`);
        await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(`Report ${id}`);
        await expect(page.getByRole('main')).toContainText(`the talks about ${id} lasted two hours`);
      }
      const cards = new ClaimsPanel(page).cards;
      await expect(cards).toHaveCount(4);
      for (const id of PROTOTYPE_NAMES) await expect(cards.filter({ hasText: `Claim ${id}` })).toHaveCount(1);
    }
    await page.goto('/#/compare?docs=__proto__,constructor&base=__proto__');
    await expect(page.getByRole('main')).toContainText('__proto__ lasted two hours');
    await expect(page.getByRole('main')).toContainText('constructor lasted two hours');
  });

  test('a file whose last claim is invalid applies nothing, not the first half', async ({ page }) => {
    const sources = await openLibrary(page);
    const text = 'Jakarta, July 13. The ministers met for two hours.';
    const good = claimCiting('valueOf', 'toString', 'two hours', text);
    const bad = { ...(claimCiting('constructor', 'toString', 'ministers', text) as object), createdAt: 'yesterday' };
    const menu = new ExportMenu(page);
    await menu.openImport();
    await menu.chooseFile('half-bad.json', projectFile([{ id: 'toString', title: 'Report toString', text }], [good, bad]));
    await expect(menu.importDialog.getByRole('alert').locator('code')).toHaveText(['claims[1].createdAt']);
    await page.keyboard.press('Escape');
    await sources.expectCount(5);
    await expect(new ClaimsPanel(page).cards).toHaveCount(0);
  });
});
