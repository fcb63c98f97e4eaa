// Maps a browser selection back to exact document offsets. Every element that renders document
// text carries data-doc-id and data-start (the offset of its first character); text inside
// [data-offset-ignore] (screen-reader labels, markers) is not document text and is skipped.

export interface SelectedSpan {
  docId: string;
  start: number;
  end: number;
}

export type SelectionOutcome =
  | { kind: 'span'; span: SelectedSpan }
  | { kind: 'empty' }
  | { kind: 'across-documents' };

function offsetElement(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('[data-start][data-doc-id]') ?? null;
}

function documentOffset(node: Node, offsetInNode: number): { docId: string; offset: number } | null {
  const element = offsetElement(node);
  if (!element) return null;
  const base = Number(element.dataset.start);
  if (node === element) {
    return { docId: element.dataset.docId!, offset: base + textLengthBefore(element, offsetInNode) };
  }
  let counted = 0;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current.parentElement?.closest('[data-offset-ignore]')) continue;
    if (current === node) return { docId: element.dataset.docId!, offset: base + counted + offsetInNode };
    counted += current.textContent?.length ?? 0;
  }
  return null;
}

function textLengthBefore(element: HTMLElement, childIndex: number): number {
  let length = 0;
  element.childNodes.forEach((child, index) => {
    if (index < childIndex && !(child instanceof HTMLElement && child.closest('[data-offset-ignore]'))) {
      length += child.textContent?.length ?? 0;
    }
  });
  return length;
}

/** The selected span of one document, or why there is none. */
export function selectionToSpan(selection: Selection | null): SelectionOutcome {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: 'empty' };
  const range = selection.getRangeAt(0);
  const from = documentOffset(range.startContainer, range.startOffset) ?? firstOffsetInside(range, 'start');
  const to = documentOffset(range.endContainer, range.endOffset) ?? firstOffsetInside(range, 'end');
  if (!from || !to) return { kind: 'empty' };
  if (from.docId !== to.docId) return { kind: 'across-documents' };
  const start = Math.min(from.offset, to.offset);
  const end = Math.max(from.offset, to.offset);
  if (end <= start || selection.toString().trim() === '') return { kind: 'empty' };
  return { kind: 'span', span: { docId: from.docId, start, end } };
}

/** A selection that starts or ends between offset elements snaps to the nearest one inside it. */
function firstOffsetInside(range: Range, edge: 'start' | 'end'): { docId: string; offset: number } | null {
  const container = range.commonAncestorContainer;
  const root = container instanceof HTMLElement ? container : container.parentElement;
  if (!root) return null;
  const inside = [...root.querySelectorAll<HTMLElement>('[data-start][data-doc-id]')].filter((el) => range.intersectsNode(el));
  const element = edge === 'start' ? inside[0] : inside[inside.length - 1];
  if (!element) return null;
  const base = Number(element.dataset.start);
  return { docId: element.dataset.docId!, offset: edge === 'start' ? base : base + (element.textContent?.length ?? 0) };
}
