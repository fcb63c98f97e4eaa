import { createHash } from 'node:crypto';
import { expect, test, type Page } from './fixtures';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { ClaimsPanel } from './pages/claims-panel';
import { ExportMenu } from './pages/export-menu';
import { generateLibrary } from './pages/generated-library';
import { SourcesPanel } from './pages/sources-panel';
import { SuggestionsPanel } from './pages/suggestions-panel';

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

test.describe('case 9: a web page too deeply nested for a DOM', () => {
  test('2.2 MB of nested divs is refused naming the limit, and the dialog and the library go on working', async ({ page }) => {
    const sources = await openLibrary(page);
    const dialog = new AddDocumentDialog(page);
    await dialog.open();
    const nested = `<html><body>${'<div>'.repeat(200_000)}Deep text.${'</div>'.repeat(200_000)}</body></html>`;
    expect(nested.length).toBeGreaterThan(2_200_000);
    const ordinary = '<html><head><title>Talks in Jakarta</title></head><body><article><h1>Talks in Jakarta</h1><p>Wang Yi met Sergei Lavrov in Jakarta on July 13 for two hours of talks about the region.</p></article></body></html>';
    await dialog.chooseFiles([
      { name: 'nested.html', mimeType: 'text/html', buffer: Buffer.from(nested) },
      { name: 'talks.html', mimeType: 'text/html', buffer: Buffer.from(ordinary) },
    ]);
    await expect(dialog.fileRow('nested.html')).toHaveAccessibleDescription(/^Not added: nested\.html: this web page nests elements more than 256 deep; the limit is 256\./);
    const title = dialog.field('Title', dialog.fileRow('talks.html'));
    await expect(title).toHaveValue('Talks in Jakarta');
    await title.fill('Talks in Jakarta, July 13');
    await dialog.addFiles();
    await sources.expectCount(6);
    await dialog.dialog.getByRole('button', { name: 'Remove nested.html from the list' }).click();
    await expect(dialog.fileRows).toHaveCount(0);
    await dialog.dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(dialog.dialog).toBeHidden();
    await sources.open('Talks in Jakarta, July 13');
    await expect(page.getByRole('main')).toContainText('two hours of talks about the region');
  });
});

test.describe('case 10: a byte-order mark is kept, as the CLI and the seeds keep it', () => {
  test('a .txt file starting with a BOM gets the hash of its bytes, and a claim the offsets a reader of the file counts', async ({ page }) => {
    const sources = await openLibrary(page);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Talks in Jakarta\n\nWang Yi met Sergei Lavrov in Jakarta on July 13.\n')]);
    const dialog = new AddDocumentDialog(page);
    await dialog.open();
    await dialog.chooseFiles([{ name: 'bom.txt', mimeType: 'text/plain', buffer: bytes }]);
    await dialog.addFiles();
    await sources.expectCount(6);
    await sources.open('Talks in Jakarta');
    const docId = await page.locator('.app-main [data-doc-id]').first().getAttribute('data-doc-id');
    const claims = new ClaimsPanel(page);
    await claims.selectText(docId!, 'Sergei Lavrov');
    await claims.newClaimButton.click();
    await expect(claims.cards).toHaveCount(1);

    const menu = new ExportMenu(page);
    await menu.setIncludeTexts(true);
    const project = JSON.parse((await menu.download(/Crosscheck project/)).text) as {
      version: number;
      stories: Array<{
        documents: Array<{ id: string; contentHash: string; text?: string }>;
        claims: Array<{ evidence: Array<{ docId: string; position: { start: number; end: number } }> }>;
      }>;
    };
    expect(project.version).toBe(2);
    const [story] = project.stories;
    const added = story!.documents.find((document) => document.id === docId);
    // What fs.readFile(…, 'utf8') and the seed loader read: the mark stays the first character.
    const asFileReaders = bytes.toString('utf8');
    expect(added?.text).toBe(asFileReaders);
    expect(added?.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
    const start = asFileReaders.indexOf('Sergei Lavrov');
    expect(story!.claims[0]!.evidence[0]).toMatchObject({ docId, position: { start, end: start + 'Sergei Lavrov'.length } });
  });
});

/** About 7 MB of wire stories run together: about a million words and 60,000 paragraphs, far past 10^5 tokens or passages. */
function sevenMegabytes(): string {
  const stories = generateLibrary(1_100, 10).map((document) => document.text);
  return `Minutes of the long session\n\n${stories.join('\n')}`;
}

test.describe('case 8: a 7 MB document', () => {
  test('added beside the seeds, the library is still analysed: the seeds’ findings appear and no error does', async ({ page }) => {
    test.setTimeout(300_000);
    const text = sevenMegabytes();
    expect(text.length).toBeGreaterThan(7_000_000);
    const sources = await openLibrary(page);
    const dialog = new AddDocumentDialog(page);
    await dialog.open();
    await dialog.chooseFiles([{ name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await expect(dialog.field('Title', dialog.fileRow('minutes.txt'))).toHaveValue('Minutes of the long session');
    await dialog.addFiles();
    await sources.expectCount(6);
    const suggestions = new SuggestionsPanel(page);
    await page.getByRole('tab', { name: 'Suggestions' }).click();
    await expect(suggestions.finding(/February 2021/)).toBeVisible({ timeout: 240_000 });
    await expect(page.getByText(/Maximum call stack|analysis failed/i)).toHaveCount(0);
  });
});
