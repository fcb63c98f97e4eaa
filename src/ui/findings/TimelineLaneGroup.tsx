import { useState } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { formatInterval, type GroupMark, type LaneGroup, type TimelineMark, type TimelineWindow } from '../../core/timeline';
import { barPlacement, Lane, markClass, onScreenMarks, ROW_HEIGHT_PX, type ActiveBar } from './TimelineLane';

/** Sources listed per opened group, and added by each "Show more". */
const PAGE = 25;
/** Titles named in a group's label. */
const NAMED = 3;

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** "12 sources sharing text: A; B; C and 9 more"; before the analysis tells, only "45 sources: …". */
function groupLabel(group: LaneGroup, analysed: boolean): string {
  const named = group.lanes.slice(0, NAMED).map((lane) => lane.title);
  const rest = group.lanes.length - named.length;
  const what = group.sharesText ? ' sharing text' : analysed ? ' sharing no text with another' : '';
  return `${count(group.lanes.length, 'source')}${what}: ${named.join('; ')}${rest > 0 ? ` and ${rest.toLocaleString('en')} more` : ''}`;
}

function when(mark: GroupMark): string {
  return formatInterval(mark.from, mark.to, mark.granularity, mark.approximate);
}

function barSummary(mark: GroupMark): string {
  return `${when(mark)}: ${count(mark.sources, 'source')}, ${count(mark.mentions, 'mention')} (“${mark.sample.text}”${mark.mentions > 1 ? ', …' : ''})${mark.conflict ? ', some of them in conflict' : ''}`;
}

interface Props {
  group: LaneGroup;
  /** Whether the analysis has told which sources share text. */
  analysed: boolean;
  documents: ReadonlyMap<string, SourceDocument>;
  view: TimelineWindow;
  onShow: (mark: TimelineMark) => void;
  onActive: (active: ActiveBar | null) => void;
}

/**
 * One lane for a group of sources (a cluster of sources that share text): a bar per distinct
 * interval its sources mention, with how many sources and mentions; opened, it lists its sources'
 * own lanes under it, a page at a time.
 */
export function LaneGroupItem({ group, analysed, documents, view, onShow, onActive }: Props) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const label = groupLabel(group, analysed);
  const active = (mark: GroupMark): ActiveBar => ({ readout: barSummary(mark), from: mark.from, to: mark.to });
  return (
    <>
      <li className="timeline-lane timeline-lane-group" aria-label={label}>
        <div className="timeline-lane-label">
          <span className="timeline-lane-title">{label}</span>
          <button type="button" className="link-button timeline-group-toggle" aria-expanded={open} onClick={() => setOpen((value) => !value)}>
            {open ? 'Hide' : 'Show'} their lanes
          </button>
        </div>
        <div className="timeline-track" style={{ height: group.rows * ROW_HEIGHT_PX + 8 }}>
          {onScreenMarks(group.marks, view).map((mark) => (
            <button
              key={mark.key}
              type="button"
              className={markClass(mark, mark.conflict)}
              data-group-sources={mark.sources}
              style={barPlacement(mark, view)}
              title={barSummary(mark)}
              aria-label={`${barSummary(mark)}. Show their lanes.`}
              onClick={() => setOpen(true)}
              onMouseEnter={() => onActive(active(mark))}
              onMouseLeave={() => onActive(null)}
              onFocus={() => onActive(active(mark))}
              onBlur={() => onActive(null)}
            >
              {mark.conflict && <span aria-hidden="true" className="timeline-conflict-symbol">!</span>}
              <span aria-hidden="true" className="timeline-mark-text">
                {mark.sources.toLocaleString('en')}
              </span>
            </button>
          ))}
        </div>
      </li>
      {open &&
        group.lanes.slice(0, shown).map((lane) => <Lane key={lane.docId} lane={lane} member document={documents.get(lane.docId)} view={view} onShow={onShow} onActive={onActive} />)}
      {open && group.lanes.length > shown && (
        <li className="timeline-group-more">
          <button type="button" className="button small" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, group.lanes.length - shown)} more sources of this group
          </button>
        </li>
      )}
    </>
  );
}
