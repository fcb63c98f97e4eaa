import { expect, test, type Page } from './fixtures';
import { BrowserStorage } from './pages/browser-storage';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';

// Issue 12: no edit is lost on reload or close. The header says whether every edit is stored;
// leaving asks first while one is not; an edit confirmed on screen survives a reload at once.
// A slow disk is made by holding the app's IndexedDB write transactions open in the page.

const SHOTS = '/tmp/cc-save-state';

function saveStatus(page: Page) {
  return page.getByRole('banner').getByRole('status');
}

/** Records the types of the page's dialogs; a "Leave site?" prompt is answered with `leave`. */
function recordDialogs(page: Page, leave: boolean): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void (dialog.type() === 'beforeunload' && leave ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

async function openFirstSource(page: Page): Promise<{ sources: SourcesPanel; reader: Reader; title: string }> {
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await expect(sources.items).not.toHaveCount(0);
  const title = (await sources.titles())[0]!;
  await sources.open(title);
  const reader = new Reader(page);
  await reader.expectOpen(title);
  return { sources, reader, title };
}

test('while an edit is being saved the header says so and leaving asks first; once saved it survives a reload', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.allowSlowWrites();
  const { reader } = await openFirstSource(page);
  await expect(saveStatus(page)).toHaveText('All changes saved');

  await storage.holdWrites();
  await reader.editDetails({ outlet: 'Slow Disk Wire' });
  await expect(reader.detail('Outlet')).toHaveText('Slow Disk Wire');
  await expect.poll(() => storage.heldWrites()).toBeGreaterThan(0);
  await expect(saveStatus(page)).toHaveText('Saving…');
  await page.screenshot({ path: `${SHOTS}/saving.png` });

  const dialogs = recordDialogs(page, false);
  // The reload waits on the prompt; answering "stay" cancels it.
  await page.evaluate(() => location.reload());
  expect(dialogs).toEqual(['beforeunload']);
  await expect(reader.detail('Outlet')).toHaveText('Slow Disk Wire');

  await storage.releaseWrites();
  await expect(saveStatus(page)).toHaveText('All changes saved');
  await page.screenshot({ path: `${SHOTS}/saved.png` });
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(reader.detail('Outlet')).toHaveText('Slow Disk Wire');
});

test('leaving during a slow write keeps the edit: the next page brings it back and stores it', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.allowSlowWrites();
  const { reader } = await openFirstSource(page);
  await storage.holdWrites();
  await reader.editDetails({ outlet: 'Kept Through Reload' });
  await expect(reader.detail('Outlet')).toHaveText('Kept Through Reload');
  await expect.poll(() => storage.heldWrites()).toBeGreaterThan(0);

  const dialogs = recordDialogs(page, true);
  await page.reload();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(reader.detail('Outlet')).toHaveText('Kept Through Reload');
  await expect(saveStatus(page)).toHaveText('All changes saved');
  await page.reload();
  await expect(reader.detail('Outlet')).toHaveText('Kept Through Reload');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('crosscheck-unsaved:')))).toEqual([]);
  expect(dialogs).toEqual(['beforeunload']);
});

test('an edit confirmed on screen survives a reload made at once, every time', async ({ page }) => {
  const dialogs = recordDialogs(page, true);
  const { reader } = await openFirstSource(page);
  for (let round = 1; round <= 5; round += 1) {
    await reader.editDetails({ outlet: `Wire round ${round}` });
    await expect(reader.detail('Outlet')).toHaveText(`Wire round ${round}`);
    await page.reload();
    await expect(reader.detail('Outlet')).toHaveText(`Wire round ${round}`);
  }
  expect(dialogs.filter((type) => type !== 'beforeunload')).toEqual([]);
});

test('an idle app closes without asking', async ({ page }) => {
  const dialogs = recordDialogs(page, true);
  const { reader } = await openFirstSource(page);
  await reader.editDetails({ outlet: 'Quiet Wire' });
  await expect(saveStatus(page)).toHaveText('All changes saved');
  await page.reload();
  await expect(reader.detail('Outlet')).toHaveText('Quiet Wire');
  expect(dialogs).toEqual([]);
});

test('while writes are refused the header says changes are not saved and leaving asks first', async ({ page }) => {
  const storage = new BrowserStorage(page);
  await storage.injectFaults();
  const { reader } = await openFirstSource(page);
  await storage.setFaults({ failWrites: true });
  await reader.editDetails({ outlet: 'Full Disk Wire' });
  await expect(page.getByRole('alert').filter({ hasText: 'could not be saved' })).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Changes not saved');
  await page.screenshot({ path: `${SHOTS}/failed.png` });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.screenshot({ path: `${SHOTS}/failed-phone.png` });
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.screenshot({ path: `${SHOTS}/failed-tablet.png` });

  const dialogs = recordDialogs(page, false);
  await page.evaluate(() => location.reload());
  expect(dialogs).toEqual(['beforeunload']);

  await storage.setFaults({ failWrites: false });
  await expect(saveStatus(page)).toHaveText('All changes saved', { timeout: 20_000 });
  await page.reload();
  await expect(reader.detail('Outlet')).toHaveText('Full Disk Wire');
  expect(dialogs).toEqual(['beforeunload']);
});
