import { expect, test } from './fixtures';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { ClaimsPanel } from './pages/claims-panel';
import { ExportMenu } from './pages/export-menu';
import { documentIdFor, projectFile } from './pages/generated-library';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';

// Issue 12 (size): a text over a million characters is stored in parts, each written on its own so
// that adding it never encodes all of it in one task; it must come back whole after a reload and
// reach another tab whole. The reader splits such a text into lines a slice per task, its
// beginning first: a span near the end is shown once its line is known.

const TITLE = 'Minutes of the harbour session';
const NEEDLE = 'the levy on moorings passed by seven votes to two';
const PARAGRAPHS = 24_000;

/** About 2.5 MB: three parts. The needle sits in the last paragraphs, in the third part. */
function minutes(): string {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, index) => `Item ${index + 1}: the council heard the harbour master on berth ${index % 97} and the road works near the school, then moved on.`);
  paragraphs.splice(PARAGRAPHS - 5, 0, `At the close ${NEEDLE}, and the session ended.`);
  return `${TITLE}\n\n${paragraphs.join('\n\n')}\n`;
}

test('a 2.5 MB text file added comes back whole after a reload and in a second tab: its last paragraphs are found there', async ({ page, context }) => {
  test.setTimeout(120_000);
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  const otherTab = await context.newPage();
  const otherSources = new SourcesPanel(otherTab);
  await otherSources.openApp();
  await otherSources.expectCount(5);

  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.chooseFiles([{ name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from(minutes()) }]);
  await expect(dialog.field('Title', dialog.fileRow('minutes.txt'))).toHaveValue(TITLE);
  await dialog.addFiles();
  await sources.expectCount(6);

  await page.reload();
  await sources.expectCount(6);
  await sources.open(TITLE);
  const reader = new Reader(page);
  await reader.expectOpen(TITLE);
  await reader.findAndSelect(NEEDLE);

  await otherSources.expectCount(6);
  await otherSources.open(TITLE);
  const otherReader = new Reader(otherTab);
  await otherReader.expectOpen(TITLE);
  await otherReader.findAndSelect(NEEDLE);
});

test('Show in source on evidence near the end of a 2.5 MB document opens the reader there, the span on screen', async ({ page }) => {
  test.setTimeout(120_000);
  const text = minutes();
  const docId = documentIdFor(TITLE, text);
  const start = text.indexOf(NEEDLE);
  const createdAt = '2024-05-01T09:00:00.000Z';
  const evidence = {
    id: 'levy-evidence', docId, stance: 'supports', createdAt,
    quote: { type: 'TextQuoteSelector', exact: NEEDLE, prefix: text.slice(start - 32, start), suffix: text.slice(start + NEEDLE.length, start + NEEDLE.length + 32) },
    position: { type: 'TextPositionSelector', start, end: start + NEEDLE.length },
  };
  const statement = 'The mooring levy passed 7–2';
  const claim = { id: 'levy', statement, status: 'unverified', note: '', tags: [], evidence: [evidence], origin: { kind: 'manual' }, createdAt, updatedAt: createdAt };
  const sources = new SourcesPanel(page);
  await sources.openApp();
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('minutes.json', projectFile([{ id: docId, title: TITLE, outlet: 'Council', text }], [claim]));
  await menu.confirmImport();
  await sources.expectCount(6);

  const claims = new ClaimsPanel(page);
  await claims.card(statement).click();
  await claims.selectedCard().locator('.evidence-item').getByRole('button', { name: /Show in source/ }).click();
  await new Reader(page).expectOpen(TITLE);
  const focused = page.locator('.app-main mark.hl-focus');
  await expect(focused).toHaveText(NEEDLE);
  await expect(focused).toBeInViewport();
});
