import { expect, test, type Page } from './fixtures';
import { axe } from './pages/axe';

// Lock-down, offline and accessibility checks that span every view (issue 8).
// The service worker is part of what is checked here (other specs block it; playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const SEED_TITLE = 'China’s top diplomat says Beijing, Moscow to deepen ties';
const VIEWS = ['#/', '#/read/002_d2e03255e9355d12', '#/compare?docs=000_900e33a0770657f5,001_8dfcd5823fdeecd6', '#/overview', '#/timeline'];

/** Opens the library first (the seeds load there), then the view under test. */
async function openApp(page: Page, hash = '#/') {
  await page.goto('/#/');
  await expect(page.getByText(SEED_TITLE).first()).toBeVisible();
  if (hash === '#/') return;
  await page.goto(`/${hash}`);
  await expect(page.getByRole('main')).not.toBeEmpty();
}

async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}

test('the app talks to no origin but its own and breaks no Content-Security-Policy rule', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await recordCspViolations(page);
  for (const view of VIEWS) {
    await openApp(page, view);
    await page.waitForLoadState('networkidle');
  }
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(foreign).toEqual([]);
});

test('once loaded, the app reloads and works with the network gone', async ({ page, context }) => {
  await openApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load installs the worker; the page must be controlled before going offline.
  await page.reload();
  await expect(page.getByText(SEED_TITLE).first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(SEED_TITLE).first()).toBeVisible();
  await page.goto('/#/read/001_8dfcd5823fdeecd6');
  await expect(page.getByText('burs-jfx/pbt', { exact: true })).toBeVisible();
  await context.setOffline(false);
});

test('the app can be installed: a manifest with name, start URL and icons', async ({ page, request }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: 'Crosscheck', display: 'standalone', start_url: '/' });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
});

test('every view has no serious or critical accessibility violation', async ({ page }) => {
  // Five full-page audits: 28 s on a 2-core machine at a load of 18, over 60 s at 30.
  test.setTimeout(120_000);
  for (const view of VIEWS) {
    await openApp(page, view);
    await page.waitForLoadState('networkidle');
    const results = await axe(page).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${view} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
