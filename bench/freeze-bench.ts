// npm run bench -- --freeze [--case <words>]: the worst main-thread freeze of each step in
// FREEZE_CASES, on the production build in Chromium (goal: none over 200 ms). Per case:
// 1. a fresh browser context opens the app on the seeds, every long task recorded (browser-session.ts);
// 2. the case's `prepare` brings it to the moment before the step (not measured);
// 3. the case's `step` runs from the analyst's action until its result is on screen;
// 4. after SETTLE_MS more (work the step set off still counts), the long tasks are read.
// A case is an object in FREEZE_CASES; --case runs only those whose name contains the words.
// BENCH_PORT picks the port (default 4198); BENCH_OUT_DIR serves an existing build.
import type { Page } from '@playwright/test';
import { expectWithin, forgetLongTasks, launchChromium, longTasks, pageRecordingLongTasks, servePreview, STEP_TIMEOUT_MS } from './browser-session';
import { addTenMegabyteWebPage, openClaimWithOrphanedSpans, pasteTenMegabyteText } from './freeze-cases';
import { CLAIMS_FREEZE_CASES } from './freeze-claims-case';

export interface FreezeCase {
  /** The step, as the README's figures name it. */
  name: string;
  /** What the step works on, for the report. */
  input: string;
  /** From the app showing its seeds to the moment before the step; not measured. */
  prepare: (page: Page) => Promise<void>;
  /** The step: from the analyst's action until its result is on screen. */
  step: (page: Page) => Promise<void>;
}

export const FREEZE_CASES: readonly FreezeCase[] = [addTenMegabyteWebPage, pasteTenMegabyteText, openClaimWithOrphanedSpans, ...CLAIMS_FREEZE_CASES];

/** The goal the issue sets for every step. */
const FREEZE_GOAL_MS = 200;
const SETTLE_MS = 2_000;
const PORT = Number(process.env.BENCH_PORT ?? 4198);

interface Freeze {
  name: string;
  input: string;
  worstMs: number;
  overGoal: number;
  blockedMs: number;
  resultMs: number;
}

async function measureCase(page: Page, base: string, freezeCase: FreezeCase): Promise<Freeze> {
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(`${base}/#/`);
  await expectWithin(page.getByRole('heading', { name: /^Sources \(\d+\)$/ })).toBeVisible();
  await freezeCase.prepare(page);
  await forgetLongTasks(page);
  const started = Date.now();
  await freezeCase.step(page);
  const resultMs = Date.now() - started;
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await longTasks(page);
  return {
    name: freezeCase.name,
    input: freezeCase.input,
    worstMs: tasks.reduce((worst, task) => Math.max(worst, task), 0),
    overGoal: tasks.filter((task) => task > FREEZE_GOAL_MS).length,
    blockedMs: tasks.reduce((sum, task) => sum + task, 0),
    resultMs,
  };
}

export async function runFreezeBench(root: string, only: string | null): Promise<void> {
  const cases = FREEZE_CASES.filter((freezeCase) => only === null || freezeCase.name.includes(only));
  const server = await servePreview(root, PORT);
  const browser = await launchChromium();
  const rows: Freeze[] = [];
  const failures: string[] = [];
  try {
    for (const freezeCase of cases) {
      const page = await pageRecordingLongTasks(browser);
      try {
        const row = await measureCase(page, server.base, freezeCase);
        rows.push(row);
        console.error(`  ${row.name}: worst ${Math.round(row.worstMs)} ms, ${row.overGoal} over ${FREEZE_GOAL_MS} ms, result after ${row.resultMs} ms`);
      } catch (error) {
        failures.push(`${freezeCase.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        console.error(error);
      } finally {
        await page.context().close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const format = (value: number) => Math.round(value).toLocaleString('en-US');
  console.log(`Worst main-thread freeze per step (production build in Chromium, PerformanceObserver 'longtask'; goal: none over ${FREEZE_GOAL_MS} ms)\n`);
  console.log(`| step | on | worst freeze ms | tasks over ${FREEZE_GOAL_MS} ms | long tasks in all ms | time to result ms |`);
  console.log('|---|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.name} | ${row.input} | ${format(row.worstMs)} | ${row.overGoal} | ${format(row.blockedMs)} | ${format(row.resultMs)} |`);
  for (const failure of failures) console.log(`Not finished: ${failure}`);
}
