// Places date mentions on one time axis: one lane per source, each mention a bar from the first
// to the last day it can mean, stacked into rows within its lane where bars would overlap.
import { parseIsoDate } from '../util/calendar';
import { axisTicks, type AxisTick } from './axis-ticks';
import type { DatedMention } from './dated-mentions';
import { numericExtent } from '../util/arrays';

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
  /** Which side of a narrowed axis the mention runs past (and is cut at), or null when it fits. */
  clipped: 'before' | 'after' | 'both' | null;
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
  /** True when the axis was narrowed and some mentions lie (partly) outside it. */
  narrowed: boolean;
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

/** Days from the first publication date back that the focused axis keeps: the events news
 * reports recall are mostly from the last few years ("last year", "a year ago"). */
const FOCUS_DAYS_BEFORE = 3 * 366;
/** Days after the last publication date the focused axis keeps, for announced events. */
const FOCUS_DAYS_AFTER = 183;

/**
 * The stretch of time around the publication dates, where nearly every mention lies; far
 * outliers (a 2001 founding, a 2026 contract end) would squeeze it to a sliver. Null when no
 * source has a publication date.
 */
export function focusRange(sources: readonly TimelineSource[]): { from: string; to: string } | null {
  const published = numericExtent(sources.flatMap((s) => (s.published === null ? [] : [dayNumber(s.published)])));
  if (published === null) return null;
  return { from: isoOfDay(published.min - FOCUS_DAYS_BEFORE), to: isoOfDay(published.max + FOCUS_DAYS_AFTER) };
}

/** Bars stacked into rows where they would overlap, left to right; a row is reused once free. */
export function packRows<T extends { x0: number; x1: number; start: number }>(marks: readonly T[]): Array<T & { row: number }> {
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

function groupByDoc<T extends { docId: string }>(items: readonly T[]): Map<string, T[]> {
  const byDoc = new Map<string, T[]>();
  for (const item of items) {
    const list = byDoc.get(item.docId);
    if (list) list.push(item);
    else byDoc.set(item.docId, [item]);
  }
  return byDoc;
}

/**
 * The layout of every source's dated mentions, or null when nothing at all is dated. With a
 * `range`, the axis covers no more than it and mentions outside are cut at its edges.
 */
export function layoutTimeline(
  sources: readonly TimelineSource[],
  mentions: readonly DatedMention[],
  conflicts: readonly ConflictSpan[],
  range: { from: string; to: string } | null = null,
): TimelineLayout | null {
  const days = [
    ...mentions.flatMap((m) => [dayNumber(m.from), dayNumber(m.to) + 1]),
    ...sources.flatMap((s) => (s.published === null ? [] : [dayNumber(s.published), dayNumber(s.published) + 1])),
  ];
  const extent = numericExtent(days);
  if (extent === null) return null;
  let { min: first, max: last } = extent;
  const narrowed = range !== null && (first < dayNumber(range.from) || last > dayNumber(range.to) + 1);
  if (range !== null) {
    first = Math.max(first, dayNumber(range.from));
    last = Math.min(last, dayNumber(range.to) + 1);
  }
  if (last - first < MIN_AXIS_DAYS) {
    const grow = (MIN_AXIS_DAYS - (last - first)) / 2;
    first -= Math.ceil(grow);
    last += Math.ceil(grow);
  }
  const padding = Math.ceil((last - first) * AXIS_PADDING);
  first -= padding;
  last += padding;
  const x = (day: number) => (day - first) / (last - first);
  const edge = (value: number) => Math.min(1, Math.max(0, value));
  const clippedOf = (x0: number, x1: number): TimelineMark['clipped'] =>
    x0 < 0 && x1 > 1 ? 'both' : x0 < 0 ? 'before' : x1 > 1 ? 'after' : null;
  // By source, so thousands of lanes cost O(mentions + conflicts), not lanes × mentions.
  const conflictsOf = groupByDoc(conflicts);
  const conflictOf = (m: DatedMention) => {
    const hit = conflictsOf.get(m.docId)?.find((c) => c.start < m.end && c.end > m.start);
    return hit === undefined ? null : { findingId: hit.findingId, summary: hit.summary };
  };
  const mentionsOf = groupByDoc(mentions);
  const lanes = sources.map((source): TimelineLane => {
    const marks = packRows(
      (mentionsOf.get(source.id) ?? [])
        .map((m) => {
          const x0 = x(dayNumber(m.from));
          const x1 = x(dayNumber(m.to) + 1);
          const clipped = clippedOf(x0, x1);
          // A mention wholly outside the axis keeps a sliver at the edge it lies beyond.
          const left = clipped === 'after' ? Math.min(edge(x0), 1 - MIN_MARK_WIDTH) : edge(x0);
          const right = clipped === 'before' ? Math.max(edge(x1), MIN_MARK_WIDTH) : edge(x1);
          return { ...m, key: `${m.docId}:${m.start}`, x0: left, x1: right, clipped, conflict: conflictOf(m) };
        }),
    );
    return {
      docId: source.id,
      title: source.title,
      published: source.published,
      publishedX: source.published === null ? null : edge(x(dayNumber(source.published))),
      rows: marks.reduce((rows, m) => Math.max(rows, m.row + 1), 1),
      marks,
    };
  });
  const from = isoOfDay(first);
  const to = isoOfDay(last - 1);
  return {
    from,
    to,
    narrowed,
    ticks: axisTicks(from, to).map((tick) => ({ ...tick, x: x(dayNumber(tick.date)) })),
    lanes,
    conflictCount: lanes.reduce((n, lane) => n + lane.marks.filter((m) => m.conflict !== null).length, 0),
  };
}
