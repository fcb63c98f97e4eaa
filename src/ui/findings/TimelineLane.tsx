import type { SourceDocument } from '../../core/model/document';
import { formatInterval, onScreen, type TimelineLane, type TimelineMark, type TimelineWindow } from '../../core/timeline';
import { HighlightedText } from '../text/HighlightedText';

export const ROW_HEIGHT_PX = 22;
/** Wide enough to hold its words inside the bar. */
const LABEL_INSIDE_WIDTH = 0.09;

/** What the readout above the lanes says about the bar under the pointer or focus, and its days. */
export interface ActiveBar {
  readout: string;
  from: string;
  to: string;
}

export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}

function markLabel(mark: TimelineMark, lane: TimelineLane): string {
  const when = formatInterval(mark.from, mark.to, mark.granularity, mark.approximate);
  const conflict = mark.conflict ? ` Conflict: ${mark.conflict.summary}.` : '';
  const clipped = mark.clipped === null ? '' : ' Runs past the edge of the axis.';
  return `“${mark.text}” in ${lane.title}: ${when}.${clipped}${conflict} Show in text.`;
}

export function MarkText({ mark, document }: { mark: TimelineMark; document: SourceDocument | undefined }) {
  return document === undefined ? null : <HighlightedText docId={mark.docId} text={document.text} start={mark.start} end={mark.end} />;
}

/** Where a bar sits on screen: its left edge and width, at least wide enough to click. */
export function barPlacement(mark: { x0: number; x1: number; row: number }, view: TimelineWindow) {
  return { left: percent(onScreen(mark.x0, view)), width: `max(${percent((mark.x1 - mark.x0) / view.width)}, 8px)`, top: mark.row * ROW_HEIGHT_PX + 4 };
}

/** Only what is on screen is rendered: zoomed in, most of a long story is off either side. */
export function onScreenMarks<T extends { x0: number; x1: number }>(marks: readonly T[], view: TimelineWindow): T[] {
  return marks.filter((mark) => mark.x1 >= view.start && mark.x0 <= view.start + view.width);
}

export function markClass(mark: { approximate: boolean; clipped: TimelineMark['clipped'] }, conflict: boolean): string {
  return `timeline-mark${mark.approximate ? ' is-approximate' : ''}${conflict ? ' is-conflict' : ''}${mark.clipped ? ` is-clipped-${mark.clipped}` : ''}`;
}

export function PublishedMark({ publishedX, published, view }: { publishedX: number | null; published: string | null; view: TimelineWindow }) {
  const x = publishedX === null ? null : onScreen(publishedX, view);
  if (x === null || x < 0 || x > 1) return null;
  return <span className="timeline-published" style={{ left: percent(x) }} title={`Published ${published}`} aria-hidden="true" />;
}

interface LaneProps {
  lane: TimelineLane;
  /** Shown under its group's lane (many sources), indented. */
  member?: boolean;
  document: SourceDocument | undefined;
  view: TimelineWindow;
  onShow: (mark: TimelineMark) => void;
  onActive: (active: ActiveBar | null) => void;
}

/** One source's lane: its publication day and a bar per dated mention. */
export function Lane({ lane, member = false, document, view, onShow, onActive }: LaneProps) {
  const active = (mark: TimelineMark): ActiveBar => ({
    readout: `“${mark.text}” in ${lane.title}: ${formatInterval(mark.from, mark.to, mark.granularity, mark.approximate)}`,
    from: mark.from,
    to: mark.to,
  });
  return (
    <li className={`timeline-lane${member ? ' is-member' : ''}`} aria-label={lane.title}>
      <div className="timeline-lane-label">
        <span className="timeline-lane-title">{lane.title}</span>
        <span className="muted">{lane.published ? `Published ${formatInterval(lane.published, lane.published, 'day', false)}` : 'Publication date unknown'}</span>
      </div>
      <div className="timeline-track" style={{ height: lane.rows * ROW_HEIGHT_PX + 8 }}>
        <PublishedMark publishedX={lane.publishedX} published={lane.published} view={view} />
        {onScreenMarks(lane.marks, view).map((mark) => (
          <button
            key={mark.key}
            type="button"
            className={markClass(mark, mark.conflict !== null)}
            data-mark-doc={mark.docId}
            data-mark-start={mark.start}
            style={barPlacement(mark, view)}
            title={`${mark.text} → ${formatInterval(mark.from, mark.to, mark.granularity, mark.approximate)}${mark.conflict ? `\n${mark.conflict.summary}` : ''}`}
            aria-label={markLabel(mark, lane)}
            onClick={() => onShow(mark)}
            onMouseEnter={() => onActive(active(mark))}
            onMouseLeave={() => onActive(null)}
            onFocus={() => onActive(active(mark))}
            onBlur={() => onActive(null)}
          >
            {(mark.clipped === 'before' || mark.clipped === 'both') && <span aria-hidden="true">◀</span>}
            {mark.conflict && <span aria-hidden="true" className="timeline-conflict-symbol">!</span>}
            {(mark.x1 - mark.x0) / view.width >= LABEL_INSIDE_WIDTH && (
              <span aria-hidden="true" className="timeline-mark-text">
                <MarkText mark={mark} document={document} />
              </span>
            )}
          </button>
        ))}
      </div>
    </li>
  );
}
