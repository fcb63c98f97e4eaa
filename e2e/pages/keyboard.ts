import { expect, type Locator, type Page } from '@playwright/test';

/** More Tab presses than any view has stops, so a missing target fails instead of cycling forever. */
const MAX_TAB_STOPS = 150;

/** Characters before the phrase beyond which Ctrl+ArrowRight cannot jump past its start. */
const WORD_JUMP_MARGIN = 30;

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

/**
 * With the browser's caret browsing on, moves the caret line by line and then character by
 * character to the start of `phrase` in the main view, and selects it with Shift+ArrowRight.
 * Only the caret's position is read from the page; every move is a key press.
 */
export async function selectWithCaret(page: Page, phrase: string): Promise<void> {
  const caretContext = () =>
    page.evaluate(() => {
      const selection = window.getSelection();
      const node = selection?.focusNode;
      // The caret may rest on an element (an empty line, a gutter) as well as in a text node.
      const element = node instanceof Element ? node : node?.parentElement;
      if (!selection || !node || !element?.closest('.app-main')) return { line: '', after: '' };
      const block = element.closest('p, li, h1, h2, div') ?? element;
      const range = document.createRange();
      range.setStart(node, selection.focusOffset);
      range.setEndAfter(block.lastChild ?? block);
      return { line: block.textContent ?? '', after: range.toString() };
    });
  let context = await caretContext();
  for (let lines = 0; !context.after.includes(phrase); lines += 1) {
    if (lines > MAX_TAB_STOPS) throw new Error(`The caret never reached a line holding “${phrase}”.`);
    await page.keyboard.press('ArrowDown');
    context = await caretContext();
  }
  for (let moves = 0; !context.after.startsWith(phrase); moves += 1) {
    if (moves > context.line.length + 1) throw new Error(`The caret never reached “${phrase}” in “${context.line}”.`);
    // A word at a time while the phrase is further off than any one word could be.
    await page.keyboard.press(context.after.indexOf(phrase) > WORD_JUMP_MARGIN ? 'Control+ArrowRight' : 'ArrowRight');
    context = await caretContext();
  }
  for (let i = 0; i < phrase.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => String(window.getSelection()))).toBe(phrase);
}
