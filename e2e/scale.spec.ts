import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { ClaimsPanel } from './pages/claims-panel';
import { CompareView } from './pages/compare-view';
import { ExportMenu } from './pages/export-menu';
import { tabTo } from './pages/keyboard';
import { SourcesPanel } from './pages/sources-panel';

// Issue 8.4: a library of 1,000 documents, loaded the way an analyst would (importing a project
// file), still lists, cites, compares and exports. No timings are asserted: benchmarks measure speed.

const STORIES = 100;
const REPRINTS_PER_STORY = 10;
const DOCUMENT_COUNT = STORIES * REPRINTS_PER_STORY;
const SEED_COUNT = 5;
/** More rows than fit the panel would mean the list is not virtualised. */
const MAX_RENDERED_ROWS = 40;

const WORDS = (
  'minister talks summit cooperation sanctions energy trade security region border treaty agreement delegation ' +
  'spokesperson ministry council president premier envoy capital embassy statement meeting pressure market export ' +
  'import pipeline grain shipment port harbour visit official ally partner rival conflict ceasefire aid loan bank ' +
  'currency reserve growth decline percent billion million week month Jakarta Moscow Beijing Kyiv Brussels'
).split(' ');
const OUTLETS = ['Harbour Wire', 'Capital Post', 'Border Daily', 'Market Times', 'Evening Ledger', 'River Herald', 'North Courier', 'Plain Dealer', 'Coast Review', 'Hill Gazette'];

interface GeneratedDocument {
  id: string;
  title: string;
  outlet: string;
  text: string;
}

function randomFrom(seed: number) {
  let state = (seed * 2654435761) % 2147483648;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

function sentence(next: (n: number) => number): string {
  const words = Array.from({ length: 9 + next(8) }, () => WORDS[next(WORDS.length)]!);
  return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
}

/** Reprints reword some of the wire copy, so the engine aligns paraphrases, not only identical text. */
const SYNONYMS: Record<string, string> = { talks: 'discussions', summit: 'meeting', minister: 'secretary', trade: 'commerce', aid: 'assistance', growth: 'expansion' };

function reword(paragraph: string, next: (n: number) => number): string {
  return paragraph.replace(/\b[a-z]+\b/g, (word) => (SYNONYMS[word] && next(2) === 0 ? SYNONYMS[word] : word));
}

/** Ids as the app makes them (a slug of the title and a hash prefix), so labels read as in use. */
function documentIdFor(title: string, text: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8)}`;
}

/** Each story's outlets reprint its four paragraphs (the first verbatim), each adding a line of its own. */
function generateLibrary(): GeneratedDocument[] {
  const documents: GeneratedDocument[] = [];
  for (let story = 0; story < STORIES; story += 1) {
    const next = randomFrom(story + 1);
    const paragraphs = Array.from({ length: 4 }, () => `${sentence(next)} ${sentence(next)}`);
    for (let reprint = 0; reprint < REPRINTS_PER_STORY; reprint += 1) {
      const own = randomFrom(10_000 + story * REPRINTS_PER_STORY + reprint);
      const title = `Story ${story} in the ${OUTLETS[reprint]}`;
      const body = [paragraphs[0]!, reword(paragraphs[1]!, own), sentence(own), ...paragraphs.slice(2).map((p) => reword(p, own))];
      const text = `${title}\n\n${body.join('\n\n')}\n`;
      documents.push({ id: documentIdFor(title, text), title, outlet: OUTLETS[reprint]!, text });
    }
  }
  return documents;
}

function projectFile(documents: GeneratedDocument[]): string {
  return JSON.stringify({
    version: 1,
    exportedAt: '2024-05-01T09:00:00.000Z',
    documents: documents.map(({ id, title, outlet, text }) => ({
      id, title, outlet, published: '2024-05-01', publishedBasis: 'analyst', language: 'en', note: '',
      contentHash: createHash('sha256').update(text, 'utf8').digest('hex'), text, origin: { kind: 'pasted' },
    })),
    claims: [],
    dismissedFindings: [],
  });
}

test('1,000 imported documents: the list stays virtual, a claim cites two of them, a compare aligns them, CSV exports it', async ({ page }) => {
  test.setTimeout(150_000);
  const library = generateLibrary();
  const [first, second] = [library[70]!, library[71]!];
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(SEED_COUNT);

  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('thousand-reports.json', projectFile(library));
  await expect(menu.importDialog.locator('.import-summary')).toContainText(`Documents: ${DOCUMENT_COUNT} new`, { timeout: 30_000 });
  const importStarted = Date.now();
  await menu.confirmImport();

  const total = SEED_COUNT + DOCUMENT_COUNT;
  await expect(sources.root.getByRole('heading', { name: `Sources (${total})` })).toBeVisible({ timeout: 30_000 });
  const listedMs = Date.now() - importStarted;
  const rendered = await sources.items.count();
  expect(rendered).toBeLessThan(MAX_RENDERED_ROWS);
  await expect(sources.items.first()).toHaveAttribute('aria-setsize', String(total));

  // Two documents found by keyboard through the panel's filter (Tab cannot reach rows the virtual
  // list has not rendered), each cited for the same wire sentence.
  const claims = new ClaimsPanel(page);
  const quoted = first.text.split('\n\n')[1]!.split('. ')[0]!;
  const filter = sources.root.getByRole('searchbox', { name: 'Filter sources by title or outlet' });
  const openByKeyboard = async (title: string) => {
    await tabTo(page, filter);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(title);
    await tabTo(page, sources.link(title));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(title);
  };
  await openByKeyboard(first.title);
  await claims.selectText(first.id, quoted);
  await claims.pressShortcut('c');
  await expect(claims.selectedCard().getByLabel('Statement')).toHaveValue(quoted);
  await openByKeyboard(second.title);
  await claims.selectText(second.id, quoted);
  await claims.pressShortcut('a');
  await expect(claims.selectedCard().locator('.evidence-item')).toHaveCount(2);

  const compare = new CompareView(page);
  const compareStarted = Date.now();
  await compare.open([first.id, second.id]);
  await expect(compare.alignedRows.first()).toBeVisible({ timeout: 90_000 });
  const alignedMs = Date.now() - compareStarted;
  await expect(compare.alignedRows.first()).toContainText(quoted);

  const csv = await menu.download(/^CSV/);
  const rows = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows.map((row) => [row['Source title'], row['Quoted text'], row['Statement']])).toEqual([
    [first.title, quoted, quoted],
    [second.title, quoted, quoted],
  ]);
  console.log(`${total} documents: listed ${listedMs} ms after confirming the import (${rendered} rows in the DOM); compare rows aligned ${alignedMs} ms after opening`);
});
