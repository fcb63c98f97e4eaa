// The timeline at scale: past LANES_BEFORE_GROUPING sources, one lane per source is a wall no one
// reads, so the sources are grouped by the clusters of the Overview (sources that share text,
// computed with the analysis) and each group is one lane, opened on demand:
// 1. each cluster, in the Overview's order (largest first, most connected first within), keeps
//    the sources that have a lane; the sources in no cluster form one last group;
// 2. a group's bars are its sources' mentions merged by the days they mean (same first and last
//    day, same certainty): one bar per distinct interval, counting sources and mentions, marked
//    as a conflict when any of them is;
// 3. the merged bars are stacked into rows as a source's bars are.
import { packRows, type TimelineLane, type TimelineMark } from './timeline-layout';

/** Up to this many sources, every source has its own lane. */
export const LANES_BEFORE_GROUPING = 30;

export interface GroupMark {
  key: string;
  from: string;
  to: string;
  granularity: TimelineMark['granularity'];
  approximate: boolean;
  x0: number;
  x1: number;
  clipped: TimelineMark['clipped'];
  row: number;
  /** Sources of the group that mention these days. */
  sources: number;
  mentions: number;
  /** A mention of the group reading these days, to name them ("last year"). */
  sample: TimelineMark;
  conflict: boolean;
}

export interface LaneGroup {
  key: string;
  /** False for the group of sources that share no text with any other (or not analysed yet). */
  sharesText: boolean;
  lanes: TimelineLane[];
  marks: GroupMark[];
  rows: number;
}

function mergedMarks(lanes: readonly TimelineLane[]): GroupMark[] {
  const byDays = new Map<string, Omit<GroupMark, 'row'> & { start: number; docs: Set<string> }>();
  for (const lane of lanes) {
    for (const mark of lane.marks) {
      const key = `${mark.from}/${mark.to}${mark.approximate ? '~' : ''}`;
      let merged = byDays.get(key);
      if (merged === undefined) {
        const { from, to, granularity, approximate, x0, x1, clipped } = mark;
        // `start` orders bars that begin on one day, as a source's bars are ordered by offset.
        merged = { key, from, to, granularity, approximate, x0, x1, clipped, sources: 0, mentions: 0, sample: mark, conflict: false, start: byDays.size, docs: new Set() };
        byDays.set(key, merged);
      }
      merged.mentions += 1;
      merged.docs.add(mark.docId);
      merged.conflict ||= mark.conflict !== null;
    }
  }
  return packRows([...byDays.values()]).map(({ docs, start: _order, ...mark }) => ({ ...mark, sources: docs.size }));
}

/**
 * The lanes grouped by `clusters` (lists of document ids, as the Overview gives them), or null
 * when there are few enough lanes to show one per source.
 */
export function groupLanes(lanes: readonly TimelineLane[], clusters: readonly (readonly string[])[]): LaneGroup[] | null {
  if (lanes.length <= LANES_BEFORE_GROUPING) return null;
  const laneOf = new Map(lanes.map((lane) => [lane.docId, lane]));
  const grouped = new Set<string>();
  const groups: Array<{ sharesText: boolean; lanes: TimelineLane[] }> = [];
  for (const cluster of clusters) {
    const members = cluster.flatMap((id) => {
      const lane = laneOf.get(id);
      return lane === undefined || grouped.has(id) ? [] : [lane];
    });
    for (const lane of members) grouped.add(lane.docId);
    if (members.length > 0) groups.push({ sharesText: true, lanes: members });
  }
  const rest = lanes.filter((lane) => !grouped.has(lane.docId));
  if (rest.length > 0) groups.push({ sharesText: false, lanes: rest });
  return groups.map((group) => {
    const marks = mergedMarks(group.lanes);
    return { key: group.lanes[0]!.docId, ...group, marks, rows: marks.reduce((rows, mark) => Math.max(rows, mark.row + 1), 1) };
  });
}
