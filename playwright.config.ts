import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

// Each run serves its own production build; helpers and CI can pick another port and dist folder
// so that parallel runs never share a server.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const chromium = findChromium();

export default defineConfig({
  testDir: './e2e',
  // One worker per core of the 2-core CI machine: every test has its own browser context (its own
  // IndexedDB and storage), the preview server only serves files, and a spec that needs a relay
  // starts its own on a free port, so two files can run at once. A spec's tests stay in order in
  // one worker (fullyParallel off): add-folder's tests share one folder written once per file.
  // Three workers on two cores were slower (11.1 min against 10.5, 2026-12-01) and one test
  // timed out, so two stay the default.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // CI retries a failed test once: on the shared 2-core CI machine a timing race in a test (a
  // click while the page still moves) failed one run in several, each a different test. A test that
  // fails twice fails the run; one that passes on its retry is counted as passed and named under
  // "flaky" by `npm test`, to be fixed like any failure. Locally nothing is retried.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A failed test keeps its trace (each action with its timing and error, network, console) and a
    // screenshot of the page as it failed. The trace is recorded for every test, passing or not, so
    // it leaves out the screencast (claims and compare, 14 tests: 76 CPU-seconds with it, 62
    // without) and the DOM snapshot of each action (keyboard and export, 17 tests, one worker, run
    // side by side at a load of 19–22: 184 CPU-seconds with them, 157 without).
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    screenshot: 'only-on-failure',
    // The service worker precaches the whole build (69 files) in each test's fresh context and
    // answers its reloads: 99 CPU-seconds on the same tests with it, 76 without. Only
    // quality.spec.ts is about what it does (reloads with the network gone, no foreign origin, no
    // Content-Security-Policy violation) and allows it; elsewhere every load comes from the server.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium ?? undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } } }],
  webServer: {
    command: `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
