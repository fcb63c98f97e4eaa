import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from './fixtures';
import { ClaimsPanel } from './pages/claims-panel';
import { addDocumentFiles, CompareView } from './pages/compare-view';
import { ExportMenu, type DownloadedFile } from './pages/export-menu';
import { SuggestionsPanel } from './pages/suggestions-panel';
import { SourcesPanel } from './pages/sources-panel';
import { StoryPicker } from './pages/story-picker';

// Issue 14, stories: several sources removed at once and brought back, sources moved and copied
// between stories, export and import of one story or all of them, and stories kept apart.

const SEED_TITLES = [
  'Wang Yi says China will strengthen its ties with Russia',
  'China’s top diplomat says Beijing, Moscow to deepen ties',
  'China’s FM hails ‘strategic cooperation’ in talks with Russian counterpart',
  'Russia, China to deepen security cooperation in Asia, Europe',
  'China-Russia relations ‘rock solid’ as Ukraine war hits anniversary',
];
const D002 = '002_d2e03255e9355d12';
const SHOTS = 'test-results/stories';

test('five sources removed at once (Shift+click, Delete) come back with Ctrl+Z, and again with Undo', async ({ page }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);

  await sources.checkbox(SEED_TITLES[0]!).click();
  await sources.checkbox(SEED_TITLES[4]!).click({ modifiers: ['Shift'] });
  for (const title of SEED_TITLES) await expect(sources.checkbox(title)).toBeChecked();
  await expect(sources.selectionAction('Remove 5 sources')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/ticked-sources.png` });

  await sources.checkbox(SEED_TITLES[2]!).focus();
  await page.keyboard.press('Delete');
  await sources.expectCount(0);
  await expect(sources.notice).toContainText('Removed 5 sources.');
  await page.screenshot({ path: `${SHOTS}/removed-notice.png` });

  await page.keyboard.press('Control+z');
  await sources.expectCount(5);
  await expect(sources.notice).toBeHidden();

  // They come back ticked, as they were; Shift+click on a ticked row unticks the range.
  for (const title of SEED_TITLES) await expect(sources.checkbox(title)).toBeChecked();
  await sources.checkbox(SEED_TITLES[3]!).click();
  await sources.checkbox(SEED_TITLES[1]!).click({ modifiers: ['Shift'] });
  await expect(sources.selectionAction('Remove 2 sources')).toBeVisible();
  await sources.checkbox(SEED_TITLES[1]!).click();
  await sources.checkbox(SEED_TITLES[3]!).click({ modifiers: ['Shift'] });

  // By mouse this time, and the message's Undo.
  await sources.selectionAction('Remove 5 sources').click();
  await sources.expectCount(0);
  await sources.notice.getByRole('button', { name: 'Undo' }).click();
  await sources.expectCount(5);
  expect(await sources.titles()).toEqual(SEED_TITLES);
});

test('a source moved to another story warns of the claim it leaves without evidence, and moves back', async ({ page }) => {
  const sources = new SourcesPanel(page);
  const stories = new StoryPicker(page);
  const claims = new ClaimsPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  await stories.create('Ukraine anniversary');
  await sources.expectCount(0);
  await stories.switchTo('China–Russia (sample)');
  await sources.expectCount(5);

  await claims.openReader(D002);
  await claims.selectText(D002, 'February 2021');
  await claims.pressShortcut('c');
  await expect(claims.cards).toHaveCount(1);

  await sources.checkbox(SEED_TITLES[2]!).click();
  await sources.selectionAction('Move to story…').click();
  const dialog = page.getByRole('dialog', { name: 'Move 1 source to another story' });
  await expect(dialog.getByLabel('To story')).toHaveValue(/.+/);
  await expect(dialog.getByRole('note')).toContainText('This claim loses its evidence');
  await expect(dialog.getByRole('note')).toContainText('“February 2021” — 1 span');
  await page.screenshot({ path: `${SHOTS}/move-dialog.png` });
  await dialog.getByRole('button', { name: 'Move 1 source' }).click();

  await sources.expectCount(4);
  await expect(sources.notice).toContainText('Moved 1 source to “Ukraine anniversary”.');
  await expect(sources.notice).toContainText('1 claim loses evidence: “February 2021”.');
  await expect(claims.cards).toHaveCount(1);

  await sources.notice.getByRole('button', { name: 'Open “Ukraine anniversary”' }).click();
  await stories.expectCurrent('Ukraine anniversary');
  await sources.expectCount(1);
  await expect(sources.link(SEED_TITLES[2]!)).toBeVisible();
  await expect(claims.cards).toHaveCount(0);

  // And back: the sample story has it again, its claim's evidence with it.
  await sources.checkbox(SEED_TITLES[2]!).click();
  await sources.selectionAction('Move to story…').click();
  const back = page.getByRole('dialog', { name: 'Move 1 source to another story' });
  await back.getByLabel('To story').selectOption({ label: 'China–Russia (sample)' });
  await expect(back).toContainText('No claim in this story cites these sources.');
  await back.getByRole('button', { name: 'Move 1 source' }).click();
  await sources.expectCount(0);
  await stories.switchTo('China–Russia (sample)');
  await sources.expectCount(5);
  await claims.card('February 2021').click();
  await expect(claims.selectedCard().locator('.evidence-item')).toHaveCount(1);
  await expect(claims.selectedCard().locator('.evidence-item')).not.toContainText(/orphan/i);
});

test('moving sources is undone with Ctrl+Z: back here, and gone from the other story', async ({ page }) => {
  const sources = new SourcesPanel(page);
  const stories = new StoryPicker(page);
  await sources.openApp();
  await sources.expectCount(5);
  await stories.create('Elsewhere');
  await stories.switchTo('China–Russia (sample)');
  await sources.checkbox(SEED_TITLES[0]!).click();
  await sources.checkbox(SEED_TITLES[1]!).click({ modifiers: ['Shift'] });
  await sources.selectionAction('Copy to story…').click();
  const copy = page.getByRole('dialog', { name: 'Copy 2 sources to another story' });
  await expect(copy).toContainText('claims stay in this story');
  await copy.getByRole('button', { name: 'Copy 2 sources' }).click();
  await expect(sources.notice).toContainText('Copied 2 sources to “Elsewhere”.');
  await sources.expectCount(5);

  await sources.checkbox(SEED_TITLES[3]!).click();
  await sources.selectionAction('Move to story…').click();
  await page.getByRole('dialog', { name: 'Move 3 sources to another story' }).getByRole('button', { name: 'Move 3 sources' }).click();
  await expect(sources.notice).toContainText('Moved 3 sources to “Elsewhere”. 2 were already in “Elsewhere”.');
  await sources.expectCount(2);
  await page.keyboard.press('Control+z');
  await sources.expectCount(5);
  await stories.switchTo('Elsewhere');
  // The two copied before the move stay; the one the move wrote is taken out again.
  await sources.expectCount(2);
  expect(await sources.titles()).toEqual(SEED_TITLES.slice(0, 2));
});

// Two stories told with the same names, figures and days: each story's suggestions stay its own.
const KOTKA = 'The port authority said on Monday that 41 ships were waiting outside the harbour of Kotka, the longest queue this year.';
const STORY_A = [
  { name: 'ships-wait.txt', text: `Ships wait outside Kotka\n\n${KOTKA}\n\nHarbour master Anna Virtanen said the queue would clear by Friday.\n` },
  { name: 'kotka-queue.txt', text: `Queue at Kotka harbour\n\n${KOTKA.replace('41 ships', '14 ships')}\n\nHarbour master Anna Virtanen said the queue would clear by Friday.\n` },
];
const STORY_B = [
  { name: 'queue-clears.txt', text: `Kotka queue clears\n\n${KOTKA}\n\nHarbour master Ana Virtanen said the queue would clear by Thursday.\n` },
  { name: 'evening.txt', text: `Kotka harbour, evening\n\n${KOTKA.replace('41 ships', '38 ships')}\n\nHarbour master Anna Virtanen said the queue would clear by Thursday.\n` },
];

/** Another browser (a fresh profile) with the seeds, its Import dialog open on `file`. */
async function freshBrowserImporting(browser: Browser, file: DownloadedFile) {
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const otherSources = new SourcesPanel(other);
  await otherSources.openApp();
  await otherSources.expectCount(5);
  const imports = new ExportMenu(other);
  await imports.openImport();
  await imports.chooseFile(file.fileName, file.text);
  return { fresh, other, otherSources, imports };
}

async function storyWith(page: Page, name: string, files: Array<{ name: string; text: string }>): Promise<void> {
  await new StoryPicker(page).create(name);
  await addDocumentFiles(page, files);
  await new SourcesPanel(page).expectCount(files.length);
}

test('two stories with the same names and dates raise no finding across stories', async ({ page }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  await storyWith(page, 'Kotka A', STORY_A);
  await storyWith(page, 'Kotka B', STORY_B);
  const suggestions = new SuggestionsPanel(page);

  await new StoryPicker(page).switchTo('Kotka A');
  await suggestions.open();
  await expect(suggestions.finding(/41.*14|14.*41/)).toHaveCount(1);
  await expect(suggestions.panel).not.toContainText(/Kotka queue clears|Kotka harbour, evening|Ana Virtanen|Thursday|38 ships/);
  await expect(suggestions.panel).not.toContainText(/Wang Yi|Lavrov/);

  await new StoryPicker(page).switchTo('Kotka B');
  await suggestions.open();
  await expect(suggestions.panel).toContainText(/38/);
  await expect(suggestions.panel).not.toContainText(/Ships wait outside Kotka|Queue at Kotka harbour|14 ships|Friday/);
});

test('a link to a story’s comparison opens it in a fresh browser after the story’s file is imported as a new story', async ({ page, browser }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  await storyWith(page, 'Kotka A', STORY_A);
  await sources.checkbox('Ships wait outside Kotka').click();
  await sources.checkbox('Queue at Kotka harbour').click();
  await sources.compareButton.click();
  const compare = new CompareView(page);
  await compare.waitForRows();
  const link = page.url();
  expect(link).toMatch(/[?&]story=[^&]+/);
  expect(link).toMatch(/#\/compare\?docs=/);
  const exports = new ExportMenu(page);
  const file = await exports.download(/Crosscheck project/);
  expect(JSON.parse(file.text)).toMatchObject({ version: 2, stories: [{ name: 'Kotka A' }] });

  const { fresh, other, otherSources, imports } = await freshBrowserImporting(browser, file);
  await expect(imports.importDialog.getByRole('radio', { name: 'As a new story' })).toBeChecked();
  await expect(imports.importDialog).toContainText('“Kotka A” — 2 documents, 0 claims');
  await other.screenshot({ path: `${SHOTS}/import-as-new-story.png` });
  await imports.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await new StoryPicker(other).expectCurrent('Kotka A');
  await otherSources.expectCount(2);

  await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await new StoryPicker(other).expectCurrent('Kotka A');
  const otherCompare = new CompareView(other);
  await otherCompare.waitForRows();
  await expect(other.getByRole('main')).toContainText('Ships wait outside Kotka');
  await expect(other.getByRole('main')).toContainText('Queue at Kotka harbour');
  await fresh.close();
});

test('all stories in one project file come back as new stories; a version 1 file still imports', async ({ page, browser }) => {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(5);
  await storyWith(page, 'Kotka A', STORY_A);
  const exports = new ExportMenu(page);
  await exports.setProjectScope('all stories');
  await exports.open();
  await page.screenshot({ path: `${SHOTS}/export-scope.png` });
  await page.keyboard.press('Escape');
  const file = await exports.download(/Crosscheck project/);
  expect((JSON.parse(file.text) as { stories: Array<{ name: string }> }).stories.map((story) => story.name)).toEqual(['China–Russia (sample)', 'Kotka A']);

  const { fresh, other, otherSources, imports } = await freshBrowserImporting(browser, file);
  await expect(imports.importDialog.getByRole('radio', { name: 'As 2 new stories' })).toBeChecked();
  await imports.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  // The dialog is modal until the import is stored and the first new story opened.
  await expect(imports.importDialog).toBeHidden();
  const picker = new StoryPicker(other);
  await expect(picker.select.locator('option')).toHaveText(['China–Russia (sample)', 'China–Russia (sample) 2', 'Kotka A']);
  await picker.switchTo('Kotka A');
  await otherSources.expectCount(2);

  // A version 1 file (one story at the top level) into the current story.
  await imports.openImport();
  await imports.chooseFile('harbour-v1.json', readFileSync(new URL('../src/core/formats/testdata/project-v1.json', import.meta.url), 'utf8'));
  await imports.importDialog.getByRole('radio', { name: /Into the current story/ }).check();
  await other.screenshot({ path: `${SHOTS}/import-into-current.png` });
  await imports.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await otherSources.expectCount(4);
  await fresh.close();
});

test('opening the app on its bare address resumes the story this browser showed last, and the first story once it is shown again', async ({ page, context }) => {
  await page.goto('/#/');
  const picker = new StoryPicker(page);
  await picker.expectCurrent('China–Russia (sample)');
  await picker.create('Harbour fire');
  await expect(page).toHaveURL(/story=/);

  const later = await context.newPage();
  await later.goto('/');
  await new StoryPicker(later).expectCurrent('Harbour fire');
  // The address now names the story, so a reload or a copied link keeps meaning what is on screen.
  await expect(later).toHaveURL(/#\/\?story=/);
  await later.reload();
  await new StoryPicker(later).expectCurrent('Harbour fire');

  await picker.switchTo('China–Russia (sample)');
  await later.close();
  const again = await context.newPage();
  await again.goto('/#/');
  await new StoryPicker(again).expectCurrent('China–Russia (sample)');
  await expect(again).toHaveURL(/#\/$/);
  await expect(again.getByRole('heading', { name: 'Sources (5)' })).toBeVisible();
});

test('a story remembered by this browser that is gone or damaged opens the first story, and nothing stored changes', async ({ page }) => {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: 'Sources (5)' })).toBeVisible();
  for (const remembered of ['deleted-story', '\u0000%%', '']) {
    await page.evaluate((value) => localStorage.setItem('crosscheck-last-story', value), remembered);
    await page.goto('/');
    await new StoryPicker(page).expectCurrent('China–Russia (sample)');
    await expect(page.getByRole('heading', { name: 'Sources (5)' })).toBeVisible();
    // The bare address again (as it was typed, or given back once the story is found gone).
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(#\/)?$/);
    expect(await page.evaluate(() => localStorage.getItem('crosscheck-last-story'))).toBeNull();
  }
});
