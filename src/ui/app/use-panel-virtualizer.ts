import { useLayoutEffect, useState, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';

// A list inside one of the app's scrolling panels (.app-main, .app-side) that renders only the rows
// on screen, while the panel keeps scrolling as one page with whatever sits above the list
// (a document's header, the analysis status). The list's distance from the panel's top is its
// scroll margin; it is re-read whenever something above it changes size.

interface Options {
  count: number;
  estimateSize: (index: number) => number;
  getItemKey: (index: number) => string | number;
  overscan: number;
  /** Space between rows, in pixels. */
  gap?: number;
  /** Rows rendered wherever the panel is scrolled: the keyboard's tab stop, a row about to take the focus. */
  pinned?: readonly number[];
}

const NOTHING_PINNED: readonly number[] = [];

function scrollParentOf(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/**
 * The list's distance from the top of the scroller's content, or null while either has no layout box:
 * read in a hidden tab (the Add dialog's Files tab before it is shown) it came out negative, and the
 * virtualizer then scrolled the panel down by each row's first correction as if the row sat above it.
 */
function offsetWithin(list: HTMLElement, scroller: HTMLElement): number | null {
  if (list.getClientRects().length === 0 || scroller.getClientRects().length === 0) return null;
  return Math.round(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
}

export function usePanelVirtualizer(list: RefObject<HTMLElement | null>, { count, estimateSize, getItemKey, overscan, gap = 0, pinned = NOTHING_PINNED }: Options) {
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const element = list.current;
    const parent = scrollParentOf(element);
    if (parent !== scroller) setScroller(parent);
    if (element && parent) {
      const margin = offsetWithin(element, parent);
      if (margin !== null && margin !== scrollMargin) setScrollMargin(margin);
    }
  }, [list, scroller, scrollMargin]);

  // Content above the list that grows or shrinks on its own (a form opening, a status line) resizes an ancestor.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element || !scroller) return;
    const observer = new ResizeObserver(() => {
      const margin = offsetWithin(element, scroller);
      if (margin !== null) setScrollMargin(margin);
    });
    for (let node = element.parentElement; node && node !== scroller; node = node.parentElement) observer.observe(node);
    return () => observer.disconnect();
  }, [list, scroller]);

  // The virtualizer re-renders its host on scroll; nothing here is compiler-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer({
    count,
    getScrollElement: () => scroller,
    estimateSize,
    overscan,
    gap,
    scrollMargin,
    getItemKey,
    rangeExtractor: (range: Range) => {
      const shown = defaultRangeExtractor(range);
      const extra = [...new Set(pinned)].filter((index) => index >= 0 && index < count && !shown.includes(index));
      return extra.length === 0 ? shown : [...shown, ...extra].sort((a, b) => a - b);
    },
  });
}
