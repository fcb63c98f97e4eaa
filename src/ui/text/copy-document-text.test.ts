// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentTextOfSelection } from './copy-document-text';

const TEXT = 'Intro.\n\nWang Yi met Russian Foreign Minister Sergei Lavrov in Jakarta.';
const START = TEXT.indexOf('Wang');

/** A compare cell as DiffCell renders it: document text with a hidden label before an inserted word. */
function cell(): HTMLElement {
  const piece = (offset: number, text: string) => `<span data-doc-id="d1" data-start="${START + offset}">${text}</span>`;
  const element = document.createElement('p');
  element.innerHTML = `${piece(0, 'Wang Yi met ')}<ins><span data-offset-ignore="">inserted: </span>${piece(12, 'Russian')}</ins>${piece(19, ' Foreign Minister Sergei Lavrov in Jakarta.')}`;
  document.body.replaceChildren(element);
  return element;
}

function select(node: Node): Selection {
  const range = document.createRange();
  range.selectNodeContents(node);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

describe('documentTextOfSelection', () => {
  it('gives the document characters of a selection, without the labels shown among them', () => {
    const selection = select(cell());
    expect(selection.toString()).toContain('inserted:');
    expect(documentTextOfSelection(selection, (docId) => (docId === 'd1' ? TEXT : undefined))).toBe(TEXT.slice(START));
  });

  it('gives nothing for a selection outside document text or a document it does not know', () => {
    const element = cell();
    const outside = document.createElement('p');
    outside.textContent = 'Row 8 paraphrase';
    document.body.append(outside);
    expect(documentTextOfSelection(select(outside), () => TEXT)).toBeNull();
    expect(documentTextOfSelection(select(element), () => undefined)).toBeNull();
    expect(documentTextOfSelection(select(element), () => 'too short')).toBeNull();
  });
});
