import { describe, expect, it } from 'vitest';
import type { DatedMention } from './dated-mentions';
import { focusRange, layoutTimeline } from './timeline-layout';

function mention(docId: string, start: number, from: string, to: string, approximate = false): DatedMention {
  return { docId, start, end: start + 4, text: 'date', from, to, granularity: 'month', approximate, event: 'invasion of Ukraine' };
}

const sources = [
  { id: 'a', title: 'A', published: '2023-09-18' },
  { id: 'b', title: 'B', published: '2023-02-21' },
  { id: 'c', title: 'C', published: null },
];

describe('layoutTimeline', () => {
  it('is null when nothing is dated', () => {
    expect(layoutTimeline([{ id: 'c', title: 'C', published: null }], [], [])).toBeNull();
  });

  it('gives every source a lane, in order, with its publication day on the axis', () => {
    const layout = layoutTimeline(sources, [mention('a', 0, '2021-02-01', '2021-02-28')], [])!;
    expect(layout.lanes.map((l) => l.docId)).toEqual(['a', 'b', 'c']);
    expect(layout.lanes[2]!.publishedX).toBeNull();
    const [a, b] = layout.lanes;
    expect(b!.publishedX!).toBeLessThan(a!.publishedX!);
    expect(a!.publishedX!).toBeLessThan(1);
    expect(a!.marks[0]!.x0).toBeGreaterThan(0);
  });

  it('draws a mention from its first to the day after its last day, keeping approximate ones marked', () => {
    const layout = layoutTimeline(sources, [mention('a', 0, '2022-01-01', '2022-12-31'), mention('b', 0, '2022-02-01', '2022-02-28', true)], [])!;
    const year = layout.lanes[0]!.marks[0]!;
    const february = layout.lanes[1]!.marks[0]!;
    expect(february.approximate).toBe(true);
    expect(year.x0).toBeLessThan(february.x0);
    expect(february.x1).toBeLessThan(year.x1);
    expect(year.x1 - year.x0).toBeGreaterThan(10 * (february.x1 - february.x0));
  });

  it('stacks overlapping mentions of one source into rows, and reuses a row once free', () => {
    const layout = layoutTimeline(sources, [
      mention('a', 0, '2022-01-01', '2022-12-31'),
      mention('a', 10, '2022-03-01', '2022-03-31'),
      mention('a', 20, '2023-06-01', '2023-06-30'),
    ], [])!;
    const rows = Object.fromEntries(layout.lanes[0]!.marks.map((m) => [m.start, m.row]));
    expect(rows).toEqual({ 0: 0, 10: 1, 20: 0 });
    expect(layout.lanes[0]!.rows).toBe(2);
  });

  it('keeps single days apart by at least the minimum mark width', () => {
    const layout = layoutTimeline(sources, [mention('a', 0, '2023-01-01', '2023-01-01'), mention('a', 10, '2023-01-02', '2023-01-02')], [])!;
    const rows = layout.lanes[0]!.marks.map((m) => m.row);
    expect(rows).toEqual([0, 1]);
  });

  it('flags mentions that a discrepant finding holds', () => {
    const conflict = { findingId: 'f1', summary: 'They disagree', docId: 'a', start: 2, end: 3 };
    const layout = layoutTimeline(sources, [mention('a', 0, '2021-02-01', '2021-02-28'), mention('b', 0, '2022-02-01', '2022-02-28')], [conflict])!;
    expect(layout.lanes[0]!.marks[0]!.conflict).toEqual({ findingId: 'f1', summary: 'They disagree' });
    expect(layout.lanes[1]!.marks[0]!.conflict).toBeNull();
    expect(layout.conflictCount).toBe(1);
  });

  it('puts ticks inside the axis in order', () => {
    const layout = layoutTimeline(sources, [mention('a', 0, '2021-02-01', '2021-02-28')], [])!;
    const xs = layout.ticks.map((t) => t.x);
    expect(xs.length).toBeGreaterThan(1);
    expect(xs.every((x, i) => x >= 0 && x <= 1 && (i === 0 || x > xs[i - 1]!))).toBe(true);
  });

  it('narrows the axis to a range, cutting mentions at its edges and keeping those beyond as slivers', () => {
    const range = focusRange(sources)!;
    expect(range).toEqual({ from: '2020-02-19', to: '2024-03-19' });
    const layout = layoutTimeline(sources, [
      mention('a', 0, '2001-01-01', '2001-12-31'),
      mention('a', 10, '2021-02-01', '2021-02-28'),
      mention('b', 0, '2026-10-01', '2026-12-31'),
      mention('b', 10, '2019-06-01', '2022-06-30'),
    ], [], range)!;
    expect(layout.narrowed).toBe(true);
    const marks = Object.fromEntries(layout.lanes.flatMap((l) => l.marks).map((m) => [`${m.docId}${m.start}`, m]));
    expect(marks.a0).toMatchObject({ clipped: 'before', x0: 0 });
    expect(marks.a10!.clipped).toBeNull();
    expect(marks.b0).toMatchObject({ clipped: 'after', x1: 1 });
    expect(marks.b10!.clipped).toBe('before');
    expect(marks.b10!.x1).toBeGreaterThan(marks.a10!.x1);
    expect(layout.from > '2019-12-31' && layout.to < '2024-12-31').toBe(true);
  });

  it('is not narrowed when everything fits the range', () => {
    const layout = layoutTimeline(sources, [mention('a', 0, '2021-02-01', '2021-02-28')], [], focusRange(sources))!;
    expect(layout.narrowed).toBe(false);
    expect(layout.lanes[0]!.marks[0]!.clipped).toBeNull();
  });
});
