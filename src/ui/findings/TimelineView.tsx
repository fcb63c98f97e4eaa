import type { SourceDocument } from '../../core/model/document';
import { useState } from 'react';
import { formatInterval, type TimelineLane, type TimelineMark } from '../../core/timeline';
import { HighlightedText } from '../text/HighlightedText';
import { useUiStore } from '../../state/ui-store';
import { useRoute } from '../app/use-route';
import { AnalysisStatusBar } from '../compare/AnalysisStatusBar';
import { focusMainView } from './finding-focus';
import { useTimeline } from './use-timeline';
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

function Lane({ lane, document, onShow }: { lane: TimelineLane; document: SourceDocument | undefined; onShow: (mark: TimelineMark) => void }) {
  return (
    <li className="timeline-lane" aria-label={lane.title}>
      <div className="timeline-lane-label">
        <span className="timeline-lane-title">{lane.title}</span>
        <span className="muted">{lane.published ? `Published ${formatInterval(lane.published, lane.published, 'day', false)}` : 'Publication date unknown'}</span>
      </div>
      <div className="timeline-track" style={{ height: lane.rows * ROW_HEIGHT_PX + 8 }}>
        {lane.publishedX !== null && (
          <span className="timeline-published" style={{ left: percent(lane.publishedX) }} title={`Published ${lane.published}`} aria-hidden="true" />
        )}
        {lane.marks.map((mark) => (
          <button
            key={mark.key}
            type="button"
            className={`timeline-mark${mark.approximate ? ' is-approximate' : ''}${mark.conflict ? ' is-conflict' : ''}${mark.clipped ? ` is-clipped-${mark.clipped}` : ''}`}
            data-mark-doc={mark.docId}
            data-mark-start={mark.start}
            style={{ left: percent(mark.x0), width: `max(${percent(mark.x1 - mark.x0)}, 8px)`, top: mark.row * ROW_HEIGHT_PX + 4 }}
            title={`${mark.text} → ${formatInterval(mark.from, mark.to, mark.granularity, mark.approximate)}${mark.conflict ? `\n${mark.conflict.summary}` : ''}`}
            aria-label={markLabel(mark, lane)}
            onClick={() => onShow(mark)}
          >
            {(mark.clipped === 'before' || mark.clipped === 'both') && <span aria-hidden="true">◀</span>}
            {mark.conflict && <span aria-hidden="true" className="timeline-conflict-symbol">!</span>}
            {mark.x1 - mark.x0 >= LABEL_INSIDE_WIDTH && (
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
        <div className="timeline">
          <div className="timeline-axis" aria-hidden="true">
            {layout.ticks.map((tick) => (
              <span key={tick.date} className="timeline-tick" style={{ left: percent(tick.x) }}>
                {tick.label}
              </span>
            ))}
          </div>
          <ol className="timeline-lanes" aria-label={`Sources from ${layout.from} to ${layout.to}`}>
            {layout.lanes.map((lane) => (
              <Lane key={lane.docId} lane={lane} document={byId.get(lane.docId)} onShow={show} />
            ))}
          </ol>
          <div className="timeline-grid" aria-hidden="true">
            {layout.ticks.map((tick) => (
              <span key={tick.date} style={{ left: percent(tick.x) }} />
            ))}
          </div>
        </div>
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
