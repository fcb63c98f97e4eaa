// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { EXACT } from '../../core/diff';
import type { Passage } from '../../core/model/analysis';
import { selectionToSpan } from '../text/selection-span';
import { DiffCell } from './DiffCell';
import { diffRow } from './row-diff';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXTS = new Map([
  ['a', 'Intro line.\nWang Yi met Sergey Lavrov in Jakarta.'],
  ['b', 'Wang Yi met Sergei Lavrov in Jakarta on Friday.'],
]);

function passage(doc: string): Passage {
  const text = TEXTS.get(doc)!;
  const start = text.indexOf('Wang');
  return { doc, start, end: text.length, text: text.slice(start), paragraph: 0, boilerplate: null };
}

let container: HTMLElement | null = null;

function render(column: number): HTMLElement {
  const { pieces } = diffRow([passage('a'), passage('b')], 0, EXACT);
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<DiffCell pieces={pieces[column]!} texts={TEXTS} highlights={new Map()} />));
  return container;
}

afterEach(() => {
  container?.remove();
  container = null;
});

describe('DiffCell', () => {
  it('gives every text run the document offset of its first character', () => {
    const cell = render(1);
    const runs = [...cell.querySelectorAll<HTMLElement>('[data-doc-id]')];
    expect(runs.length).toBeGreaterThan(1);
    for (const run of runs) {
      const text = TEXTS.get(run.dataset.docId!)!;
      const start = Number(run.dataset.start);
      expect(text.slice(start, start + run.textContent!.length)).toBe(run.textContent);
    }
  });

  it('marks changes with del/ins and a label screen readers hear but selections skip', () => {
    const left = render(0);
    const del = left.querySelector('del')!;
    expect(del.textContent).toBe('deleted: Sergey');
    expect(del.querySelector('[data-offset-ignore]')?.textContent).toBe('deleted: ');
    expect(del.querySelector('.diff-strong')?.textContent).toBe('Sergey');
    container?.remove();
    const right = render(1);
    expect([...right.querySelectorAll('ins')].map((ins) => ins.textContent)).toEqual(expect.arrayContaining(['inserted: Sergei']));
  });

  it('maps a selection across a change back to exact document offsets', () => {
    const cell = render(1);
    const runs = [...cell.querySelectorAll<HTMLElement>('[data-doc-id]')];
    const first = runs[0]!.firstChild!;
    const last = runs[runs.length - 1]!.firstChild!;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(last, last.textContent!.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const outcome = selectionToSpan(selection);
    expect(outcome).toEqual({ kind: 'span', span: { docId: 'b', start: 0, end: TEXTS.get('b')!.length } });
  });
});
