import { useEffect, useId, useMemo, useRef } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { useAnalysis } from '../../data/use-analysis';
import { useActiveDocuments } from '../../state/documents-store';
import { useEvidenceHighlights } from '../claims/use-evidence-highlights';
import { HighlightedText } from '../text/HighlightedText';
import type { Highlight } from '../text/text-spans';
import { CounterpartMark } from './CounterpartMark';
import { ReaderDisagreements } from './ReaderDisagreements';
import { ReaderFind } from './ReaderFind';
import { counterpartsOf, otherDocsIn } from './counterparts';
import { lineIndexAt, type TextLine } from './text-lines';
import { useTextLines } from './use-text-lines';
import { usePanelVirtualizer } from '../app/use-panel-virtualizer';
import { useUiStore } from '../../state/ui-store';
import { useFocusHighlight } from './use-focus-highlight';
import { useLineKeys } from './use-line-keys';

/** Rendered beyond the visible lines, so scrolling and a selection dragged past the edge find text there. */
const OVERSCAN_LINES = 12;
/** An article of up to this many lines is rendered whole, so the browser's own find and print see all of it. */
const WHOLE_UP_TO_LINES = 300;
/** Seeds the scroll height of lines not yet measured: about 80 characters per 27 px row at the reading measure. */
const CHARS_PER_ROW = 80;
const ROW_HEIGHT = 27;
const PARAGRAPH_GAP = 14;

function estimateHeight(line: TextLine): number {
  return Math.ceil((line.end - line.start) / CHARS_PER_ROW) * ROW_HEIGHT + 4 + (line.paragraphStart ? PARAGRAPH_GAP : 0);
}

/**
 * The whole text, one block per line as the document has them, each rendered by HighlightedText
 * so that a selection maps to exact offsets. Beside each line, a mark when other sources tell it.
 * The lines are one tab stop in which the keyboard selects text (useLineKeys). Virtual: only the
 * lines on screen are in the page past WHOLE_UP_TO_LINES, so a 10 MB document opens as fast as a short one.
 */
export function DocumentText({ document }: { document: SourceDocument }) {
  const container = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const { lines, complete } = useTextLines(document.text);
  const evidence = useEvidenceHighlights(document.id);
  const focus = useFocusHighlight(document.id, container);
  const highlights = useMemo<Highlight[]>(() => (focus ? [...evidence, focus] : evidence), [evidence, focus]);
  const hintId = useId();
  const keys = useLineKeys(container, lines.length, document.language);
  const focusTarget = useUiStore((state) => state.focusTarget);
  // Known once the lines reaching the span are split (a long text's end comes a few tasks after it opens).
  const focusLine = focus && (complete || focus.start < (lines.at(-1)?.end ?? 0)) ? lineIndexAt(lines, focus.start) : -1;
  const virtualizer = usePanelVirtualizer(list, {
    count: lines.length,
    estimateSize: (index) => estimateHeight(lines[index]!),
    getItemKey: (index) => lines[index]!.start,
    overscan: complete && lines.length <= WHOLE_UP_TO_LINES ? lines.length : OVERSCAN_LINES,
    pinned: [...keys.pinned, focusLine],
  });

  /** Find's jump: the lines rendered at once, then the panel scrolled to them by the virtualizer, which corrects for lines measured on the way. */
  const revealLines = (first: number, last: number) => {
    const found = keys.revealLines(first, last);
    virtualizer.scrollToIndex(first, { align: 'center' });
    return found;
  };

  // A span asked for from elsewhere (a claim, a suggestion, the timeline): its line is brought to the
  // middle of the panel, where useFocusHighlight then finds its mark.
  const focusNonce = focusTarget?.docId === document.id ? focusTarget.nonce : null;
  const focusLineKnown = focusLine >= 0;
  useEffect(() => {
    if (focusNonce === null || focusLine < 0) return;
    virtualizer.scrollToIndex(focusLine, { align: 'center' });
    // Only a new request moves the view, once its line is known.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusNonce, focusLineKnown]);

  const analysis = useAnalysis();
  const counterparts = useMemo(() => counterpartsOf(analysis.result, document.id, document.text.length), [analysis.result, document.id, document.text.length]);
  const activeDocuments = useActiveDocuments();
  const byId = useMemo(() => new Map(activeDocuments.map((doc) => [doc.id, doc])), [activeDocuments]);

  return (
    <div ref={container} className="reader-text" lang={document.language || undefined}>
      <p className="reader-analysis-status muted" aria-live="polite" data-analysis-status={analysis.status}>
        {analysis.status === 'running' && 'Finding passages told by other sources…'}
        {analysis.status === 'ready' && counterparts.length > 0 && '⇄ marks lines that other sources tell too; press one to compare.'}
        {analysis.status === 'error' && !analysis.cancelled && `Passages in other sources are not shown: ${analysis.error}`}
      </p>
      <ReaderDisagreements docId={document.id} findings={analysis.result?.findings} />
      <p id={hintId} className="reader-keys-hint muted">
        Keyboard: ↑/↓ line, Enter select line, Home line start, ←/→ move by word, Shift+→ extend by word, then c; / find and select; ? every key
      </p>
      <ReaderFind text={document.text} lines={lines} linesComplete={complete} revealLines={revealLines} />
      <div ref={list} className="reader-lines" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const index = item.index;
          const line = lines[index]!;
          const others = otherDocsIn(counterparts, line.start, line.end).filter((id) => byId.has(id));
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={index}
              style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
              className={`reader-line ${line.paragraphStart ? 'paragraph-start' : ''} ${others.length > 0 ? 'has-counterpart' : ''}`}
            >
              <p
                className="reader-line-text"
                data-line-index={index}
                tabIndex={index === keys.activeLine ? 0 : -1}
                aria-describedby={hintId}
                onKeyDown={keys.onKeyDown}
                onFocus={keys.onFocus}
              >
                <HighlightedText docId={document.id} text={document.text} start={line.start} end={line.end} highlights={highlights} />
              </p>
              <div className="reader-gutter">{others.length > 0 && <CounterpartMark docId={document.id} otherDocs={others} />}</div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
