import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { SourcesPanel } from './pages/sources-panel';

// Issue 18: a folder dropped on the Add dialog brings its readable files, listed a batch at a time
// instead of in the browser's one long task of a file input's list.

const SEEDS = 5;

let folder: string;

test.beforeAll(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'crosscheck-folder-')), 'harbour council');
  mkdirSync(join(folder, 'minutes'), { recursive: true });
  for (let n = 1; n <= 120; n += 1) {
    writeFileSync(join(folder, `report-${String(n).padStart(3, '0')}.txt`), `Harbour report ${n}\n\nThe harbour council approved item ${n} of the budget on Tuesday, the council said.\n`);
  }
  writeFileSync(join(folder, 'minutes', 'session.md'), '# Minutes of the session\n\nThe council met on Monday and voted on the harbour levy.\n');
  writeFileSync(join(folder, '.DS_Store'), 'not an article');
  writeFileSync(join(folder, 'scan.pdf'), '%PDF-1.4');
});

test.afterAll(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

test('a folder dropped on the Add dialog lists its readable files, its subfolder’s too, and adds them', async ({ page }) => {
  const sources = new SourcesPanel(page);
  const dialog = new AddDocumentDialog(page);
  await sources.openApp();
  await sources.expectCount(SEEDS);
  await dialog.open();
  // The file input stays for the keyboard; it tells, as the drop zone shows, that a large set is better dropped as a folder.
  await dialog.dialog.getByRole('tab', { name: 'Files' }).click();
  await expect(dialog.dialog.getByLabel('Choose files…')).toHaveAccessibleDescription(/Thousands of files\? Drop their folder here/);
  await dialog.dropFolder(folder);
  await expect(dialog.dialog.getByText('Drop files or a folder here, or')).toBeVisible();
  const add = dialog.dialog.getByRole('button', { name: 'Add 121 documents' });
  await expect(add).toBeEnabled();
  await expect(dialog.fileRow('session.md')).toBeVisible();
  await expect(dialog.dialog.getByRole('listitem', { name: 'scan.pdf' })).toHaveCount(0);
  await add.click();
  await expect(dialog.dialog).toBeHidden();
  // The list is virtual at this size: its heading counts every source.
  await expect(page.getByRole('heading', { name: `Sources (${SEEDS + 121})` })).toBeVisible();
});

test('files chosen in the Add dialog leave its top in view: the drop zone is not scrolled away as their rows appear', async ({ page }) => {
  const sources = new SourcesPanel(page);
  const dialog = new AddDocumentDialog(page);
  await sources.openApp();
  await dialog.open();
  const files = Array.from({ length: 6 }, (_, n) => ({ name: `note-${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Harbour note ${n}\n\nThe harbour council met on Monday, 3 March 2025, and approved item ${n}.\n`) }));
  await dialog.chooseFiles(files);
  await expect(dialog.dialog.getByRole('button', { name: 'Add 6 documents' })).toBeEnabled();
  await expect(dialog.dialog.getByLabel('Title', { exact: true }).first()).toHaveValue('Harbour note 0');
  await expect.poll(() => dialog.dialog.locator('.modal-body').evaluate((body) => body.scrollTop)).toBe(0);
  await expect(dialog.dialog.getByText('Drop files or a folder here, or')).toBeInViewport({ ratio: 1 });
});
