import { expect, test, type Page } from './fixtures';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';

// The Add dialog at scale (issue 18): a date after today is proposed with a warning, never refused.

const SEEDS = 5;
/** Next year, so the date stays after today whenever the test runs. */
const NEXT_YEAR = new Date().getFullYear() + 1;
const AFTER_TODAY = /after today — check it/;

const CONTRACT = {
  name: 'port-contract.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(`Port operator keeps the harbour contract\n\nThe contract runs until December 31, ${NEXT_YEAR}, the city council said on Tuesday.\n`),
};

/** The app with its seeds listed and the Add dialog open. */
async function openAddDialog(page: Page) {
  const sources = new SourcesPanel(page);
  const dialog = new AddDocumentDialog(page);
  await sources.openApp();
  await sources.expectCount(SEEDS);
  await dialog.open();
  return { sources, dialog, reader: new Reader(page) };
}

test('a file whose text proposes a date after today is added with a warning, and Edit details saves it', async ({ page }) => {
  const { sources, dialog, reader } = await openAddDialog(page);
  await dialog.chooseFiles([CONTRACT]);
  const row = dialog.fileRow(CONTRACT.name);
  const date = dialog.field('Publication date', row);
  await expect(date).toHaveValue(`${NEXT_YEAR}-12-31`);
  await expect(date).toHaveAccessibleDescription(AFTER_TODAY);
  await expect(date).not.toHaveAttribute('aria-invalid', 'true');
  await expect(row).toHaveAccessibleDescription('');
  await dialog.addFiles();
  await expect(dialog.dialog).toBeHidden();
  await sources.expectCount(SEEDS + 1);
  await reader.expectOpen('Port operator keeps the harbour contract');
  await expect(reader.detail('Published')).toContainText(`31 Dec ${NEXT_YEAR}`);

  await reader.main.getByRole('button', { name: 'Edit details' }).click();
  const form = reader.main.getByRole('form', { name: 'Edit details' });
  await expect(form.getByLabel('Publication date', { exact: true })).toHaveAccessibleDescription(AFTER_TODAY);
  await form.getByLabel('Outlet', { exact: true }).fill('Harbour Wire');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toHaveCount(0);
  await expect(reader.detail('Outlet')).toHaveText('Harbour Wire');
  await expect(reader.detail('Published')).toContainText(`31 Dec ${NEXT_YEAR}`);
});

test('a pasted text may be given a date after today: the warning shows as it is typed and Add goes through', async ({ page }) => {
  const { dialog, reader } = await openAddDialog(page);
  await dialog.paste({ text: 'Embargoed budget report\n\nThe ministry sets out next year’s spending.', published: `${NEXT_YEAR}-01-15` });
  await expect(dialog.field('Publication date')).toHaveAccessibleDescription(AFTER_TODAY);
  await dialog.submitPaste();
  await expect(dialog.dialog).toBeHidden();
  await reader.expectOpen('Embargoed budget report');
  await expect(reader.detail('Published')).toContainText(`15 Jan ${NEXT_YEAR}`);
  await expect(reader.detail('Published')).toContainText('date set by analyst');
});

const REPORTS = 298;
const reportName = (n: number) => `report-${String(n).padStart(3, '0')}.txt`;
const manyFiles = () => [
  ...Array.from({ length: REPORTS }, (_, i) => ({
    name: reportName(i + 1),
    mimeType: 'text/plain',
    buffer: Buffer.from(`Council report ${i + 1}\n\nThe harbour council approved item ${i + 1} of its agenda, members said.\n`),
  })),
  { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) },
  CONTRACT,
];

test('three hundred files: rows are virtual, the keyboard walks through them, problems are one click away, and the good ones are all added', async ({ page }) => {
  const { sources, dialog } = await openAddDialog(page);
  await dialog.chooseFiles(manyFiles());
  const addButton = dialog.dialog.getByRole('button', { name: `Add ${REPORTS + 1} documents` });
  await expect(addButton).toBeEnabled();
  await expect(dialog.dialog).toContainText(`${REPORTS + 2} files: ${REPORTS + 1} to add, 1 not added, 1 date to check.`);
  await expect(dialog.fileRows.first()).toHaveAttribute('aria-setsize', String(REPORTS + 2));
  expect(await dialog.fileRows.count()).toBeLessThan(40);

  // Tab from the first row's last field walks on into rows rendered as they come into view.
  await dialog.field('Authors', dialog.fileRow(reportName(1))).focus();
  const stopsPerRow = 7; // Remove, Title, Outlet, Publication date, Language, URL, Authors
  for (let press = 0; press < stopsPerRow * 8; press += 1) await page.keyboard.press('Tab');
  await expect(dialog.field('Authors', dialog.fileRow(reportName(9)))).toBeFocused();

  await dialog.dialog.getByRole('button', { name: 'Show only the 2 files to look at' }).click();
  await expect(dialog.fileRows).toHaveCount(2);
  await expect(dialog.fileRow('scan.txt')).toHaveAccessibleDescription(/^Not added: scan\.txt: this is a binary file/);
  await expect(dialog.field('Publication date', dialog.fileRow(CONTRACT.name))).toHaveAccessibleDescription(AFTER_TODAY);
  await dialog.dialog.getByRole('button', { name: `Show all ${REPORTS + 2} files` }).click();

  await addButton.click();
  await expect(dialog.dialog.getByRole('status')).toContainText(`Added ${REPORTS + 1} documents; 1 file was not added (see below).`);
  await expect(dialog.fileRows).toHaveCount(1);
  await expect(dialog.fileRow('scan.txt')).toHaveAccessibleDescription(/binary file/);
  await expect(sources.root.getByRole('heading', { name: `Sources (${SEEDS + REPORTS + 1})` })).toBeVisible();
});
