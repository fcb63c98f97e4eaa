import { expect, test } from './fixtures';
import { COMPACT_AFTER } from '../src/state/persisted-doc';
import { BrowserStorage } from './pages/browser-storage';
import { Reader } from './pages/reader';
import { SourcesPanel } from './pages/sources-panel';

// Issue 18: the story's stored updates are compacted in a worker once there are COMPACT_AFTER of
// them. The story is brought to one less with empty updates (a story read with that many is
// compacted at once), so the analyst's next edit compacts it.

test('the edit that makes 500 stored updates compacts them in a worker, and the story reloads whole, that edit and later ones included', async ({ page }) => {
  const storage = new BrowserStorage(page);
  const sources = new SourcesPanel(page);
  await sources.openApp();
  await expect(sources.items).not.toHaveCount(0);
  const titles = await sources.titles();
  await sources.open(titles[0]!);
  const reader = new Reader(page);
  await reader.expectOpen(titles[0]!);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('All changes saved');

  await storage.padStoredUpdates(COMPACT_AFTER - 1);
  await page.reload();
  await reader.expectOpen(titles[0]!);
  expect(await storage.storedUpdateCounts()).toEqual([COMPACT_AFTER - 1]);

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await reader.editDetails({ outlet: 'Compacted Wire' });
  await expect(reader.detail('Outlet')).toHaveText('Compacted Wire');
  await expect.poll(async () => Math.max(...(await storage.storedUpdateCounts()))).toBeLessThan(20);
  expect(workers.filter((url) => url.includes('compaction.worker'))).toHaveLength(1);
  await reader.editDetails({ title: 'After the compaction' });
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('All changes saved');

  await page.reload();
  await reader.expectOpen('After the compaction');
  await expect(reader.detail('Outlet')).toHaveText('Compacted Wire');
  expect(new Set(await sources.titles())).toEqual(new Set(['After the compaction', ...titles.slice(1)]));
});
