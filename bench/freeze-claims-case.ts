// The freeze cases of the claims list (issues 12 and 18): a story with 40,000 claims over the
// seeds, imported through the Import dialog and one claim opened (not measured); then one edit as
// an analyst makes it: set the claim's status with a key, type a key in its note, leave the note
// (which saves it as one undoable step: the store, the projection, storage, other tabs).
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { claimsOverSeeds, type GeneratedClaimsProject } from '../e2e/pages/generated-claims';
import { ClaimsPanel } from '../e2e/pages/claims-panel';
import { ExportMenu } from '../e2e/pages/export-menu';
import { expectWithin } from './browser-session';
import type { FreezeCase } from './freeze-bench';

const CLAIMS = 40_000;
const INPUT = `${CLAIMS.toLocaleString('en-US')} claims over the 5 seeds (one evidence span each)`;
const NOTE = 'Checked with the agency';

let project: GeneratedClaimsProject | null = null;
const claimsProject = () => (project ??= claimsOverSeeds(CLAIMS, resolve(import.meta.dirname, '..', 'seeds')));

/** Imports the claims and opens the newest one; returns its card. */
async function openClaimAmongMany(page: Page) {
  const { json, claims: generated } = claimsProject();
  const menu = new ExportMenu(page);
  await menu.openImport();
  await menu.chooseFile('claims.json', json);
  await menu.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expectWithin(menu.importDialog).toBeHidden();
  const claims = new ClaimsPanel(page);
  await expectWithin(claims.panel.locator('.claims-count')).toHaveText(String(CLAIMS));
  const card = claims.card(generated.at(-1)!.statement);
  await card.locator('.claim-summary').click();
  await expectWithin(card.getByLabel('Note')).toBeVisible();
  return card;
}

export const setClaimStatusAmongMany: FreezeCase = {
  name: 'set a claim’s status (key 2)',
  input: INPUT,
  async prepare(page) {
    await openClaimAmongMany(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  },
  async step(page) {
    await page.keyboard.press('2');
    await expectWithin(new ClaimsPanel(page).selectedCard().locator('.status-badge')).toHaveText(/Consistent/);
  },
};

export const typeInClaimNoteAmongMany: FreezeCase = {
  name: 'type a key in a claim’s note',
  input: INPUT,
  async prepare(page) {
    const card = await openClaimAmongMany(page);
    await card.getByLabel('Note').click();
  },
  async step(page) {
    await page.keyboard.type('C');
    await expectWithin(new ClaimsPanel(page).selectedCard().getByLabel('Note')).toHaveValue('C');
  },
};

export const saveClaimNoteAmongMany: FreezeCase = {
  name: 'leave a claim’s note (saved)',
  input: INPUT,
  async prepare(page) {
    const card = await openClaimAmongMany(page);
    await card.getByLabel('Note').click();
    await page.keyboard.type(NOTE);
  },
  async step(page) {
    await page.keyboard.press('Tab');
    await expectWithin(new ClaimsPanel(page).panel.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', /edit note/);
  },
};

export const CLAIMS_FREEZE_CASES: readonly FreezeCase[] = [setClaimStatusAmongMany, typeInClaimNoteAmongMany, saveClaimNoteAmongMany];
