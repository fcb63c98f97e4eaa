import { truncateSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { axe } from './pages/axe';
import { ClaimsPanel } from './pages/claims-panel';
import { ExportMenu } from './pages/export-menu';
import { SuggestionsPanel } from './pages/suggestions-panel';

// Export and import (issue 7): every format downloads with checkable content, a project survives a
// trip into a fresh browser profile exactly, and broken files are refused without changing anything.

const SHOTS = '/tmp/cc-export';
const PASTED_TITLE = 'Wire note on the Jakarta talks';
const PASTED_TEXT = 'Jakarta, July 13. Wang Yi met Sergey Lavrov on Thursday; the ministers spoke for two hours.\n\nNo joint statement was issued.';
const CSV_HEADER = 'Claim ID,Statement,Status,Tags,Note,Source title,Outlet,Authors,Published,Source URL,Quoted text,Stance';

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await axe(page).include(selector).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openApp(page: Page): Promise<void> {
  await page.goto('/#/');
  await expect(page.locator('.app-sources li')).toHaveCount(5);
}

/** Three claims: the invasion date (accepted, then annotated by hand), a variant, and one on a pasted document. */
async function makeClaims(page: Page): Promise<void> {
  const suggestions = new SuggestionsPanel(page);
  const claims = new ClaimsPanel(page);
  await suggestions.open();
  await suggestions.accept(/invasion of Ukraine/i);
  const invasion = claims.selectedCard();
  await invasion.getByLabel('Note').fill('Full-scale invasion began 24 Feb 2022; 002 is wrong.');
  await invasion.getByPlaceholder('Add tag…').fill('dates');
  await invasion.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(invasion.locator('.tag-chip')).toHaveText(['dates×']);

  await suggestions.open();
  await suggestions.accept(/Sources give Wang Yi different titles/);
  await expect(claims.cards).toHaveCount(2);

  const add = new AddDocumentDialog(page);
  await add.open();
  await add.paste({ text: PASTED_TEXT, title: PASTED_TITLE, outlet: 'Test wire' });
  await add.submitPaste();
  await expect(page.locator('.app-sources li')).toHaveCount(6);
  const pasted = page.locator('.app-sources a', { hasText: PASTED_TITLE });
  const docId = decodeURIComponent((await pasted.getAttribute('href'))!.replace('#/read/', ''));
  await claims.openReader(docId);
  await claims.selectText(docId, 'spoke for two hours');
  await claims.pressShortcut('c');
  await expect(claims.cards).toHaveCount(3);
  await claims.pressShortcut('2');
  await expect(claims.selectedCard().locator('.status-badge')).toHaveText(/Consistent/);
}

function withoutExportTime(project: string): unknown {
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(project) as { exportedAt: string };
  return rest;
}

test('every export downloads a dated file whose content matches the claims, and exporting changes nothing', async ({ page }) => {
  await openApp(page);
  await makeClaims(page);
  const menu = new ExportMenu(page);
  const today = new Date().toISOString().slice(0, 10);
  const first = await menu.download(/Crosscheck project/);
  const evidenceCount = (JSON.parse(first.text) as { stories: Array<{ claims: Array<{ evidence: unknown[] }> }> }).stories[0]!.claims.reduce((n, c) => n + c.evidence.length, 0);
  expect(evidenceCount).toBeGreaterThan(5);

  const csv = await menu.download(/^CSV/);
  expect(csv.fileName).toBe(`crosscheck-claims-${today}.csv`);
  expect(csv.text.startsWith(`\uFEFF${CSV_HEADER}\r\n`)).toBe(true);
  const rows = csv.text.trim().split('\r\n');
  expect(rows).toHaveLength(1 + evidenceCount);
  expect(csv.text).toContain('February 2021');
  expect(csv.text).toContain('dates');

  const markdown = await menu.download(/^Markdown report/);
  expect(markdown.fileName).toBe(`crosscheck-report-${today}.md`);
  expect(markdown.text.startsWith('# Crosscheck claims report\n')).toBe(true);
  expect(markdown.text).toMatch(/^## Discrepant/m);
  expect(markdown.text).toMatch(/^### Sources disagree on the date of the invasion of Ukraine/m);
  expect(markdown.text).toContain('Full-scale invasion began 24 Feb 2022');

  const annotations = await menu.download(/Web Annotation/);
  expect(annotations.fileName).toBe(`crosscheck-annotations-${today}.jsonld`);
  const collection = JSON.parse(annotations.text);
  expect(collection).toMatchObject({ '@context': ['http://www.w3.org/ns/anno.jsonld', { assessing: 'http://www.w3.org/ns/oa#assessing' }], type: 'AnnotationCollection', total: evidenceCount });
  for (const item of collection.first.items) {
    expect(item.type).toBe('Annotation');
    expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
  }

  const review = await menu.downloadClaimReview('Example Checks', 'https://checks.example.org/invasion');
  expect(review.fileName).toBe(`crosscheck-claimreview-${today}.jsonld`);
  const graph = JSON.parse(review.text)['@graph'] as Array<{ '@type': string; author: { name: string }; url: string; reviewRating: { alternateName: string } }>;
  expect(graph.map((r) => r['@type'])).toEqual(['ClaimReview', 'ClaimReview']);
  expect(graph.map((r) => [r.author.name, r.url])).toEqual(Array(2).fill(['Example Checks', 'https://checks.example.org/invasion']));
  expect(graph.map((r) => r.reviewRating.alternateName).sort()).toEqual(['Consistent across sources', 'Sources disagree']);

  const second = await menu.download(/Crosscheck project/);
  expect(first.fileName).toBe(`crosscheck-project-${today}.json`);
  expect(withoutExportTime(second.text)).toEqual(withoutExportTime(first.text));

  await menu.setIncludeTexts(false);
  const small = JSON.parse((await menu.download(/Crosscheck project/)).text) as { stories: Array<{ documents: Array<{ text?: string }> }> };
  expect(small.stories[0]!.documents.every((d) => d.text === undefined)).toBe(true);

  await menu.open();
  const [printView] = await Promise.all([page.waitForEvent('popup'), menu.menu.getByRole('menuitem', { name: /Print report/ }).click()]);
  // Print shows the report as a formatted page, not its Markdown source (issue 13).
  await expect(printView.getByRole('heading', { level: 1 })).toHaveText('Crosscheck claims report');
  await expect(printView.getByRole('heading', { level: 2 }).first()).toHaveText(/^Discrepant/);
  await expect(printView.locator('.note').first()).toContainText('Full-scale invasion began 24 Feb 2022');
  await expect(printView.locator('body')).not.toContainText('**');
  await printView.screenshot({ path: `${SHOTS}/print-report.png`, fullPage: true });
});

test('a project exported with its texts and imported into a fresh profile reproduces every document and claim exactly', async ({ page, browser }) => {
  await openApp(page);
  await makeClaims(page);
  const suggestions = new SuggestionsPanel(page);
  await suggestions.open();
  await suggestions.dismiss(/Sergey Lavrov’s name/);
  const exported = await new ExportMenu(page).download(/Crosscheck project/);
  const file = JSON.parse(exported.text) as { stories: Array<{ documents: unknown[]; claims: Array<{ evidence: unknown[] }>; dismissedFindings: string[] }> };
  expect(file.stories).toHaveLength(1);
  const original = file.stories[0]!;
  expect(original.documents).toHaveLength(6);
  expect(original.dismissedFindings).toHaveLength(1);
  expect(original.claims.map((c) => c.evidence.length)).toEqual([3, expect.any(Number), 1]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  const menu = new ExportMenu(other);
  await menu.openImport();
  await menu.chooseFile(exported.fileName, exported.text);
  const preview = menu.importDialog.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Documents: 1 new, 0 changed, 0 conflicting, 5 unchanged');
  await expect(preview).toContainText('Claims: 3 new');
  await menu.confirmImport();
  await expect(other.locator('.app-sources li')).toHaveCount(6);
  await expect(new ClaimsPanel(other).cards).toHaveCount(3);
  const otherSuggestions = new SuggestionsPanel(other);
  await otherSuggestions.open();
  await expect(otherSuggestions.finding(/Sergey Lavrov’s name/)).toHaveCount(0);
  await otherSuggestions.showDismissed();
  await expect(otherSuggestions.dismissedFinding(/Sergey Lavrov’s name/)).toHaveCount(1);

  const again = await menu.download(/Crosscheck project/);
  expect(withoutExportTime(again.text)).toEqual(withoutExportTime(exported.text));
  await fresh.close();
});

test('a project without texts (chosen) and a Web Annotation file (dropped) import into a fresh profile; evidence on the missing document is kept as orphaned', async ({ page, browser }) => {
  await openApp(page);
  await makeClaims(page);
  const menu = new ExportMenu(page);
  await menu.setIncludeTexts(false);
  const withoutTexts = await menu.download(/Crosscheck project/);
  const annotations = await menu.download(/Web Annotation/);

  for (const file of [withoutTexts, annotations]) {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openApp(other);
    const otherMenu = new ExportMenu(other);
    await otherMenu.openImport();
    if (file === annotations) await otherMenu.dropFile(file.fileName, file.text);
    else await otherMenu.chooseFile(file.fileName, file.text);
    const preview = otherMenu.importDialog.getByRole('region', { name: 'Import preview' });
    await expect(preview).toContainText(file === annotations ? 'is a valid Web Annotation file' : 'is a valid Crosscheck project');
    await expect(preview).toContainText('Claims: 3 new');
    await expect(preview).toContainText('1 evidence span points at documents that are not in your library');
    await otherMenu.confirmImport();
    await expect(other.locator('.app-sources li')).toHaveCount(5);
    const claims = new ClaimsPanel(other);
    await expect(claims.cards).toHaveCount(3);
    await claims.card('spoke for two hours').locator('.claim-summary').click();
    const orphan = claims.selectedCard().locator('.evidence-item.is-orphaned');
    await expect(orphan.locator('.orphan-badge')).toHaveText('orphaned');
    await expect(orphan.locator('.orphan-quote')).toHaveText('spoke for two hours');
    await expect(claims.card(/invasion of Ukraine/i).locator('.status-badge')).toHaveText(/Discrepant/);
    await fresh.close();
  }
});

test('importing a project edited on both sides previews new, changed and conflicting items and applies the chosen resolutions', async ({ page }) => {
  await openApp(page);
  await makeClaims(page);
  const menu = new ExportMenu(page);
  const exported = await menu.download(/Crosscheck project/);
  const file = JSON.parse(exported.text) as { stories: Array<{ claims: Array<{ id: string; note: string; status: string; updatedAt: string; statement: string }> }> };
  const project = file.stories[0]!;
  const [invasion, variant] = project.claims;
  // Theirs: a later edit to the variant, an edit to the invasion claim older than ours below.
  project.claims[1] = { ...variant!, status: 'consistent', updatedAt: '2999-01-01T00:00:00.000Z' };
  project.claims[0] = { ...invasion!, note: 'Their note', updatedAt: '2000-01-01T00:00:00.000Z' };
  project.claims.push({ ...invasion!, id: 'their-new-claim', statement: 'A claim only they have', note: '' });

  await menu.openImport();
  await menu.chooseFile('edited.json', JSON.stringify(file));
  const preview = menu.importDialog.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Claims: 1 new, 1 changed, 1 conflicting, 1 unchanged');
  await expect(menu.importDialog.locator('[data-import-kind="conflict"]')).toContainText('Differs in: note');
  await page.screenshot({ path: `${SHOTS}/import-preview.png` });
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  await menu.importDialog.getByLabel(/Resolution for claim “Sources disagree on the date of the invasion of Ukraine/).selectOption({ label: 'Keep both' });
  await menu.confirmImport();

  const claims = new ClaimsPanel(page);
  await expect(claims.cards).toHaveCount(5);
  await expect(claims.card('A claim only they have')).toHaveCount(1);
  await expect(claims.card(/Wang Yi different titles/).locator('.status-badge')).toHaveText(/Consistent/);
  await expect(claims.card(/invasion of Ukraine/i)).toHaveCount(2);
});

test('broken files are refused with the problems named, and nothing changes', async ({ page }) => {
  await openApp(page);
  await makeClaims(page);
  const menu = new ExportMenu(page);
  const project = await menu.download(/Crosscheck project/);
  const csv = await menu.download(/^CSV/);
  const wrongTypes = JSON.parse(project.text);
  wrongTypes.stories[0].claims[0].status = 'maybe';
  wrongTypes.stories[0].claims[1].evidence[0].position.start = 'ten';
  // Sparse: refused on its size, before a byte is read. In this test's own folder: it does not
  // depend on an earlier test having made SHOTS, nor collide with another run's file.
  const bigFile = test.info().outputPath('too-big.json');
  writeFileSync(bigFile, '');
  truncateSync(bigFile, 100 * 1024 * 1024 + 1);

  const cases: Array<{ name: string; content: string | null; expected: RegExp[] }> = [
    { name: 'truncated.json', content: project.text.slice(0, Math.floor(project.text.length / 2)), expected: [/not valid JSON.*truncated/] },
    { name: 'future.json', content: JSON.stringify({ ...JSON.parse(project.text), version: 3 }), expected: [/Unsupported project version 3/] },
    { name: 'wrong-types.json', content: JSON.stringify(wrongTypes), expected: [/stories\[0\]\.claims\[0\]\.status/, /stories\[0\]\.claims\[1\]\.evidence\[0\]\.position\.start/] },
    { name: 'claims.json', content: csv.text, expected: [/Not a Crosscheck project or Web Annotation file/] },
    { name: 'too-big.json', content: null, expected: [/too-big\.json is 100\.1 MB, more than the 100 MB Crosscheck imports; it was not read/] },
  ];
  for (const { name, content, expected } of cases) {
    await menu.openImport();
    if (content === null) await menu.importDialog.getByLabel(/Crosscheck project/).setInputFiles(bigFile);
    else await menu.chooseFile(name, content);
    const problems = menu.problems();
    await expect(problems).toContainText(`${name} was not imported; nothing was changed.`);
    for (const pattern of expected) await expect(problems).toContainText(pattern);
    await expect(menu.importDialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    if (name === 'wrong-types.json') await page.screenshot({ path: `${SHOTS}/import-problems.png` });
    await menu.importDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(menu.importDialog).toBeHidden();
  }

  const after = await menu.download(/Crosscheck project/);
  expect(withoutExportTime(after.text)).toEqual(withoutExportTime(project.text));
});

test('the export menu works from the keyboard and, like the import dialog, has no serious accessibility problems', async ({ page }) => {
  await openApp(page);
  const menu = new ExportMenu(page);
  await menu.button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(menu.menu).toBeVisible();
  await expect(menu.menu.getByRole('menuitemcheckbox')).toBeFocused();
  // Issue 14: the project file's scope, this story or all stories, comes next.
  await page.keyboard.press('ArrowDown');
  await expect(menu.menu.getByRole('menuitemradio', { name: /this story/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.menu.getByRole('menuitemradio', { name: /all stories/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.menu.getByRole('menuitem', { name: /Crosscheck project/ })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.menu.getByRole('menuitem', { name: /Print report/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.menu.getByRole('menuitemcheckbox')).toBeFocused();
  expect(await seriousViolations(page, '.app-header')).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/export-menu.png` });
  await page.keyboard.press('Escape');
  await expect(menu.menu).toBeHidden();
  await expect(menu.button).toBeFocused();

  await menu.openImport();
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu.importDialog).toBeHidden();

  await menu.open();
  await menu.menu.getByRole('menuitem', { name: /ClaimReview/ }).click();
  const reviewDialog = page.getByRole('dialog', { name: 'Export ClaimReview' });
  await reviewDialog.getByRole('button', { name: 'Download' }).click();
  await expect(reviewDialog.getByRole('alert')).toHaveText('Enter the organisation or person publishing these reviews.');
  expect(await seriousViolations(page, 'dialog')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(reviewDialog).toBeHidden();
  await expect(menu.button).toBeFocused();
});
