import { expect, test, type BrowserContext, type Page } from './fixtures';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { documentIdFor } from './pages/generated-library';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';

// Issue 12 (size): a long pasted text is held rather than laid out in the field, drafted in a
// worker — title, date, word count and content hash come from there — and added with the same
// facts the main thread would have computed.

const TITLE = 'Minutes of the pasted session';
const SENTENCE = 'Wang Yi met Sergei Lavrov in Jakarta. ';
const SENTENCES = 40_000;
// 1.5 MB: past the length from which the app keeps a text's facts (100,000 characters), so the
// word count shown is the one the worker sent.
const LONG_TEXT = `${TITLE}\r\n\r\nPublished 1 May 2024\r\n\r\n${SENTENCE.repeat(SENTENCES)}`;
const WORDS = 5 + 4 + 7 * SENTENCES;
const CHARACTERS = LONG_TEXT.length.toLocaleString('en-GB');

/** The app on its seeds, the Add dialog open and the long text on the clipboard. */
async function openDialogWithLongTextCopied(page: Page, context: BrowserContext): Promise<{ sources: SourcesPanel; dialog: AddDocumentDialog }> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await page.evaluate((text) => navigator.clipboard.writeText(text), LONG_TEXT);
  return { sources, dialog };
}

/** Pastes the long text into the empty Article text field with Ctrl+V, as a user does. */
async function pasteIntoEmptyField(page: Page, dialog: AddDocumentDialog): Promise<void> {
  await dialog.dialog.getByRole('tab', { name: 'Paste text' }).click();
  await dialog.field('Article text').focus();
  await page.keyboard.press('ControlOrMeta+V');
}

test('a 1.5 MB text pasted with Ctrl+V gets its title and date proposed, and is added with its word count and content hash', async ({ page, context }) => {
  const { sources, dialog } = await openDialogWithLongTextCopied(page, context);
  await pasteIntoEmptyField(page, dialog);
  const held = dialog.dialog.getByRole('group', { name: 'Article text' });
  await expect(held).toContainText(`${CHARACTERS} characters pasted: too long to show here, all of it is added. It begins:`);
  await expect(held).toContainText(`${TITLE} Published 1 May 2024`);
  await expect(held).toBeFocused();
  await expect(dialog.field('Title')).toHaveValue(TITLE);
  await expect(dialog.field('Publication date')).toHaveValue('2024-05-01');
  await dialog.field('Outlet').fill('Council Record');
  await dialog.submitPaste();
  await expect(dialog.dialog).toBeHidden();
  await sources.expectCount(6);
  const reader = new Reader(page);
  await reader.expectOpen(TITLE);
  await expect(reader.detail('Length')).toHaveText(`${WORDS.toLocaleString('en-GB')} words`);
  // The id ends with the SHA-256 of the text as stored (line endings made \n), computed here in Node.
  await expect(page).toHaveURL(new RegExp(`#/read/${documentIdFor(TITLE, LONG_TEXT.replace(/\r\n/g, '\n'))}$`));
});

test('Add right after a paste waits for the text’s draft and adds the text pasted, not the one before', async ({ page, context }) => {
  const { dialog } = await openDialogWithLongTextCopied(page, context);
  await dialog.paste({ text: 'A short note', title: TITLE });
  // By role, not by label: a label's text takes in the value of the field inside it.
  await dialog.dialog.getByRole('textbox', { name: 'Article text' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await dialog.submitPaste();
  await expect(dialog.dialog).toBeHidden();
  const reader = new Reader(page);
  await reader.expectOpen(TITLE);
  await expect(reader.detail('Length')).toHaveText(`${WORDS.toLocaleString('en-GB')} words`);
});

test('a held paste is cleared with one button, and the empty field takes the focus and the keys', async ({ page, context }) => {
  const { dialog } = await openDialogWithLongTextCopied(page, context);
  await pasteIntoEmptyField(page, dialog);
  await expect(dialog.field('Title')).toHaveValue(TITLE);
  await dialog.dialog.getByRole('button', { name: 'Clear the text' }).click();
  const field = dialog.dialog.getByRole('textbox', { name: 'Article text' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await expect(dialog.field('Title')).toHaveValue('');
  await page.keyboard.type('Short note');
  await expect(dialog.field('Title')).toHaveValue('Short note');
});
