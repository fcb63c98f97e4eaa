import { expect, test, type Browser, type Page } from './fixtures';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRelay, type RunningRelay } from '../src/relay/relay-server';
import { connectTestClient, eventually } from '../src/relay/relay-test-client';
import { ClaimsPanel } from './pages/claims-panel';

// Issue 17: a desk works one story together through a relay the test starts on localhost.

const SECRET = 'the desk secret for e2e tests';
const D002 = '002_d2e03255e9355d12';
const D001 = '001_8dfcd5823fdeecd6';
const FEB_2021 = 'invasion of Ukraine in February 2021';
const LAST_YEAR = 'invasion of Ukraine last year';
const SHOTS = '/tmp/cc-sharing';

let relay: RunningRelay;
let dataDir: string;

async function startTestRelay(port = 0): Promise<RunningRelay> {
  return startRelay({
    port,
    host: '127.0.0.1',
    database: join(dataDir, 'stories.sqlite'),
    generationsFile: join(dataDir, 'generations.json'),
    secret: SECRET,
    quiet: true,
  });
}

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-relay-'));
  relay = await startTestRelay();
});

test.afterEach(async () => {
  await relay.stop();
});

async function analystPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.source-row').first()).toBeVisible();
  return page;
}

async function startSharing(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Share story…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Relay address').fill(`ws://127.0.0.1:${relay.port}`);
  await dialog.getByLabel('Desk secret').fill(SECRET);
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Start sharing' }).click();
  await expect(dialog.getByRole('status')).toContainText('Live as owner');
}

async function invitation(page: Page, role: 'Editor' | 'Viewer'): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
  await dialog.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await dialog.getByLabel(/Invitation link/).inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  return link;
}

async function joinStory(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join story' }).click();
  await expect(page.locator('.share-button')).toContainText('Live as');
}

/** Ana shares the sample story and Ben joins it as an editor. */
async function anaAndBen(browser: Browser): Promise<{ ana: Page; ben: Page; link: string }> {
  const ana = await analystPage(browser);
  await startSharing(ana, 'Ana Owner');
  const link = await invitation(ana, 'Editor');
  const ben = await analystPage(browser);
  await joinStory(ben, link, 'Ben Checker');
  return { ana, ben, link };
}

/** Opens a document of the story on screen (a plain #/read link would open the first story). */
async function openInStory(page: Page, docId: string): Promise<void> {
  await page.evaluate((id) => {
    const story = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('story');
    window.location.hash = `#/read/${id}${story ? `?story=${story}` : ''}`;
  }, docId);
  await expect(page.locator(`.app-main [data-doc-id="${docId}"]`).first()).toBeVisible();
}

async function makeClaim(page: Page, docId: string, phrase: string): Promise<void> {
  const claims = new ClaimsPanel(page);
  await openInStory(page, docId);
  await claims.selectText(docId, phrase);
  await claims.pressShortcut('c');
  await expect(claims.card(phrase)).toHaveCount(1);
}

test('two analysts on one story see each other’s claims and each other', async ({ browser }) => {
  const { ana, ben } = await anaAndBen(browser);

  await expect(ben.locator('.source-row')).toHaveCount(5);
  await makeClaim(ana, D002, FEB_2021);
  await expect(new ClaimsPanel(ben).card(FEB_2021)).toHaveCount(1, { timeout: 5_000 });
  await makeClaim(ben, D001, LAST_YEAR);
  await expect(new ClaimsPanel(ana).card(LAST_YEAR)).toHaveCount(1, { timeout: 5_000 });

  await expect(ana.locator('.presence-peer', { hasText: 'BC' })).toBeVisible();
  await expect(ben.locator('.presence-peer', { hasText: 'AO' })).toBeVisible();
  await ana.screenshot({ path: `${SHOTS}/owner-with-guest.png` });
  await ana.locator('.share-button').click();
  await ana.screenshot({ path: `${SHOTS}/share-dialog.png` });
});

test('a viewer can change nothing: the app refuses, and so does the relay', async ({ browser }) => {
  const ana = await analystPage(browser);
  await startSharing(ana, 'Ana Owner');
  const link = await invitation(ana, 'Viewer');
  const vic = await analystPage(browser);
  await joinStory(vic, link, 'Vic Viewer');
  await expect(vic.locator('.share-button')).toContainText('Live as viewer');

  const claims = new ClaimsPanel(vic);
  await openInStory(vic, D002);
  await claims.selectText(D002, FEB_2021);
  await claims.pressShortcut('c');
  await expect(vic.locator('.announcer')).toContainText('shared with you as a viewer');
  await expect(claims.cards).toHaveCount(0);

  // The relay's own refusal: an update sent straight to it with the viewer's token never arrives.
  const params = new URLSearchParams(link.split('#/join?')[1]);
  const forger = connectTestClient(params.get('relay') as string, params.get('story') as string, params.get('token') as string);
  await forger.ready;
  forger.doc.getMap('forged').set('by', 'a viewer');
  await makeClaim(ana, D001, LAST_YEAR);
  const witness = connectTestClient(params.get('relay') as string, params.get('story') as string, params.get('token') as string);
  await witness.ready;
  await eventually(() => witness.doc.getMap('claims').size > 0, 'the owner’s claim on the relay');
  expect(witness.doc.getMap('forged').size).toBe(0);
  forger.destroy();
  witness.destroy();
});

test('edits made while the relay is down reach everyone when it is back', async ({ browser }) => {
  const { ana, ben } = await anaAndBen(browser);

  const port = relay.port;
  await relay.stop();
  await expect(ana.locator('.share-button')).toContainText('Offline');
  await makeClaim(ana, D002, FEB_2021);
  await makeClaim(ben, D001, LAST_YEAR);
  relay = await startTestRelay(port);

  for (const page of [ana, ben]) {
    const claims = new ClaimsPanel(page);
    await expect(claims.card(FEB_2021)).toHaveCount(1, { timeout: 30_000 });
    await expect(claims.card(LAST_YEAR)).toHaveCount(1, { timeout: 30_000 });
  }
});

test('stopping the share revokes invitations: the guest and a late joiner are refused, their copies kept', async ({ browser }) => {
  const { ana, ben, link } = await anaAndBen(browser);
  await makeClaim(ana, D002, FEB_2021);
  await expect(new ClaimsPanel(ben).card(FEB_2021)).toHaveCount(1, { timeout: 5_000 });

  await ana.locator('.share-button').click();
  await ana.getByRole('dialog').getByRole('button', { name: 'Stop sharing' }).click();
  await expect(ben.locator('.share-button')).toContainText('Not connected');
  await expect(new ClaimsPanel(ben).card(FEB_2021)).toHaveCount(1);

  const late = await analystPage(browser);
  await late.goto(link);
  await late.getByRole('dialog').getByLabel('Your name').fill('Late Comer');
  await late.getByRole('dialog').getByRole('button', { name: 'Join story' }).click();
  await late.locator('.share-button').click();
  await expect(late.getByRole('dialog').getByRole('status')).toContainText('revoked');
});

test('a damaged invitation link is refused with a message and changes nothing', async ({ browser }) => {
  const page = await analystPage(browser);
  await page.goto('/#/join?relay=http://example.org&story=x&token=y');
  await expect(page.getByRole('dialog')).toContainText('must start with wss://');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.source-row')).toHaveCount(5);
});

test('a claim deleted by one analyst while another edits it is kept, with a note to restore it', async ({ browser }) => {
  const { ana, ben } = await anaAndBen(browser);
  await makeClaim(ana, D002, FEB_2021);
  const bensClaim = new ClaimsPanel(ben).card(FEB_2021);
  await expect(bensClaim).toHaveCount(1, { timeout: 5_000 });

  const port = relay.port;
  await relay.stop();
  await expect(ana.locator('.share-button')).toContainText('Offline');
  await ana.getByRole('button', { name: 'Delete claim' }).click();
  await expect(new ClaimsPanel(ana).card(FEB_2021)).toHaveCount(0);
  await bensClaim.click();
  await new ClaimsPanel(ben).selectedCard().getByLabel('Note').fill('Checked with the agency');
  await new ClaimsPanel(ben).selectedCard().getByLabel('Note').blur();
  relay = await startTestRelay(port);

  for (const page of [ana, ben]) {
    const note = page.locator('.deleted-while-edited');
    await expect(note).toContainText('was deleted by Ana Owner while it was being edited', { timeout: 30_000 });
  }
  await ana.locator('.deleted-while-edited').getByRole('button', { name: 'Restore' }).click();
  await expect(ana.locator('.deleted-while-edited')).toHaveCount(0);
  await expect(new ClaimsPanel(ben).card(FEB_2021)).toHaveCount(1);
  await expect(ben.locator('.deleted-while-edited')).toHaveCount(0, { timeout: 10_000 });
});
