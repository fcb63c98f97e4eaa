// A line's selection in line offsets and back. A reader line's text content is exactly the
// document text of that line (HighlightedText renders nothing else), so the length of the text
// before a DOM point is its offset in the line.

export interface LineSelection {
  /** The fixed end, where the selection started. */
  anchor: number;
  /** The moving end, where keys extend or shrink it. */
  focus: number;
}

function offsetInLine(line: HTMLElement, node: Node, offset: number): number | null {
  if (!line.contains(node)) return null;
  const before = document.createRange();
  before.setStart(line, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The current selection within `line`, or null when it lies (even partly) elsewhere. */
export function readLineSelection(line: HTMLElement): LineSelection | null {
  const selection = window.getSelection();
  if (!selection?.anchorNode || !selection.focusNode) return null;
  const anchor = offsetInLine(line, selection.anchorNode, selection.anchorOffset);
  const focus = offsetInLine(line, selection.focusNode, selection.focusOffset);
  return anchor === null || focus === null ? null : { anchor, focus };
}

export function pointAt(line: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: line, offset: 0 };
}

/** Makes [anchor, focus] of the line the page's selection, a real one that selectionToSpan reads. */
export function selectInLine(line: HTMLElement, { anchor, focus }: LineSelection): void {
  const from = pointAt(line, anchor);
  const to = pointAt(line, focus);
  window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}
