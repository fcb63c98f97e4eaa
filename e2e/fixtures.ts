import { test as base, type Browser } from '@playwright/test';
import { isDeepStrictEqual } from 'node:util';

// Everything of Playwright's but `test`, which is this file's: specs import from here.
export * from '@playwright/test';

// Every test opens the app on the five seeds, and analysing them was about a third of the CPU of
// opening it: a new context, the app and its first finding took 3.9 CPU-s in the headless shell,
// 2.6 with the analysis stored (medians of 5, alternated, 2026-12-01, load 28-32). The app keeps
// analysis results in IndexedDB by the documents' content (issue 18), so each worker analyses the
// seeds once and each test's browser starts with that result stored, as if an earlier session had
// analysed them. A test that changes the documents still analyses them. Specs about the analysis
// itself — running it, storing it, reading it back — opt out with `test.use({ storedSeedAnalysis:
// false })`.

const ANALYSIS_DATABASE = 'crosscheck-analysis';
const ANALYSIS_STORE = 'results';

/** One record of the app's analysis store, as the app wrote it. */
interface StoredRecord {
  key: string;
  value: unknown;
}

interface Options {
  /** The seeds' analysis is in the browser's storage before the app opens (default true). */
  storedSeedAnalysis: boolean;
}

interface WorkerFixtures {
  /** The seeds' stored analysis, made on the first call in a worker (a worker running only specs that opt out never makes it). */
  seedAnalysisRecords: () => Promise<StoredRecord[]>;
}

export const test = base.extend<Options, WorkerFixtures>({
  storedSeedAnalysis: [true, { option: true }],
  seedAnalysisRecords: [
    async ({ browser }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error('e2e/fixtures.ts needs use.baseURL in playwright.config.ts');
      let records: Promise<StoredRecord[]> | undefined;
      await provide(() => (records ??= analyseSeeds(browser, baseURL)));
    },
    { scope: 'worker' },
  ],
  // Fixture functions hand their value on through their second argument, named so that the lint
  // rule for React hooks does not take a call of it for one. The first test of a worker waits
  // for the seeds' analysis here, on a timeout of its own rather than the test's.
  context: [
    async ({ context, storedSeedAnalysis, seedAnalysisRecords, baseURL }, provide) => {
      if (storedSeedAnalysis) await context.addInitScript(storeRecords, { origin: new URL(baseURL!).origin, database: ANALYSIS_DATABASE, store: ANALYSIS_STORE, records: await seedAnalysisRecords() });
      await provide(context);
    },
    { scope: 'test', timeout: 120_000 },
  ],
});

/** Opens the app on its seeds in a fresh context until their analysis is stored, and gives back the stored result. */
async function analyseSeeds(browser: Browser, baseURL: string): Promise<StoredRecord[]> {
  // A desktop screen whatever the spec's own options (a phone's layout hides panels), and the
  // Overview, which needs the analysis whatever the screen.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', viewport: { width: 1400, height: 900 }, isMobile: false, hasTouch: false });
  try {
    const page = await context.newPage();
    await page.goto('/#/overview');
    // Polled here: page.waitForFunction takes the promise of an async function for a truthy answer.
    const deadline = Date.now() + 90_000;
    let records: StoredRecord[] | null;
    while (!(records = await page.evaluate(readResultRecords, { database: ANALYSIS_DATABASE, store: ANALYSIS_STORE }))) {
      if (Date.now() > deadline) throw new Error('The app did not store the seeds’ analysis within 90 s of opening the Overview (e2e/fixtures.ts).');
      await page.waitForTimeout(100);
    }
    // The records reach each page through JSON (addInitScript): a value JSON would change is refused.
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(records)), records)) throw new Error('The seeds’ stored analysis does not survive JSON: e2e/fixtures.ts cannot hand it to the tests’ browsers.');
    return records;
  } finally {
    await context.close();
  }
}

/**
 * In the page: the stored analysis results (not the states kept for the next run, which belong to
 * one story) once the index of results names one; null until then.
 */
async function readResultRecords({ database, store }: { database: string; store: string }): Promise<StoredRecord[] | null> {
  const ask = <T>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));
  if (!(await indexedDB.databases()).some(({ name }) => name === database)) return null;
  const db = await ask(indexedDB.open(database));
  try {
    const objects = db.transaction(store, 'readonly').objectStore(store);
    const [keys, values] = await Promise.all([ask(objects.getAllKeys()), ask(objects.getAll())]);
    const records = keys.map((key, index) => ({ key: String(key), value: values[index] }));
    const results = records.filter(({ key }) => !key.includes('|state|') && !key.includes('|lineage|') && key !== 'recent-states');
    return results.some(({ key }) => key === 'recent') ? results : null;
  } finally {
    db.close();
  }
}

/**
 * Init script: on the app's first page in a browser, creates the analysis store with `records`.
 * Written while the database is created (its upgrade), which holds back every other opening of
 * it, so the app's analysis worker, opening it later, finds them. Once it exists (a reload, a
 * second tab) nothing is written.
 */
function storeRecords({ origin, database, store, records }: { origin: string; database: string; store: string; records: StoredRecord[] }) {
  if (location.origin !== origin) return;
  // Taken before a test's own init script can replace it to refuse the app's writes.
  const put = IDBObjectStore.prototype.put;
  const request = indexedDB.open(database);
  request.onupgradeneeded = () => {
    const db = request.result;
    // A test deleting every database must not be blocked by this connection.
    db.onversionchange = () => db.close();
    const objects = db.createObjectStore(store);
    for (const { key, value } of records) put.call(objects, value, key);
  };
  request.onsuccess = () => request.result.close();
}
