import { expect, type Locator, type Page } from '@playwright/test';

/** More Tab presses than any view has stops, so a missing target fails instead of cycling forever. */
const MAX_TAB_STOPS = 150;

/** A short description of the focused element, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return '<body>';
    const name = element.getAttribute('aria-label') ?? element.getAttribute('placeholder') ?? element.textContent ?? '';
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    return `${role} “${name.replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
  });
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
}

/**
 * Presses Tab (or Shift+Tab) until one of the elements `target` matches has the focus, as a
 * keyboard user walks to a control. Fails with the stops it passed when the target is unreachable.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = MAX_TAB_STOPS } = {}): Promise<void> {
  const passed: string[] = [];
  for (let stop = 0; stop < max; stop += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    passed.push(await describeFocus(page));
  }
  throw new Error(`Tab never reached ${target.toString()}; focus passed: ${passed.slice(-25).join(' → ')}`);
}

/** The focus ring: the focused element draws a visible outline (not `outline: none`). */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const outline = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style, `outline of ${target.toString()}`).not.toBe('none');
  expect(outline.width, `outline width of ${target.toString()}`).toBeGreaterThan(0);
}

/** The reader line that holds the text's one tab stop. */
export function readerTextStop(page: Page): Locator {
  return page.locator('.app-main .reader-line-text[tabindex="0"]');
}

/**
 * Selects `phrase` in the open document with the reader's own keys, no caret browsing: Tab to the
 * text, ArrowDown to the line holding it, Home, ArrowRight a word at a time to its first word, then
 * Shift+ArrowRight a word at a time over it. Only the focused line and the selection are read back.
 */
export async function selectWithReaderKeys(page: Page, phrase: string): Promise<void> {
  await tabTo(page, readerTextStop(page));
  const focusedLine = () => page.evaluate(() => document.activeElement?.textContent ?? '');
  let line = await focusedLine();
  for (let lines = 0; !line.includes(phrase); lines += 1) {
    if (lines > MAX_TAB_STOPS) throw new Error(`ArrowDown never reached a line holding “${phrase}”.`);
    await page.keyboard.press('ArrowDown');
    line = await focusedLine();
  }
  await page.keyboard.press('Home');
  // The text from the caret to the end of the focused line.
  const afterCaret = () =>
    page.evaluate(() => {
      const selection = window.getSelection();
      const line = document.activeElement;
      if (!selection?.focusNode || !line?.contains(selection.focusNode)) return '';
      const range = document.createRange();
      range.setStart(selection.focusNode, selection.focusOffset);
      range.setEnd(line, line.childNodes.length);
      return range.toString();
    });
  for (let words = 0; !(await afterCaret()).startsWith(phrase); words += 1) {
    if (words > line.length) throw new Error(`ArrowRight never reached “${phrase}” in “${line}”.`);
    await page.keyboard.press('ArrowRight');
  }
  const selected = () => page.evaluate(() => String(window.getSelection()));
  for (let words = 0; (await selected()).length < phrase.length; words += 1) {
    if (words > phrase.length) throw new Error(`Shift+ArrowRight never covered “${phrase}”.`);
    await page.keyboard.press('Shift+ArrowRight');
  }
  expect(await selected()).toBe(phrase);
}
