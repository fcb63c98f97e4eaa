// The freeze case for the claims list (issues 12 and 18): a story with 40,000 claims over the
// seeds, imported through the Import dialog; then one edit at a time as an analyst makes it — set
// a claim's status with a key, type in its note, leave the note (which saves it) — and for each
// the longest main-thread task it caused (PerformanceObserver 'longtask'). Goal: none over 200 ms.
import { resolve } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { claimsOverSeeds } from '../e2e/pages/generated-claims';

export const CLAIMS = 40_000;
/** After a result shows, work it set off (a re-render, a save, a projection) still counts toward the step. */
const SETTLE_MS = 1_500;
/** An unvirtualised list of 40,000 claims took minutes to import and seconds per edit. */
const STEP_TIMEOUT = 10 * 60_000;

export interface FreezeStep {
  step: string;
  longestTaskMs: number;
  /** From the action to its result on screen. */
  resultMs: number;
}

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

async function measure(page: Page, step: string, action: () => Promise<void>, result: () => Promise<void>, rows: FreezeStep[]): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
  const started = Date.now();
  await action();
  await result();
  const resultMs = Date.now() - started;
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const row = { step, longestTaskMs: Math.round(Math.max(0, ...tasks)), resultMs };
  rows.push(row);
  console.error(`  claims × ${CLAIMS.toLocaleString('en')} · ${step}: longest task ${row.longestTaskMs} ms, result ${row.resultMs} ms`);
}

/** Runs the case against the production build served at `baseUrl`; `root` is the repository. */
export async function runClaimsFreezeCase(browser: Browser, baseUrl: string, root: string, claims = CLAIMS): Promise<FreezeStep[]> {
  const project = claimsOverSeeds(claims, resolve(root, 'seeds'));
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const rows: FreezeStep[] = [];
  try {
    await page.goto(`${baseUrl}/#/`);
    await expect(page.getByRole('heading', { name: 'Sources (5)' })).toBeVisible({ timeout: 60_000 });
    const count = page.locator('.claims-panel .claims-count');

    const dialog = page.getByRole('dialog', { name: 'Import' });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByLabel(/Crosscheck project/).setInputFiles({ name: 'claims.json', mimeType: 'application/json', buffer: Buffer.from(project.json) });
    await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeEnabled({ timeout: STEP_TIMEOUT });
    await measure(page, 'confirm the import (claims listed)', () => dialog.getByRole('button', { name: 'Import', exact: true }).click(), () => expect(count).toHaveText(String(claims), { timeout: STEP_TIMEOUT }), rows);

    const newest = project.claims.at(-1)!;
    const card = page.locator('.claims-panel .claim-card').filter({ hasText: newest.statement });
    await measure(page, 'open a claim', () => card.locator('.claim-summary').click(), () => expect(card.getByLabel('Note')).toBeVisible({ timeout: STEP_TIMEOUT }), rows);
    const badge = card.locator('.status-badge');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await measure(page, 'set its status (key 2)', () => page.keyboard.press('2'), () => expect(badge).toHaveText(/Consistent/, { timeout: STEP_TIMEOUT }), rows);
    await measure(page, 'set its status again (key 3)', () => page.keyboard.press('3'), () => expect(badge).toHaveText(/Discrepant/, { timeout: STEP_TIMEOUT }), rows);

    const note = card.getByLabel('Note');
    await note.click();
    await measure(page, 'type one key in its note', () => page.keyboard.type('x'), () => expect(note).toHaveValue('x', { timeout: STEP_TIMEOUT }), rows);
    await measure(page, 'type 12 more keys in its note', () => page.keyboard.type(' checked it'), () => expect(note).toHaveValue('x checked it', { timeout: STEP_TIMEOUT }), rows);
    // Leaving the field saves the note as one undoable step: the store, the projection and storage.
    await measure(page, 'leave the note (saved)', () => page.keyboard.press('Tab'), () => expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /edit note/, { timeout: STEP_TIMEOUT }), rows);
    await measure(page, 'undo the note (Ctrl+Z)', () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()).then(() => page.keyboard.press('Control+z')), () => expect(note).toHaveValue('', { timeout: STEP_TIMEOUT }), rows);
  } finally {
    await context.close();
  }
  return rows;
}

export function formatClaimsFreezeRows(rows: readonly FreezeStep[]): string {
  const lines = [`| step (${CLAIMS.toLocaleString('en')} claims) | longest task | time to result |`, '|---|---:|---:|'];
  for (const row of rows) lines.push(`| ${row.step} | ${row.longestTaskMs.toLocaleString('en')} ms | ${row.resultMs.toLocaleString('en')} ms |`);
  return lines.join('\n');
}
