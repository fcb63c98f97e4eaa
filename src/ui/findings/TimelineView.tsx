import { useState } from 'react';
import { axisDays, axisPosition, axisTicks, formatInterval, MIN_WINDOW_DAYS, onScreen, windowDates, type TimelineLane, type TimelineLayout, type TimelineMark, type TimelineWindow } from '../../core/timeline';
import { useUiStore } from '../../state/ui-store';
import { useRoute } from '../app/use-route';
import { AnalysisStatusBar } from '../compare/AnalysisStatusBar';
import { focusMainView } from './finding-focus';
import { noDatesMessage } from './timeline-empty';
import { useTimeline } from './use-timeline';
import { useTimelineWindow } from './use-timeline-window';
import { Lane, MarkText, percent, type ActiveBar } from './TimelineLane';
import { LaneGroupItem } from './TimelineLaneGroup';
import './findings.css';

/** Mentions listed per conflicting date; the rest are on the timeline. */
const CONFLICT_MENTIONS_LISTED = 10;

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
  const { layout, groups, analysis, documents, dates } = useTimeline(showAllDates);
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
  const [active, setActive] = useState<ActiveBar | null>(null);

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
      {dates.error !== null && (
        <p className="panel-message" role="alert">
          {dates.error}
        </p>
      )}
      {dates.reading && documents.length > 0 && (
        <p className="panel-message" role="status">
          Reading the dates in {documents.length.toLocaleString('en')} {documents.length === 1 ? 'source' : 'sources'}…
        </p>
      )}
      {!dates.reading && dates.error === null && documents.length > 0 && layout === null && (
        <p className="panel-message">{noDatesMessage(documents)}</p>
      )}
      {layout && (
        <>
          {groups !== null && (
            <p className="muted">
              {layout.lanes.length.toLocaleString('en')} sources in {groups.length.toLocaleString('en')} lanes: one per group of sources that share text, each bar
              counting the sources that mention its days.
            </p>
          )}
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
              {active ? active.readout : ' '}
            </p>
            <div className="timeline-axis" aria-hidden="true">
              {visibleTicks(layout, zoom.window).map((tick) => (
                <span key={tick.date} className="timeline-tick" style={{ left: percent(tick.x) }}>
                  {tick.label}
                </span>
              ))}
            </div>
            <ol className="timeline-lanes" aria-label={`Sources from ${layout.from} to ${layout.to}`}>
              {groups === null
                ? layout.lanes.map((lane) => <Lane key={lane.docId} lane={lane} document={byId.get(lane.docId)} view={zoom.window} onShow={show} onActive={setActive} />)
                : groups.map((group) => <LaneGroupItem key={group.key} group={group} analysed={analysis.result !== undefined} documents={byId} view={zoom.window} onShow={show} onActive={setActive} />)}
            </ol>
            <div className="timeline-grid" aria-hidden="true">
              {visibleTicks(layout, zoom.window).map((tick) => (
                <span key={tick.date} style={{ left: percent(tick.x) }} />
              ))}
              {active && <ExactSpan layout={layout} view={zoom.window} days={active} />}
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
                {marks.slice(0, CONFLICT_MENTIONS_LISTED).map(({ lane, mark }) => (
                  <li key={mark.key}>
                    <button type="button" className="link-button" onClick={() => show(mark)}>
                      {lane.title}: “<MarkText mark={mark} document={byId.get(mark.docId)} />” →{' '}
                      {formatInterval(mark.from, mark.to, mark.granularity, mark.approximate)}
                    </button>
                  </li>
                ))}
                {marks.length > CONFLICT_MENTIONS_LISTED && <li className="muted">and {(marks.length - CONFLICT_MENTIONS_LISTED).toLocaleString('en')} more mentions on the timeline</li>}
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
function ExactSpan({ layout, view, days }: { layout: TimelineLayout; view: TimelineWindow; days: { from: string; to: string } }) {
  const from = Math.max(0, onScreen(axisPosition(layout, days.from), view));
  const to = Math.min(1, onScreen(axisPosition(layout, days.to) + 1 / axisDays(layout), view));
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
