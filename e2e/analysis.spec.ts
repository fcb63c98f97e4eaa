import { expect, test } from './fixtures';
import { addDocumentFiles } from './pages/compare-view';

// Issue 3.6: the analysis runs off the main thread, shows its progress and can be cancelled.

const DOCUMENT_COUNT = 300;
const PARAGRAPHS_PER_DOCUMENT = 12;

// Varied wording (not a few repeated sentences) so the engine has real alignment work to do:
// about 20 s for 300 such documents on a CI machine, long enough to watch it and cancel it.
const WORDS = (
  'minister talks summit cooperation sanctions energy trade security region border treaty agreement delegation ' +
  'spokesperson ministry council president premier envoy capital embassy statement meeting pressure market export ' +
  'import pipeline grain shipment port harbour visit official ally partner rival conflict ceasefire aid loan bank ' +
  'currency reserve growth decline percent billion million week month year Monday Tuesday Thursday Friday March ' +
  'April June Jakarta Moscow Beijing Kyiv Washington Brussels'
).split(' ');

/** A deterministic pseudo-article of about 3 KB. */
function article(seed: number): string {
  let state = (seed * 2654435761) % 2147483648;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const sentence = () => {
    const words = Array.from({ length: 8 + next(10) }, () => WORDS[next(WORDS.length)]!);
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraphs = Array.from({ length: PARAGRAPHS_PER_DOCUMENT }, () => Array.from({ length: 3 }, sentence).join(' '));
  return `Generated report ${seed}\n\n${paragraphs.join('\n\n')}\n`;
}

test('with 300 more documents the page keeps answering while the analysis runs, and Cancel stops it', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/#/overview');
  await expect(page.locator('button.heat-cell').first()).toBeVisible({ timeout: 30_000 });

  await addDocumentFiles(
    page,
    Array.from({ length: DOCUMENT_COUNT }, (_, i) => ({ name: `generated-${String(i + 1).padStart(3, '0')}.txt`, text: article(i + 1) })),
  );
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
  const main = page.getByRole('main');
  const progress = main.getByRole('progressbar', { name: 'Analysis progress' });
  await expect(progress).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: /of \d+ documents/ })).toBeVisible();

  // A click on another control answers at once although the engine is busy.
  const suggestions = page.getByRole('tab', { name: 'Suggestions' });
  const started = Date.now();
  await suggestions.click();
  await expect(suggestions).toHaveAttribute('aria-selected', 'true', { timeout: 1_000 });
  const answeredInMs = Date.now() - started;
  await expect(progress).toBeVisible();
  console.log(`Tab switch answered in ${answeredInMs} ms while the analysis ran`);

  await main.getByRole('button', { name: 'Cancel' }).click();
  await expect(main.getByText('Analysis cancelled.')).toBeVisible();
  await expect(progress).toBeHidden();

  await main.getByRole('button', { name: 'Run again' }).click();
  await expect(progress).toBeVisible();
});
