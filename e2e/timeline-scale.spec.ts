import { expect, test } from './fixtures';
import { axe } from './pages/axe';
import { documentIdFor, type GeneratedDocument } from './pages/generated-library';
import { importLibrary } from './pages/import-library';

// Issue 18: past 30 sources the timeline has one lane per group of sources that share text (the
// Overview's clusters), each bar counting the sources that mention its days; a group opens on demand.

const SHOTS = '/tmp/cc-timeline-scale';
const STORIES = 10;
const REPRINTS = 4;

const OUTLETS = ['Harbour Wire', 'Capital Post', 'Border Daily', 'Market Times'];

/** Ten unrelated stories, each with a lede and a dated sentence of its own. */
const STORY_TEXT = [
  ['Valletta pilots', 'Harbour pilots guided a crippled grain carrier past the breakwater after its rudder jammed in the gale.', 'The pilots counted the first tanker back at anchor on 1 March 2024.'],
  ['Poltava frost', 'Barley growers around Poltava fear a thin harvest after three nights of hard frost blackened young shoots.', 'Farmers reported the worst damage on 2 March 2024.'],
  ['Tallinn smuggling trial', 'Prosecutors in Tallinn accused four freight brokers of hiding cigarettes inside refrigerated fish containers.', 'The court adjourned the hearing on 3 March 2024.'],
  ['Kariba spillway', 'Engineers working from barges patched a widening crack in the concrete spillway of the Kariba dam.', 'The spillway was sealed on 4 March 2024.'],
  ['Bergen choir', 'A volunteer choir greeted trawler crews coming home after a record cod season in the Barents Sea.', 'The choir sang on the quay on 5 March 2024.'],
  ['Mersin customs', 'Customs officers in Mersin opened crates labelled as vaccines and found counterfeit vials with forged seals.', 'The crates were seized on 6 March 2024.'],
  ['Porto orchestra', 'Musicians of the Porto symphony orchestra walked out over unpaid rehearsal fees and cancelled concerts.', 'The orchestra postponed its spring season on 7 March 2024.'],
  ['Svalbard station', 'Glaciologists abandoned a research hut on Svalbard after polar bears damaged the generator shed.', 'The team left by snowmobile on 8 March 2024.'],
  ['Kraków nurses', 'Hospital nurses in Kraków accepted a pay offer that adds weekend allowances and two extra staff per ward.', 'The nurses ended their overtime boycott on 9 March 2024.'],
  ['Hvar ferry', 'A car ferry bound for Hvar drifted for hours with a failed engine while passengers waited in life jackets.', 'The ferry lost power in heavy swell on 10 March 2024.'],
];

/** Each story reprinted by four outlets: story 0 dates its event on 1 March 2024, story 1 on 2 March… */
function dispatches(): GeneratedDocument[] {
  return STORY_TEXT.slice(0, STORIES).flatMap(([headline, lede, dated]) =>
    OUTLETS.slice(0, REPRINTS).map((outlet) => {
      const title = headline!;
      const text = `${lede}\n\n${dated}\n`;
      return { id: documentIdFor(`${title} ${outlet}`, text), title, outlet, text };
    }),
  );
}

test('a timeline of 45 sources has one lane per group of sources sharing text; a group’s bar counts its sources and the group opens to their own lanes', async ({ page }) => {
  test.setTimeout(150_000);
  const library = dispatches();
  await importLibrary(page, 'dispatches.json', library);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timeline' }).click();
  const lanes = page.getByRole('list', { name: /^Sources from / });
  // Once the analysis has found which sources share text, each story is one lane of its four reprints.
  const story3 = lanes.getByRole('listitem', { name: /^4 sources sharing text: [A-Za-z ]+ · Kariba spillway; / });
  await expect(story3).toBeVisible({ timeout: 90_000 });
  expect(await page.locator('.timeline-lane-group').count()).toBeLessThanOrEqual(STORIES + 5);
  await expect(page.locator('.timeline-lane:not(.timeline-lane-group)')).toHaveCount(0);
  await expect(page.getByText(/^45 sources in \d+ lanes: one per group of sources that share text/)).toBeVisible();

  const arrival = story3.getByRole('button', { name: /^4 Mar 2024: 4 sources, 4 mentions \(“on 4 March 2024”, …\)\. Show their lanes\.$/ });
  await expect(arrival).toBeVisible();
  await arrival.hover();
  await expect(page.locator('.timeline-readout')).toHaveText(/^4 Mar 2024: 4 sources, 4 mentions/);

  const toggle = story3.getByRole('button', { name: 'Show their lanes', exact: true });
  await toggle.click();
  await expect(story3.getByRole('button', { name: 'Hide their lanes', exact: true })).toHaveAttribute('aria-expanded', 'true');
  const own = lanes.getByRole('listitem', { name: /^[A-Za-z ]+ · Kariba spillway$/ });
  await expect(own).toHaveCount(REPRINTS);
  await expect(own.first().getByRole('button', { name: /^“on 4 March 2024” in [A-Za-z ]+ · Kariba spillway: 4 Mar 2024\./ })).toBeVisible();
  await page.locator('.timeline-view').screenshot({ path: `${SHOTS}/grouped-lanes.png` });
  const results = await axe(page).include('.app-main').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // A source's own bar still leads to its text.
  const reprint = library[3 * REPRINTS]!;
  await lanes.getByRole('listitem', { name: `${reprint.outlet} · ${reprint.title}`, exact: true }).getByRole('button', { name: /^“on 4 March 2024”/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/read/${reprint.id}$`));

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(story3.getByRole('button', { name: 'Show their lanes', exact: true })).toHaveAttribute('aria-expanded', 'false');
  await expect(own).toHaveCount(0);
});
