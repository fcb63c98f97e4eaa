import { expect, test } from '@playwright/test';
import { ClaimsPanel } from './pages/claims-panel';
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
