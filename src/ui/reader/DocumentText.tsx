import { useId, useMemo, useRef } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { useAnalysis } from '../../data/use-analysis';
import { useActiveDocuments } from '../../state/documents-store';
import { useEvidenceHighlights } from '../claims/use-evidence-highlights';
import { HighlightedText } from '../text/HighlightedText';
import type { Highlight } from '../text/text-spans';
import { CounterpartMark } from './CounterpartMark';
import { ReaderFind } from './ReaderFind';
import { counterpartsOf, otherDocsIn } from './counterparts';
import { splitIntoLines } from './text-lines';
import { useFocusHighlight } from './use-focus-highlight';
import { useLineKeys } from './use-line-keys';

/**
 * The whole text, one block per line as the document has them, each rendered by HighlightedText
 * so that a selection maps to exact offsets. Beside each line, a mark when other sources tell it.
 * The lines are one tab stop in which the keyboard selects text (useLineKeys).
 */
export function DocumentText({ document }: { document: SourceDocument }) {
  const container = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => splitIntoLines(document.text), [document.text]);
  const evidence = useEvidenceHighlights(document.id);
  const focus = useFocusHighlight(document.id, container);
  const highlights = useMemo<Highlight[]>(() => (focus ? [...evidence, focus] : evidence), [evidence, focus]);
  const hintId = useId();
  const keys = useLineKeys(container, lines.length, document.language);

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
      <p id={hintId} className="reader-keys-hint muted">
        Keyboard: ↑/↓ line, Enter select line, Home line start, ←/→ move by word, Shift+→ extend by word, then c; / find and select; ? every key
      </p>
      <ReaderFind text={document.text} lines={lines} focusLine={keys.focusLine} />
      {lines.map((line, index) => {
        const others = otherDocsIn(counterparts, line.start, line.end).filter((id) => byId.has(id));
        return (
          <div key={line.start} className={`reader-line ${line.paragraphStart ? 'paragraph-start' : ''} ${others.length > 0 ? 'has-counterpart' : ''}`}>
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
            <div className="reader-gutter">{others.length > 0 && <CounterpartMark docId={document.id} otherDocs={others} titles={byId} />}</div>
          </div>
        );
      })}
    </div>
  );
}
