import { expect, test } from '@playwright/test';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';

// Issue 12 (size): a text over a million characters is stored in parts, each written on its own so
// that adding it never encodes all of it in one task; it must come back whole after a reload and
// reach another tab whole.

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
