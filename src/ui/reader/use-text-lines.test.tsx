// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { splitIntoLines } from './text-lines';
import { useTextLines, type TextLines } from './use-text-lines';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** 2 MB over 20,000 paragraphs. */
const LONG = Array.from({ length: 20_000 }, (_, index) => `Item ${index}: the council met on the harbour levy and the school road, and voted.`).join('\n\n');

/** Renders the hook over `text`, recording what each render returned. */
function renderLines(text: string): { renders: TextLines[]; unmount: () => void } {
  const renders: TextLines[] = [];
  function Probe() {
    renders.push(useTextLines(text));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Probe />));
  return { renders, unmount: () => act(() => root.unmount()) };
}

describe('useTextLines', () => {
  it('renders a long text’s first lines at once, then all of them once split, the same as splitting at once', async () => {
    const { renders, unmount } = renderLines(LONG);
    const first = renders[0]!;
    expect(first.complete).toBe(false);
    expect(first.lines.length).toBeGreaterThan(100);
    expect(first.lines.length).toBeLessThan(2_000);
    await expect.poll(() => renders.at(-1)!.complete).toBe(true);
    expect(renders.at(-1)!.lines).toEqual(splitIntoLines(LONG));
    expect(renders.at(-1)!.lines.slice(0, first.lines.length)).toEqual(first.lines);
    unmount();
  });

  it('gives a short text’s lines complete in the first render', () => {
    const text = 'Title\n\nOne line.\nAnother.';
    const { renders, unmount } = renderLines(text);
    expect(renders[0]).toEqual({ lines: splitIntoLines(text), complete: true });
    unmount();
  });
});
