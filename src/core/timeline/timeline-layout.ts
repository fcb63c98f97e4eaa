// Places date mentions on one time axis: one lane per source, each mention a bar from the first
// to the last day it can mean, stacked into rows within its lane where bars would overlap.
import { parseIsoDate } from '../findings/calendar';
import { axisTicks, type AxisTick } from './axis-ticks';
import type { DatedMention } from './dated-mentions';

export interface TimelineSource {
  id: string;
  title: string;
  published: string | null;
}

/** A mention that a discrepant date finding holds, so the timeline can flag it. */
export interface ConflictSpan {
  findingId: string;
  summary: string;
  docId: string;
  start: number;
  end: number;
}

export interface TimelineMark extends DatedMention {
  key: string;
  /** Left and right edges as fractions of the axis width, 0…1. */
  x0: number;
  x1: number;
  /** Row within the lane, from 0. */
  row: number;
  conflict: { findingId: string; summary: string } | null;
}

export interface TimelineLane {
  docId: string;
  title: string;
  published: string | null;
  /** Where the publication day sits on the axis, or null for an undated source. */
  publishedX: number | null;
  rows: number;
  marks: TimelineMark[];
}

export interface TimelineLayout {
  from: string;
  to: string;
  ticks: Array<AxisTick & { x: number }>;
  lanes: TimelineLane[];
  conflictCount: number;
}

const MS_PER_DAY = 86_400_000;
/** A one-day mention on a decade-wide axis would be invisible and unclickable without a floor. */
export const MIN_MARK_WIDTH = 0.008;
/** Air on each side of the axis so the earliest and latest marks do not touch the edges. */
const AXIS_PADDING = 0.03;
/** A shorter axis would stretch a single day across the whole width. */
const MIN_AXIS_DAYS = 60;

function dayNumber(iso: string): number {
  const day = parseIsoDate(iso);
  if (day === null) throw new Error(`layoutTimeline: "${iso}" is not a YYYY-MM-DD date`);
  return Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY;
}

function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function packRows(marks: Omit<TimelineMark, 'row'>[]): TimelineMark[] {
  const rowEnds: number[] = [];
  return [...marks]
    .sort((a, b) => a.x0 - b.x0 || a.start - b.start)
    .map((mark) => {
      const right = Math.max(mark.x1, mark.x0 + MIN_MARK_WIDTH);
      let row = rowEnds.findIndex((end) => end <= mark.x0);
      if (row === -1) row = rowEnds.push(right) - 1;
      else rowEnds[row] = right;
      return { ...mark, row };
    });
}

/** The layout of every source's dated mentions, or null when nothing at all is dated. */
export function layoutTimeline(sources: readonly TimelineSource[], mentions: readonly DatedMention[], conflicts: readonly ConflictSpan[]): TimelineLayout | null {
  const days = [
    ...mentions.flatMap((m) => [dayNumber(m.from), dayNumber(m.to) + 1]),
    ...sources.flatMap((s) => (s.published === null ? [] : [dayNumber(s.published), dayNumber(s.published) + 1])),
  ];
  if (days.length === 0) return null;
  let first = Math.min(...days);
  let last = Math.max(...days);
  if (last - first < MIN_AXIS_DAYS) {
    const grow = (MIN_AXIS_DAYS - (last - first)) / 2;
    first -= Math.ceil(grow);
    last += Math.ceil(grow);
  }
  const padding = Math.ceil((last - first) * AXIS_PADDING);
  first -= padding;
  last += padding;
  const x = (day: number) => (day - first) / (last - first);
  const conflictOf = (m: DatedMention) => {
    const hit = conflicts.find((c) => c.docId === m.docId && c.start < m.end && c.end > m.start);
    return hit === undefined ? null : { findingId: hit.findingId, summary: hit.summary };
  };
  const lanes = sources.map((source): TimelineLane => {
    const marks = packRows(
      mentions
        .filter((m) => m.docId === source.id)
        .map((m) => ({ ...m, key: `${m.docId}:${m.start}`, x0: x(dayNumber(m.from)), x1: x(dayNumber(m.to) + 1), conflict: conflictOf(m) })),
    );
    return {
      docId: source.id,
      title: source.title,
      published: source.published,
      publishedX: source.published === null ? null : x(dayNumber(source.published)),
      rows: Math.max(1, ...marks.map((m) => m.row + 1)),
      marks,
    };
  });
  const from = isoOfDay(first);
  const to = isoOfDay(last - 1);
  return {
    from,
    to,
    ticks: axisTicks(from, to).map((tick) => ({ ...tick, x: x(dayNumber(tick.date)) })),
    lanes,
    conflictCount: lanes.reduce((n, lane) => n + lane.marks.filter((m) => m.conflict !== null).length, 0),
  };
}
