import { describe, expect, it } from 'vitest';
import type { DatedMention } from './dated-mentions';
import { groupLanes, LANES_BEFORE_GROUPING } from './lane-groups';
import { layoutTimeline, type ConflictSpan } from './timeline-layout';

function mention(docId: string, start: number, from: string, to: string, approximate = false): DatedMention {
  return { docId, start, end: start + 4, text: 'date', from, to, granularity: 'day', approximate, event: 'the summit' };
}

/** `count` sources, each mentioning what `mentionsOf` gives it. */
function timeline(count: number, mentionsOf: (id: string, index: number) => DatedMention[], conflicts: ConflictSpan[] = []) {
  const sources = Array.from({ length: count }, (_, index) => ({ id: `d${index}`, title: `Source ${index}`, published: '2023-07-13' }));
  return layoutTimeline(sources, sources.flatMap((source, index) => mentionsOf(source.id, index)), conflicts)!;
}

describe('groupLanes', () => {
  it('leaves a timeline of up to LANES_BEFORE_GROUPING sources one lane per source', () => {
    const layout = timeline(LANES_BEFORE_GROUPING, (id) => [mention(id, 0, '2023-07-12', '2023-07-12')]);
    expect(groupLanes(layout.lanes, [layout.lanes.map((lane) => lane.docId)])).toBeNull();
  });

  it('gives each cluster one lane in the clusters’ order, members in cluster order, and the sources in no cluster a last one', () => {
    const layout = timeline(40, (id) => [mention(id, 0, '2023-07-12', '2023-07-12')]);
    const groups = groupLanes(layout.lanes, [['d5', 'd3', 'd4'], ['d1', 'd2'], ['d0', 'not-a-lane']])!;
    expect(groups.map((group) => group.lanes.map((lane) => lane.docId).slice(0, 3))).toEqual([['d5', 'd3', 'd4'], ['d1', 'd2'], ['d0'], ['d6', 'd7', 'd8']]);
    expect(groups.map((group) => group.sharesText)).toEqual([true, true, true, false]);
    expect(groups[3]!.lanes).toHaveLength(34);
  });

  it('puts every source in a group of sources not sharing text before the clusters are known', () => {
    const layout = timeline(50, (id) => [mention(id, 0, '2023-07-12', '2023-07-12')]);
    const groups = groupLanes(layout.lanes, [])!;
    expect(groups).toHaveLength(1);
    expect(groups[0]!.sharesText).toBe(false);
    expect(groups[0]!.lanes).toHaveLength(50);
  });

  it('merges a group’s mentions of the same days into one bar counting sources and mentions, and stacks distinct days into rows', () => {
    const layout = timeline(40, (id, index) => [
      mention(id, 0, '2022-02-24', '2022-02-24'),
      // Every source twice "last year", half of them also an estimate of the same year.
      mention(id, 10, '2022-01-01', '2022-12-31'),
      mention(id, 20, '2022-01-01', '2022-12-31'),
      ...(index % 2 === 0 ? [mention(id, 30, '2022-01-01', '2022-12-31', true)] : []),
    ]);
    const [group] = groupLanes(layout.lanes, [layout.lanes.map((lane) => lane.docId)])!;
    const bars = group!.marks.map(({ from, to, approximate, sources, mentions }) => ({ from, to, approximate, sources, mentions }));
    expect(bars).toEqual(
      expect.arrayContaining([
        { from: '2022-02-24', to: '2022-02-24', approximate: false, sources: 40, mentions: 40 },
        { from: '2022-01-01', to: '2022-12-31', approximate: false, sources: 40, mentions: 80 },
        { from: '2022-01-01', to: '2022-12-31', approximate: true, sources: 20, mentions: 20 },
      ]),
    );
    expect(group!.marks).toHaveLength(3);
    // The year and its estimate overlap each other and the day within it: three rows.
    expect(new Set(group!.marks.map((mark) => mark.row))).toEqual(new Set([0, 1, 2]));
    expect(group!.rows).toBe(3);
  });

  it('marks a merged bar as a conflict when any of its mentions is one', () => {
    const conflict = { findingId: 'f1', summary: 'They disagree on the date of the summit', docId: 'd7', start: 0, end: 4 };
    const layout = timeline(40, (id, index) => [mention(id, 0, index === 7 ? '2021-02-24' : '2022-02-24', index === 7 ? '2021-02-24' : '2022-02-24')], [conflict]);
    const [group] = groupLanes(layout.lanes, [])!;
    expect(group!.marks.map(({ from, conflict: flagged, sources }) => ({ from, flagged, sources }))).toEqual(
      expect.arrayContaining([
        { from: '2021-02-24', flagged: true, sources: 1 },
        { from: '2022-02-24', flagged: false, sources: 39 },
      ]),
    );
  });
});
