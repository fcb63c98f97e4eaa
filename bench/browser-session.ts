// What the browser benches share: the production build served by vite preview on loopback, a
// Chromium, and pages that record every main-thread task over 50 ms (PerformanceObserver 'longtask').
// BENCH_OUT_DIR=<dir> serves an existing build instead of building one.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';

export interface PreviewServer {
  base: string;
  stop: () => void;
}

/** Builds the app into `outDir` unless BENCH_OUT_DIR names a build, and serves it on `port`. */
export async function servePreview(root: string, port: number, outDir = 'dist'): Promise<PreviewServer> {
  const served = process.env.BENCH_OUT_DIR ?? outDir;
  if (!process.env.BENCH_OUT_DIR) spawnSync('npx', ['vite', 'build', '--outDir', served], { cwd: root, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  // Vite itself, not through npx: npm starts its child in a process group of its own, so stopping
  // npx's group left vite serving the old build on the port, and the next run's fetch reached it.
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const server: ChildProcess = spawn(process.execPath, [vite, 'preview', '--outDir', served, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: root, stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid);
  };
  for (let attempt = 0; attempt < 120; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}); is port ${port} in use?`);
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`vite preview did not answer on ${base}`);
}

/** Steps on large inputs in a loaded machine's browser can take minutes: a freeze is measured, not cut short. */
export const STEP_TIMEOUT_MS = 10 * 60_000;
export const expectWithin = expect.configure({ timeout: STEP_TIMEOUT_MS });

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
}

// A string, not a function: tsx's name-keeping helper (__name) does not exist in the page.
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

/** A page in a fresh context whose long tasks are recorded from its first script on. */
export async function pageRecordingLongTasks(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  return context.newPage();
}

export async function forgetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
}

/** The durations of the long tasks since the page loaded or since forgetLongTasks. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}
