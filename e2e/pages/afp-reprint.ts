import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { AddDocumentDialog } from './add-document-dialog';
import { SourcesPanel } from './sources-panel';

const TITLE = 'Reprint of the AFP dispatch';

/** The AFP dispatch (seed 001) as another outlet runs it: its first six paragraphs, with a line of its own. */
const TEXT = [
  ...readFileSync(join(import.meta.dirname, '../../seeds/001_8dfcd5823fdeecd6.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.length > 80)
    .slice(0, 6),
  'This dispatch was edited by our news desk.',
].join('\n\n');

/** Pastes the reprint into the five seeds through the Add dialog, then opens the Overview. */
export async function addAfpReprint(page: Page): Promise<void> {
  const add = new AddDocumentDialog(page);
  await add.open();
  await add.paste({ text: TEXT, title: TITLE, published: '2023-07-14' });
  await add.submitPaste();
  await new SourcesPanel(page).expectCount(6);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview', exact: true }).click();
}

/** The reprint's row in the Overview's heat map. */
export function afpReprintRow(page: Page): Locator {
  return page.locator('.heat-map tbody tr').filter({ hasText: TITLE });
}
