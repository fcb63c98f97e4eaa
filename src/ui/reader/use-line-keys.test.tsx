// @vitest-environment jsdom
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HighlightedText } from '../text/HighlightedText';
import { selectionToSpan } from '../text/selection-span';
import { splitIntoLines } from './text-lines';
import { useLineKeys } from './use-line-keys';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'China and Russia\n\nBeijing has not condemned the invasion of Ukraine in February 2021.\nTalks went on.';
const LINES = splitIntoLines(TEXT);
// A highlight splits the second line into several runs, as claim evidence does.
const HIGHLIGHTS = [{ key: 'h', start: TEXT.indexOf('Ukraine'), end: TEXT.indexOf(' in Feb'), className: 'hl-unverified', label: 'evidence' }];

function Lines() {
  const container = useRef<HTMLDivElement>(null);
  const keys = useLineKeys(container, LINES.length, 'en');
  return (
    <div ref={container}>
      {LINES.map((line, index) => (
        <p key={line.start} data-line-index={index} tabIndex={index === keys.activeLine ? 0 : -1} onKeyDown={keys.onKeyDown} onFocus={keys.onFocus}>
          <HighlightedText docId="002" text={TEXT} start={line.start} end={line.end} highlights={HIGHLIGHTS} />
        </p>
      ))}
    </div>
  );
}

let root: Root;
let host: HTMLDivElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<Lines />));
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  window.getSelection()?.removeAllRanges();
});

function press(key: string, shiftKey = false, ctrlKey = false) {
  const target = document.activeElement as HTMLElement;
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, ctrlKey, bubbles: true, cancelable: true }));
  });
}

function selectedText(): string {
  const outcome = selectionToSpan(window.getSelection());
  return outcome.kind === 'span' ? TEXT.slice(outcome.span.start, outcome.span.end) : `(${outcome.kind})`;
}

function tabStops(): number {
  return host.querySelectorAll('[tabindex="0"]').length;
}

describe('useLineKeys', () => {
  it('is one tab stop that follows the line the arrows reach', () => {
    host.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    press('ArrowDown');
    expect(document.activeElement?.textContent).toBe(TEXT.slice(LINES[1]!.start, LINES[1]!.end));
    expect(tabStops()).toBe(1);
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement?.textContent).toBe('China and Russia');
  });

  it('selects a whole line with Enter, as offsets selectionToSpan reads', () => {
    host.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    press('ArrowDown');
    press('Enter');
    expect(selectedText()).toBe(TEXT.slice(LINES[1]!.start, LINES[1]!.end));
  });

  it('places a caret word by word and extends it across highlighted runs', () => {
    host.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    press('ArrowDown');
    press('Home');
    for (let word = 0; word < 5; word += 1) press('ArrowRight');
    press('ArrowRight', true);
    press('ArrowRight', true);
    expect(selectedText()).toBe('invasion of');
    press('ArrowRight', true);
    press('ArrowRight', true);
    expect(selectedText()).toBe('invasion of Ukraine in');
    press('ArrowLeft', true);
    expect(selectedText()).toBe('invasion of Ukraine');
  });

  it('extends by a word with Ctrl+Shift+→ as with Shift+→', () => {
    host.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    press('ArrowDown');
    press('Home');
    press('ArrowRight', true, true);
    press('ArrowRight', true, true);
    expect(selectedText()).toBe('Beijing has');
  });

  it('stretches a selection to the line’s end with Shift+End and back to its start with Shift+Home', () => {
    host.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    press('ArrowDown');
    press('End');
    for (let word = 0; word < 2; word += 1) press('ArrowLeft');
    press('End', true);
    expect(selectedText()).toBe('February 2021.');
    press('Home', true);
    expect(selectedText()).toBe('Beijing has not condemned the invasion of Ukraine in ');
  });

  it('leaves other keys to the page', () => {
    host.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    const event = new KeyboardEvent('keydown', { key: 'c', bubbles: true, cancelable: true });
    act(() => {
      document.activeElement!.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(false);
  });
});
