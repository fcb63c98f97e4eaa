import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { AddDocumentDialog } from './pages/add-document-dialog';
import { BrowserStorage } from './pages/browser-storage';
import { ClaimsPanel } from './pages/claims-panel';
import { SourcesPanel } from './pages/sources-panel';

// Issue 12: the analyst's work survives failed reads and writes, damaged records and two tabs.
// Faults are injected by patching IndexedDB in the page; two tabs are two pages of one context.

const D001 = '001_8dfcd5823fdeecd6';
const D002 = '002_d2e03255e9355d12';
const FEB_2021 = 'invasion of Ukraine in February 2021';
const LAST_YEAR = 'invasion of Ukraine last year';
const SEED_COUNT = (JSON.parse(readFileSync(new URL('../seeds/manifest.json', import.meta.url), 'utf8')) as { documents: unknown[] }).documents.length;
const SHOTS = '/tmp/cc-storage';

const T1 = '2024-01-01T00:00:00.000Z';
const HASH = 'd'.repeat(64);
const legacyDocument = (id: string, extra: Record<string, unknown> = {}) => ({
  id, title: `Report ${id}`, outlet: 'Wire', published: '2024-03-01', publishedBasis: 'analyst', language: 'en', note: '',
  text: `Report ${id}\n\nWang Yi met Sergei Lavrov in Moscow.`, contentHash: id === 'good' ? HASH : 'e'.repeat(64),
  origin: { kind: 'pasted' }, updatedAt: T1, addedAt: T1, removedAt: null, ...extra,
});
const legacyClaim = (id: string, extra: Record<string, unknown> = {}) => ({
  id, statement: `Claim ${id}`, status: 'unverified', note: '', tags: [], evidence: [], origin: { kind: 'manual' }, createdAt: T1, updatedAt: T1, ...extra,
});
const envelope = (state: unknown, version: number) => JSON.stringify({ state, version });

async function pasteDocument(page: import('@playwright/test').Page, title: string): Promise<void> {
  const dialog = new AddDocumentDialog(page);
  await dialog.open();
  await dialog.paste({ text: `${title}\n\nWang Yi met Sergei Lavrov in Moscow on Tuesday.`, title, outlet: 'Desk notes', published: '2024-03-12' });
  await dialog.submitPaste();
  await expect(dialog.dialog).toBeHidden();
}

test('case 1: a failed read never wipes the library: a warning with Retry, nothing seeded over it', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.injectFaults();
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(SEED_COUNT);
  await pasteDocument(page, 'Kept through a failed read');
  await sources.expectCount(SEED_COUNT + 1);

  await storage.setFaults({ failReads: 1_000 });
  await page.reload();
  const warning = page.getByRole('alert').filter({ hasText: 'Could not read' });
  await expect(warning).toContainText('Nothing is saved over it until it can be read');
  await expect(sources.items).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/1-read-failed.png` });

  // The app also retries on its own, with backoff: reads are let through in the same task as the
  // click, so the warning cannot go before Retry is pressed (on a loaded machine it did, and the
  // click waited for a button that was gone).
  const retry = warning.getByRole('button', { name: 'Retry' }).first();
  await expect(retry).toBeEnabled();
  await storage.setFaults({ failReads: 0 }, retry);
  await sources.expectCount(SEED_COUNT + 1);
  await expect(warning).toHaveCount(0);
  await page.reload();
  await sources.expectCount(SEED_COUNT + 1);
  await expect(sources.link('Kept through a failed read')).toBeVisible();
});

test('case 2: a document added while writes are refused is saved once storage works again', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.injectFaults();
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await sources.expectCount(SEED_COUNT);
  await storage.setFaults({ failWrites: true });
  await pasteDocument(page, 'Added while the disk was full');
  const banner = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await expect(banner).toContainText('the browser storage is full');
  await storage.setFaults({ failWrites: false });
  await expect(banner).toHaveCount(0, { timeout: 20_000 });
  await page.reload();
  await sources.expectCount(SEED_COUNT + 1);
  await expect(sources.link('Added while the disk was full')).toBeVisible();
});

test('case 3: damaged records are kept aside with a banner, exported whole, and discarded only on request', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.startFromLegacyLibrary({
    documents: envelope({ documents: { good: legacyDocument('good'), bad: legacyDocument('bad', { published: '2024-3-1' }) }, seedsInstalled: true }, 2),
    claims: envelope({ claims: { ok: legacyClaim('ok'), verified: legacyClaim('verified', { status: 'VERIFIED' }), undated: legacyClaim('undated', { createdAt: undefined }) }, order: [] }, 1),
  });
  const sources = new SourcesPanel(page);
  await sources.expectCount(1);
  const banner = page.getByRole('alert').filter({ hasText: 'damaged records kept aside' });
  await expect(banner).toContainText('3 damaged records kept aside');
  await expect(new ClaimsPanel(page).card('Claim ok')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/3-damaged.png` });

  const download = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Export them' }).click();
  const file = await download;
  const exported = JSON.parse(readFileSync((await file.path())!, 'utf8')) as Array<{ raw: { id: string; published?: string; status?: string } }>;
  expect(exported.map((record) => record.raw.id).sort()).toEqual(['bad', 'undated', 'verified']);
  expect(exported.find((record) => record.raw.id === 'bad')!.raw.published).toBe('2024-3-1');

  await page.reload();
  await expect(banner).toContainText('3 damaged records kept aside');
  await banner.getByRole('button', { name: 'Discard' }).click();
  await expect(banner).toHaveCount(0);
  await page.reload();
  await sources.expectCount(1);
  await expect(banner).toHaveCount(0);
});

test('case 3: claims saved at version 0 are upgraded, not dropped', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.startFromLegacyLibrary({
    documents: envelope({ documents: { good: legacyDocument('good') }, seedsInstalled: true }, 2),
    claims: envelope({ claims: [{ id: 'old', statement: 'Claim from the prototype', verdict: 'DISCREPANT', note: 'kept', evidence: [], createdAt: T1, updatedAt: T1 }] }, 0),
  });
  const claims = new ClaimsPanel(page);
  await expect(claims.card('Claim from the prototype')).toHaveCount(1);
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toHaveCount(0);
});

test('case 4: undo in one tab never removes the other tab’s claim; a status and a note set at once both survive', async ({ context }) => {
  const pageA = await context.newPage();
  const claimsA = new ClaimsPanel(pageA);
  await claimsA.openReader(D002);
  const pageB = await context.newPage();
  const claimsB = new ClaimsPanel(pageB);
  await claimsB.openReader(D001);

  await claimsA.selectText(D002, FEB_2021);
  await claimsA.pressShortcut('c');
  await expect(claimsB.card(FEB_2021)).toHaveCount(1);
  await claimsB.selectText(D001, LAST_YEAR);
  await claimsB.pressShortcut('c');
  await expect(claimsA.card(LAST_YEAR)).toHaveCount(1);

  await claimsA.pressShortcut('Control+z');
  for (const claims of [claimsA, claimsB]) {
    await expect(claims.card(FEB_2021)).toHaveCount(0);
    await expect(claims.card(LAST_YEAR)).toHaveCount(1);
  }

  // A sets the status while B saves a note on the same claim (B made it, so B has it open).
  await claimsA.card(LAST_YEAR).locator('.claim-statement').click();
  await expect(claimsA.selectedCard()).toHaveCount(1);
  await expect(claimsB.selectedCard()).toHaveCount(1);
  await claimsA.pressShortcut('3');
  const noteB = claimsB.selectedCard().getByLabel('Note');
  await noteB.fill('Agency confirms 2022.');
  await noteB.blur();
  for (const claims of [claimsA, claimsB]) {
    await expect(claims.card(LAST_YEAR).locator('.status-badge')).toHaveClass(/status-discrepant/);
    await expect(claims.selectedCard().getByLabel('Note')).toHaveValue('Agency confirms 2022.');
  }

  // A types a note; B changes it meanwhile: A keeps the draft and the focus, and chooses.
  const noteA = claimsA.selectedCard().getByLabel('Note');
  await noteA.click();
  await noteA.fill('My draft');
  await noteB.fill('Changed in B');
  await noteB.blur();
  const conflict = claimsA.selectedCard().getByText(/Note changed in another tab/);
  await expect(conflict).toBeVisible();
  await expect(noteA).toHaveValue('My draft');
  await expect(noteA).toBeFocused();
  await pageA.screenshot({ path: `${SHOTS}/4-changed-in-another-tab.png` });
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(noteA).toBeFocused();
  await expect(claimsB.selectedCard().getByLabel('Note')).toHaveValue('My draft');
});

test('case 7: a far-future updatedAt does not poison the next edit', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.startFromLegacyLibrary({
    documents: envelope({ documents: { good: legacyDocument('good') }, seedsInstalled: true }, 2),
    claims: envelope({ claims: { future: legacyClaim('future', { updatedAt: '9999-12-31T23:59:59.000Z' }) }, order: [] }, 1),
  });
  const claims = new ClaimsPanel(page);
  await claims.card('Claim future').locator('.claim-statement').click();
  await claims.selectedCard().getByRole('radio', { name: /Consistent/ }).check();
  await expect(claims.card('Claim future').locator('.status-badge')).toHaveClass(/status-consistent/);
  await page.reload();
  await expect(claims.card('Claim future').locator('.status-badge')).toHaveClass(/status-consistent/);
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toHaveCount(0);
});
