import type { SourceDocument } from '../../core/model/document';
import { useState } from 'react';
import { axisDays, axisPosition, axisTicks, formatInterval, MIN_WINDOW_DAYS, onScreen, windowDates, type TimelineLane, type TimelineLayout, type TimelineMark, type TimelineWindow } from '../../core/timeline';
import { HighlightedText } from '../text/HighlightedText';
import { useUiStore } from '../../state/ui-store';
import { useRoute } from '../app/use-route';
import { AnalysisStatusBar } from '../compare/AnalysisStatusBar';
import { focusMainView } from './finding-focus';
import { useTimeline } from './use-timeline';
import { useTimelineWindow } from './use-timeline-window';
import './findings.css';

const ROW_HEIGHT_PX = 22;
/** Wide enough to hold its words inside the bar. */
const LABEL_INSIDE_WIDTH = 0.09;

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}

function markLabel(mark: TimelineMark, lane: TimelineLane): string {
  const when = formatInterval(mark.from, mark.to, mark.granularity, mark.approximate);
  const conflict = mark.conflict ? ` Conflict: ${mark.conflict.summary}.` : '';
  const clipped = mark.clipped === null ? '' : ' Runs past the edge of the axis.';
  return `“${mark.text}” in ${lane.title}: ${when}.${clipped}${conflict} Show in text.`;
}

function MarkText({ mark, document }: { mark: TimelineMark; document: SourceDocument | undefined }) {
  return document === undefined ? null : <HighlightedText docId={mark.docId} text={document.text} start={mark.start} end={mark.end} />;
}

interface LaneProps {
  lane: TimelineLane;
  document: SourceDocument | undefined;
  view: TimelineWindow;
  onShow: (mark: TimelineMark) => void;
  onActive: (active: { mark: TimelineMark; lane: TimelineLane } | null) => void;
}

function Lane({ lane, document, view, onShow, onActive }: LaneProps) {
  const publishedX = lane.publishedX === null ? null : onScreen(lane.publishedX, view);
  // Only the marks on screen are rendered: zoomed in, most of a long story is off either side.
  const marks = lane.marks.filter((mark) => mark.x1 >= view.start && mark.x0 <= view.start + view.width);
  return (
    <li className="timeline-lane" aria-label={lane.title}>
      <div className="timeline-lane-label">
        <span className="timeline-lane-title">{lane.title}</span>
        <span className="muted">{lane.published ? `Published ${formatInterval(lane.published, lane.published, 'day', false)}` : 'Publication date unknown'}</span>
      </div>
      <div className="timeline-track" style={{ height: lane.rows * ROW_HEIGHT_PX + 8 }}>
        {publishedX !== null && publishedX >= 0 && publishedX <= 1 && (
          <span className="timeline-published" style={{ left: percent(publishedX) }} title={`Published ${lane.published}`} aria-hidden="true" />
        )}
        {marks.map((mark) => (
          <button
            key={mark.key}
            type="button"
            className={`timeline-mark${mark.approximate ? ' is-approximate' : ''}${mark.conflict ? ' is-conflict' : ''}${mark.clipped ? ` is-clipped-${mark.clipped}` : ''}`}
            data-mark-doc={mark.docId}
            data-mark-start={mark.start}
            style={{ left: percent(onScreen(mark.x0, view)), width: `max(${percent((mark.x1 - mark.x0) / view.width)}, 8px)`, top: mark.row * ROW_HEIGHT_PX + 4 }}
            title={`${mark.text} → ${formatInterval(mark.from, mark.to, mark.granularity, mark.approximate)}${mark.conflict ? `\n${mark.conflict.summary}` : ''}`}
            aria-label={markLabel(mark, lane)}
            onClick={() => onShow(mark)}
            onMouseEnter={() => onActive({ mark, lane })}
            onMouseLeave={() => onActive(null)}
            onFocus={() => onActive({ mark, lane })}
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

/** Conflicting marks by the finding that holds them, in lane order. */
function groupConflicts(lanes: readonly TimelineLane[]): Array<{ summary: string; marks: Array<{ lane: TimelineLane; mark: TimelineMark }> }> {
  const groups = new Map<string, { summary: string; marks: Array<{ lane: TimelineLane; mark: TimelineMark }> }>();
  for (const lane of lanes) {
    for (const mark of lane.marks) {
      if (mark.conflict === null) continue;
      const group = groups.get(mark.conflict.findingId) ?? { summary: mark.conflict.summary, marks: [] };
      group.marks.push({ lane, mark });
      groups.set(mark.conflict.findingId, group);
    }
  }
  return [...groups.values()];
}

/** Every dated mention on one time axis, one lane per source (route #/timeline). */
export function TimelineView() {
  const [showAllDates, setShowAllDates] = useState(false);
  const { layout, analysis, documents } = useTimeline(showAllDates);
  const [, navigate] = useRoute();
  const focusSpan = useUiStore((s) => s.focusSpan);
  const show = (mark: TimelineMark) => {
    navigate({ view: 'read', docId: mark.docId });
    focusSpan({ docId: mark.docId, start: mark.start, end: mark.end });
    focusMainView();
  };
  const byId = new Map(documents.map((d) => [d.id, d]));
  const conflictGroups = groupConflicts(layout?.lanes ?? []);
  const [timelineElement, setTimelineElement] = useState<HTMLElement | null>(null);
  const zoom = useTimelineWindow(layout, timelineElement, '.timeline-axis');
  const [active, setActive] = useState<{ mark: TimelineMark; lane: TimelineLane } | null>(null);

  return (
    <section className="timeline-view" aria-labelledby="timeline-title">
      <h1 id="timeline-title">Timeline</h1>
      <p className="muted">
        Every date the sources mention, placed against each article’s publication date (▼). Dashed bars are estimates; red bars marked ! are dates the sources
        disagree on.
      </p>
      <label className="timeline-option">
        <input type="checkbox" checked={showAllDates} onChange={(event) => setShowAllDates(event.target.checked)} /> Show all dates (otherwise the axis
        keeps to the years around the publication dates; dates beyond are cut at its edges, marked ◀)
      </label>
      <AnalysisStatusBar analysis={analysis} />
      {documents.length > 0 && layout === null && <p className="panel-message">None of the sources mentions a date that can be placed on a calendar.</p>}
      {layout && (
        <>
          <TimelineToolbar layout={layout} view={zoom.window} controls={zoom} />
          <div
            className="timeline"
            tabIndex={0}
            role="group"
            aria-label="Timeline: + and − zoom, 0 fits the story, ← and → move earlier and later"
            onKeyDown={zoom.onKeyDown}
            ref={setTimelineElement}
          >
            <p className="timeline-readout" aria-hidden="true">
              {active ? `“${active.mark.text}” in ${active.lane.title}: ${formatInterval(active.mark.from, active.mark.to, active.mark.granularity, active.mark.approximate)}` : ' '}
            </p>
            <div className="timeline-axis" aria-hidden="true">
              {visibleTicks(layout, zoom.window).map((tick) => (
                <span key={tick.date} className="timeline-tick" style={{ left: percent(tick.x) }}>
                  {tick.label}
                </span>
              ))}
            </div>
            <ol className="timeline-lanes" aria-label={`Sources from ${layout.from} to ${layout.to}`}>
              {layout.lanes.map((lane) => (
                <Lane key={lane.docId} lane={lane} document={byId.get(lane.docId)} view={zoom.window} onShow={show} onActive={setActive} />
              ))}
            </ol>
            <div className="timeline-grid" aria-hidden="true">
              {visibleTicks(layout, zoom.window).map((tick) => (
                <span key={tick.date} style={{ left: percent(tick.x) }} />
              ))}
              {active && <ExactSpan layout={layout} view={zoom.window} mark={active.mark} />}
            </div>
          </div>
        </>
      )}
      {conflictGroups.length > 0 && (
        <section className="timeline-conflicts" aria-labelledby="timeline-conflicts-title">
          <h2 id="timeline-conflicts-title">
            <span aria-hidden="true">! </span>Conflicting dates ({conflictGroups.length})
          </h2>
          {conflictGroups.map(({ summary, marks }) => (
            <div key={summary} className="timeline-conflict">
              <p>{summary}</p>
              <ul>
                {marks.map(({ lane, mark }) => (
                  <li key={mark.key}>
                    <button type="button" className="link-button" onClick={() => show(mark)}>
                      {lane.title}: “<MarkText mark={mark} document={byId.get(mark.docId)} />” →{' '}
                      {formatInterval(mark.from, mark.to, mark.granularity, mark.approximate)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </section>
  );
}

/** Ticks for the dates on screen, placed on screen. */
function visibleTicks(layout: TimelineLayout, view: TimelineWindow) {
  const dates = windowDates(layout, view);
  return axisTicks(dates.from, dates.to).map((tick) => ({ ...tick, x: onScreen(axisPosition(layout, tick.date), view) }));
}

/** The exact days a mark means, as a band across the lanes: its bar may be widened to stay clickable. */
function ExactSpan({ layout, view, mark }: { layout: TimelineLayout; view: TimelineWindow; mark: TimelineMark }) {
  const from = Math.max(0, onScreen(axisPosition(layout, mark.from), view));
  const to = Math.min(1, onScreen(axisPosition(layout, mark.to) + 1 / axisDays(layout), view));
  if (to <= from) return null;
  return <span className="timeline-span" style={{ left: percent(from), width: percent(to - from) }} />;
}

function TimelineToolbar({ layout, view, controls }: { layout: TimelineLayout; view: TimelineWindow; controls: ReturnType<typeof useTimelineWindow> }) {
  const dates = windowDates(layout, view);
  const fitted = view.width >= 1;
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label="Timeline zoom">
      <button type="button" className="button small" onClick={controls.zoomIn} aria-keyshortcuts="+" disabled={axisDays(dates) <= MIN_WINDOW_DAYS}>
        Zoom in
      </button>
      <button type="button" className="button small" onClick={controls.zoomOut} aria-keyshortcuts="-" disabled={fitted}>
        Zoom out
      </button>
      <button type="button" className="button small" onClick={controls.fit} aria-keyshortcuts="0" disabled={fitted}>
        Fit the story
      </button>
      <button type="button" className="button small" onClick={controls.earlier} aria-label="Earlier" disabled={view.start <= 0}>
        ◀ Earlier
      </button>
      <button type="button" className="button small" onClick={controls.later} aria-label="Later" disabled={view.start + view.width >= 1}>
        Later ▶
      </button>
      <span className="timeline-range" role="status">
        Showing {formatInterval(dates.from, dates.to, 'day', false)}
      </span>
    </div>
  );
}
