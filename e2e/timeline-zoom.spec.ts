import { expect, test } from './fixtures';
import { tabTo } from './pages/keyboard';

// Issue 14: the timeline fits the story's dates, zooms and pans from the keyboard, and a bar shows
// the exact days it means on hover and focus.

const D002 = '002_d2e03255e9355d12';

test('timeline zoom by keyboard: + zooms in, → moves later, 0 fits the story again', async ({ page }) => {
  await page.goto('/#/timeline');
  await expect(page.locator('.timeline-mark.is-conflict')).toHaveCount(3, { timeout: 45_000 });
  const range = page.getByRole('toolbar', { name: 'Timeline zoom' }).getByRole('status');
  const fitted = await range.textContent();
  await expect(page.getByRole('button', { name: 'Fit the story' })).toBeDisabled();
  const marksWhenFitted = await page.locator('.timeline-mark').count();

  const timeline = page.getByRole('group', { name: /^Timeline: \+ and − zoom/ });
  await tabTo(page, timeline);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(range).not.toHaveText(fitted!);
  const zoomed = await range.textContent();
  await expect(page.getByRole('button', { name: 'Fit the story' })).toBeEnabled();
  expect(await page.locator('.timeline-mark').count()).toBeLessThan(marksWhenFitted);

  await page.keyboard.press('ArrowRight');
  await expect(range).not.toHaveText(zoomed!);
  await page.keyboard.press('0');
  await expect(range).toHaveText(fitted!);
  await expect(page.locator('.timeline-mark')).toHaveCount(marksWhenFitted);
});

test('a focused or hovered bar shows the exact days it means', async ({ page }) => {
  await page.goto('/#/timeline');
  const mark002 = page.locator(`.timeline-mark.is-conflict[data-mark-doc="${D002}"]`);
  await expect(mark002).toBeVisible({ timeout: 45_000 });
  await mark002.focus();
  await expect(page.locator('.timeline-readout')).toHaveText(/“February 2021” in .*: Feb 2021/);
  await expect(page.locator('.timeline-span')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.locator('.timeline-mark').first().hover();
  await expect(page.locator('.timeline-readout')).not.toHaveText(/^\s*$/);
  await page.screenshot({ path: 'test-results/timeline-zoom.png' });
});
