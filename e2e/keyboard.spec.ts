import { createHash } from 'node:crypto';
import { expect, test, type Page } from './fixtures';
import { ClaimsPanel } from './pages/claims-panel';
import { CompareView } from './pages/compare-view';
import { describeFocus, expectVisibleFocus, readerTextStop, selectWithReaderKeys, tabTo } from './pages/keyboard';
import { SEED_SOURCE, seedPairCell } from './pages/seed-sources';

// Issue 8.1: every flow by keyboard alone. No test here clicks: keys are pressed on the page, and
// the only thing read back is what the analyst would see or hear.

const D001 = '001_8dfcd5823fdeecd6';
const D002 = '002_d2e03255e9355d12';
const TITLE_000 = 'Wang Yi says China will strengthen its ties with Russia';
const TITLE_001 = 'China’s top diplomat says Beijing, Moscow to deepen ties';
const TITLE_002 = 'China’s FM hails ‘strategic cooperation’ in talks with Russian counterpart';
const INVASION = /invasion of Ukraine/i;

async function openApp(page: Page, hash = '#/') {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('complementary', { name: 'Sources' }).getByRole('link', { name: TITLE_002 })).toBeVisible();
}

function sources(page: Page) {
  return page.getByRole('complementary', { name: 'Sources' });
}

test('add a document: open the dialog (the cursor in its text field), type its text and title, confirm', async ({ page }) => {
  await openApp(page);
  const addButton = page.getByRole('banner').getByRole('button', { name: 'Add documents' });
  await tabTo(page, addButton);
  await expectVisibleFocus(addButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add documents' });
  await expect(dialog).toBeVisible();

  // The dialog opens with the cursor in the text field, ready for a paste.
  const text = dialog.getByLabel('Article text', { exact: true });
  await expect(text).toBeFocused();
  await expectVisibleFocus(text);
  await page.keyboard.type('Ministers met in Jakarta on Thursday.\n\nThey agreed to widen grain shipments through the port.');
  const title = dialog.getByLabel('Title', { exact: true });
  await tabTo(page, title);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Grain talks in Jakarta');
  await tabTo(page, dialog.getByRole('button', { name: 'Add document', exact: true }));
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  const heading = page.getByRole('main').getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Grain talks in Jakarta');
  // The focus lands on the new document rather than falling to the page.
  await expect(heading).toBeFocused();
  await expect(sources(page).getByRole('link', { name: 'Grain talks in Jakarta', exact: true })).toBeVisible();
});

test('compare: tick two sources with Space, activate Compare, move through rows with j and k; changes carry words', async ({ page }) => {
  await openApp(page);
  for (const name of [TITLE_000, TITLE_001]) {
    const checkbox = sources(page).getByRole('checkbox', { name: `Select ${name} for comparison` });
    await tabTo(page, checkbox);
    await expectVisibleFocus(checkbox);
    await page.keyboard.press('Space');
    await expect(checkbox).toBeChecked();
  }
  const compareButton = sources(page).getByRole('button', { name: 'Compare 2' });
  await tabTo(page, compareButton);
  await expectVisibleFocus(compareButton);
  await page.keyboard.press('Enter');

  const compare = new CompareView(page);
  await compare.waitForRows();
  await expect(page).toHaveURL(/#\/compare\?docs=000_900e33a0770657f5,001_8dfcd5823fdeecd6/);
  await expect(compare.alignedRows.first()).toBeVisible();
  const first = await compare.activeRowNumber();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect.poll(() => compare.activeRowNumber()).toBe(first + 2);
  await page.keyboard.press('k');
  await expect.poll(() => compare.activeRowNumber()).toBe(first + 1);

  // Deleted and inserted words are announced as such, not shown by colour alone.
  const del = page.locator('.compare-scroll del').first();
  const ins = page.locator('.compare-scroll ins').first();
  await expect(del.locator('.visually-hidden').first()).toHaveText(/^deleted:\s*$/);
  await expect(ins.locator('.visually-hidden').first()).toHaveText(/^inserted:\s*$/);
});

test('accept a suggestion from the keyboard: it becomes a Discrepant claim with three pieces of evidence', async ({ page }) => {
  await openApp(page);
  const claimsTab = page.getByRole('tab', { name: 'Claims' });
  await tabTo(page, claimsTab);
  await expectVisibleFocus(claimsTab);
  await page.keyboard.press('ArrowRight');
  const suggestionsTab = page.getByRole('tab', { name: 'Suggestions' });
  await expect(suggestionsTab).toBeFocused();
  await expect(suggestionsTab).toHaveAttribute('aria-selected', 'true');

  const panel = page.getByRole('region', { name: 'Suggestions' });
  const finding = panel.locator('.finding-card').filter({ has: page.locator('.finding-summary', { hasText: INVASION }) });
  await expect(finding).toBeVisible({ timeout: 45_000 });
  // Verdicts carry a symbol and a word, not only a colour.
  await expect(finding.locator('.status-badge')).toHaveText(/✗\s*Discrepant/);
  const accept = finding.getByRole('button', { name: 'Accept', exact: true });
  await tabTo(page, accept);
  await expectVisibleFocus(accept);
  await page.keyboard.press('Enter');

  await expect(claimsTab).toHaveAttribute('aria-selected', 'true');
  const card = new ClaimsPanel(page).selectedCard();
  await expect(card.locator('.status-badge')).toHaveText(/✗\s*Discrepant/);
  await expect(card.locator('.evidence-item')).toHaveCount(3);
  // The focus lands on the new claim rather than falling to the page.
  await expect(card.getByRole('button', { expanded: true })).toBeFocused();
});

test('dismiss and restore a suggestion from the keyboard: the focus stays in the list', async ({ page }) => {
  await openApp(page);
  await tabTo(page, page.getByRole('tab', { name: 'Claims' }));
  await page.keyboard.press('ArrowRight');
  const panel = page.getByRole('region', { name: 'Suggestions' });
  const shown = panel.locator('.finding-group:not(.dismissed-findings) .finding-card');
  const finding = shown.filter({ has: page.locator('.finding-summary', { hasText: INVASION }) });
  await expect(finding).toBeVisible({ timeout: 45_000 });
  const position = await shown.evaluateAll((cards, id) => cards.findIndex((card) => card.getAttribute('data-finding-id') === id), await finding.getAttribute('data-finding-id'));
  const count = await shown.count();

  await tabTo(page, finding.getByRole('button', { name: 'Dismiss', exact: true }));
  await page.keyboard.press('Enter');
  await expect(finding).toHaveCount(0);
  const takesItsPlace = shown.nth(Math.min(position, count - 2)).locator('.finding-actions button').first();
  await expect(takesItsPlace).toBeFocused();

  // "Show dismissed" ends the page: Shift+Tab wraps round to it sooner than Tab through every card.
  const showDismissed = panel.getByRole('button', { name: 'Show dismissed (1)' });
  await tabTo(page, showDismissed, { backwards: true });
  await expect(showDismissed).toBeInViewport();
  await page.keyboard.press('Enter');
  const restore = panel.locator('.dismissed-findings').getByRole('button', { name: 'Restore' });
  await tabTo(page, restore);
  await page.keyboard.press('Enter');
  await expect(finding.getByRole('button', { name: 'Accept', exact: true })).toBeFocused();
});

test('Show consistent reached from the keyboard is on screen, and Enter opens the consistent cards below it', async ({ page }) => {
  await openApp(page);
  await tabTo(page, page.getByRole('tab', { name: 'Claims' }));
  await page.keyboard.press('ArrowRight');
  const panel = page.getByRole('region', { name: 'Suggestions' });
  await expect(panel.locator('.finding-summary', { hasText: INVASION })).toBeVisible({ timeout: 45_000 });
  // The toggle ends the page, below cards the list has not drawn yet: focused, it is scrolled to and stays there.
  const toggle = panel.getByRole('button', { name: /^Show consistent \(\d+\)$/ });
  await tabTo(page, toggle, { backwards: true });
  await expect(toggle).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: /^Hide consistent \(\d+\)$/ })).toBeFocused();
  await expect(panel.getByRole('button', { name: /^Hide consistent \(\d+\)$/ })).toBeInViewport();
  await expect(panel.locator('.finding-card[data-verdict="consistent"]').first()).toBeInViewport();
});

test('timeline from the keyboard: a conflicting date opens its passage and the reader takes the focus', async ({ page }) => {
  await openApp(page);
  const timelineTab = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timeline' });
  await tabTo(page, timelineTab);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/timeline$/);
  const mark = page.locator(`.timeline-mark.is-conflict[data-mark-doc="${D002}"]`);
  await expect(mark).toBeVisible({ timeout: 45_000 });
  await tabTo(page, mark);
  await expectVisibleFocus(mark);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/read/${D002}$`));
  await expect(page.locator(`.app-main mark.hl-focus[data-doc-id="${D002}"]`)).toHaveText('February 2021');
  await expect(page.getByRole('main')).toBeFocused();
});

test('export from the keyboard: Enter opens the menu, arrows reach CSV, Enter downloads it', async ({ page }) => {
  await openApp(page);
  const exportButton = page.getByRole('button', { name: 'Export' });
  await tabTo(page, exportButton);
  await expectVisibleFocus(exportButton);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu).toBeVisible();
  const csv = menu.getByRole('menuitem', { name: /^CSV/ });
  for (let step = 0; step < 10 && !(await csv.evaluate((item) => item === document.activeElement)); step += 1) await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(csv);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await expect(menu).toBeHidden();
  await expect(exportButton).toBeFocused();
});

test('import from the keyboard: open the dialog, choose the file from the focused input, confirm', async ({ page }) => {
  await openApp(page);
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await tabTo(page, importButton);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible();

  // Playwright intercepts file choosers only once something listens for them, and turns that on
  // asynchronously. Listening only as Space was pressed, one run under load waited a minute for a
  // chooser that never came (not reproduced in 6 repeats); listening from before the Tab steps
  // leaves the interception time to be on.
  const chooserOpened = page.waitForEvent('filechooser');
  const input = dialog.getByLabel(/Crosscheck project/);
  await tabTo(page, input);
  await page.keyboard.press('Space');
  const chooser = await chooserOpened;
  await chooser.setFiles({ name: 'keyboard-project.json', mimeType: 'application/json', buffer: Buffer.from(projectWithOneClaim()) });
  const confirm = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect(confirm).toBeEnabled();
  await tabTo(page, confirm);
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(importButton).toBeFocused();
  await expect(sources(page).getByRole('link', { name: 'Harbour report', exact: true })).toBeVisible();
  const claim = new ClaimsPanel(page).card('The harbour reopened on Monday');
  await expect(claim.locator('.status-badge')).toHaveText(/✓\s*Consistent/);
});

test('create and tag a claim: select words with the reader’s keys, press c, cite a second source with a, add a tag, press 3', async ({ page }) => {
  await openApp(page);
  const link = sources(page).getByRole('link', { name: TITLE_002, exact: true });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/read/${D002}$`));
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(TITLE_002);

  // The text is one tab stop with a visible focus and a hint naming its keys.
  await tabTo(page, readerTextStop(page));
  await expectVisibleFocus(readerTextStop(page));
  await expect(readerTextStop(page)).toHaveAccessibleDescription(/Enter select line, .*Shift\+→ extend by word, then c/);
  await selectWithReaderKeys(page, 'February 2021');
  await page.keyboard.press('c');

  const claims = new ClaimsPanel(page);
  const card = claims.selectedCard();
  await expect(card.getByLabel('Statement')).toHaveValue('February 2021');
  await expect(card.locator('.status-badge')).toHaveText(/\?\s*Unverified/);

  await tabTo(page, sources(page).getByRole('link', { name: TITLE_001, exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/read/${D001}$`));
  await selectWithReaderKeys(page, 'last year');
  await page.keyboard.press('a');
  await expect(card.locator('.evidence-item')).toHaveCount(2);
  await expect(claims.evidence(SEED_SOURCE['001']).locator('.evidence-quote')).toContainText('last year');

  const tagInput = card.getByLabel('Add a tag');
  await tabTo(page, tagInput);
  await expectVisibleFocus(tagInput);
  await page.keyboard.type('invasion-date');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('list', { name: 'Tags' })).toHaveText('invasion-date×');

  // Status keys work when the focus is not in a field: step back to the tag's remove button.
  await tabTo(page, card.getByRole('button', { name: 'Remove tag invasion-date' }), { backwards: true });
  await page.keyboard.press('3');
  await expect(card.locator('.status-badge')).toHaveText(/✗\s*Discrepant/);
  await page.keyboard.press('2');
  await expect(card.locator('.status-badge')).toHaveText(/✓\s*Consistent/);
  expect(await describeFocus(page)).toContain('Remove tag');
});

test('overview: Enter on a heat-map cell opens the pair and the comparison rows take the focus', async ({ page }) => {
  await openApp(page, '#/overview');
  const cell = page.getByRole('button', { name: seedPairCell('000', '001') });
  await expect(cell).toBeVisible({ timeout: 45_000 });
  await tabTo(page, cell);
  await expectVisibleFocus(cell);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/compare\?docs=000_900e33a0770657f5,001_8dfcd5823fdeecd6/);
  const compare = new CompareView(page);
  await compare.waitForRows();
  await expect(compare.activeRow()).toBeFocused();
  await page.keyboard.press('j');
  await expect.poll(() => compare.activeRowNumber()).toBe(2);
  await expect(compare.activeRow()).toBeFocused();
});

test('in the compare view, 1–3 set the active claim’s status wherever the focus is; Alt+digit picks a column; g goes to the claim', async ({ page }) => {
  await openApp(page, `#/read/${D002}`);
  await selectWithReaderKeys(page, 'February 2021');
  await page.keyboard.press('c');
  const card = new ClaimsPanel(page).selectedCard();
  await expect(card.locator('.status-badge')).toHaveText(/\?\s*Unverified/);

  // The route changes as a link would change it, keeping the active claim.
  // Furniture shown as rows, so the first row has a cell for each column.
  await page.evaluate((hash) => (window.location.hash = hash), `#/compare?docs=${D001},${D002}&furniture=show`);
  const compare = new CompareView(page);
  await compare.waitForRows();
  await tabTo(page, compare.activeRow());
  await page.keyboard.press('3');
  await expect(card.locator('.status-badge')).toHaveText(/✗\s*Discrepant/);
  await expect(compare.activeRow()).toBeFocused();

  await page.keyboard.press('Alt+2');
  await expect(compare.activeRow().locator('[data-column="2"]')).toBeFocused();
  await page.keyboard.press('2');
  await expect(card.locator('.status-badge')).toHaveText(/✓\s*Consistent/);

  await page.keyboard.press('g');
  await expect(card.getByRole('button', { expanded: true })).toBeFocused();
});

test('new story and rename from the keyboard: the focus comes back to the story picker, and Escape cancels', async ({ page }) => {
  await openApp(page);
  const banner = page.getByRole('banner');
  const picker = banner.getByLabel('Story', { exact: true });
  await tabTo(page, banner.getByText('Story…', { exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('group', { name: 'Story actions' }).getByRole('button', { name: 'New story' }));
  await page.keyboard.press('Enter');
  await expect(banner.getByLabel('Story name')).toBeFocused();
  await page.keyboard.type('Harbour fire');
  await page.keyboard.press('Enter');
  await expect(picker.locator('option:checked')).toHaveText('Harbour fire');
  await expectVisibleFocus(picker);

  await tabTo(page, banner.getByText('Story…', { exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('group', { name: 'Story actions' }).getByRole('button', { name: 'Rename' }));
  await page.keyboard.press('Enter');
  await page.keyboard.type(' (draft)');
  await page.keyboard.press('Escape');
  await expect(banner.getByLabel('Story name')).toHaveCount(0);
  await expect(picker.locator('option:checked')).toHaveText('Harbour fire');
  await expect(picker).toBeFocused();
});

test('Skip to content moves the focus to the main view and keeps the open document', async ({ page }) => {
  await openApp(page, `#/read/${D002}`);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(TITLE_002);
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await tabTo(page, skip);
  await expectVisibleFocus(skip);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`#/read/${D002}$`), { timeout: 2_000 });
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(TITLE_002, { timeout: 2_000 });
});

/** A project file (format version 1) with one document and one Consistent claim on it. */
function projectWithOneClaim(): string {
  const text = 'Harbour report\n\nThe harbour reopened on Monday after the storm.\n';
  const exact = 'The harbour reopened on Monday';
  const start = text.indexOf(exact);
  const at = '2024-03-04T10:00:00.000Z';
  return JSON.stringify({
    version: 1,
    exportedAt: at,
    documents: [
      {
        id: 'harbour-report',
        title: 'Harbour report',
        outlet: 'Port Wire',
        published: '2024-03-04',
        publishedBasis: 'analyst',
        language: 'en',
        note: '',
        contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
        text,
        origin: { kind: 'pasted' },
      },
    ],
    claims: [
      {
        id: 'claim-harbour',
        statement: exact,
        status: 'consistent',
        note: '',
        tags: ['port'],
        evidence: [
          {
            id: 'evidence-harbour',
            docId: 'harbour-report',
            stance: 'supports',
            quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(0, start), suffix: text.slice(start + exact.length, start + exact.length + 20) },
            position: { type: 'TextPositionSelector', start, end: start + exact.length },
            createdAt: at,
          },
        ],
        origin: { kind: 'manual' },
        createdAt: at,
        updatedAt: at,
      },
    ],
    dismissedFindings: [],
  });
}
