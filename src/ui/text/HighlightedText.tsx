import { memo } from 'react';
import { splitIntoRuns, type Highlight } from './text-spans';

interface Props {
  docId: string;
  /** The whole document text; only [start, end) is rendered. */
  text: string;
  start: number;
  end: number;
  highlights?: readonly Highlight[];
}

const NO_HIGHLIGHTS: readonly Highlight[] = [];

/**
 * Document text as text (never HTML), with each run tagged by its document offset so that a
 * browser selection maps back to exact offsets (see selection-span.ts).
 */
export const HighlightedText = memo(function HighlightedText({ docId, text, start, end, highlights = NO_HIGHLIGHTS }: Props) {
  return (
    <>
      {splitIntoRuns(start, end, highlights).map((run) =>
        run.highlights.length === 0 ? (
          <span key={run.start} data-doc-id={docId} data-start={run.start}>
            {text.slice(run.start, run.end)}
          </span>
        ) : (
          <mark
            key={run.start}
            data-doc-id={docId}
            data-start={run.start}
            data-highlight={run.highlights.map((h) => h.key).join(' ')}
            className={run.highlights.map((h) => h.className).join(' ')}
            title={run.highlights.map((h) => h.label).join('\n')}
          >
            {text.slice(run.start, run.end)}
          </mark>
        ),
      )}
    </>
  );
});
