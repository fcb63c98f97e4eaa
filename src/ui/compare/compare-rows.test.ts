import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AlignmentGroup, Passage } from '../../core/model/analysis';
import { INDEPENDENT_STORIES } from '../../core/align/independent-sentences';
import { segmentDocument } from '../../core/text/segment-document';
import { layoutCompareRows, MAX_PASSAGES_PER_ROW, mergeSingleRuns, rowNumbersOfPassages, rowOfCounterparts, visibleRows, type CompareRow, type LaidOutRow } from './compare-rows';

/** `count` passages of 10 characters each, one per paragraph. */
function passagesOf(doc: string, count: number): Passage[] {
  return Array.from({ length: count }, (_, i) => ({ doc, start: i * 10, end: i * 10 + 9, text: `${doc}-${i}`, paragraph: i, boilerplate: null }));
}

function group(id: string, members: Array<[string, number]>, score = 0.9): AlignmentGroup {
  return { id, kind: 'paraphrase', score, passages: members.map(([doc, i]) => ({ doc, start: i * 10, end: i * 10 + 9, text: '' })) };
}

/** Passage indexes of one column, in row order. */
function columnOrder(rows: LaidOutRow[], column: number): number[] {
  return rows.flatMap((row) => {
    if (row.kind === 'single') return row.column === column ? row.passages.map((p) => p.paragraph) : [];
    const cell = row.cells[column];
    return cell ? [cell.paragraph] : [];
  });
}

const shape = (rows: CompareRow[]): string[] =>
  rows.map((row) => {
    if (row.kind === 'aligned') return row.group.id;
    if (row.kind === 'fold') return `fold(${row.lines}: ${shape(row.rows).join(' ')})`;
    return `${row.column}:${row.passages.map((p) => p.paragraph).join('+')}`;
  });

describe('layoutCompareRows', () => {
  it('aligns independently worded sentences that state the same facts, headline with headline, with no passage group', () => {
    const story = INDEPENDENT_STORIES[0]!;
    const passages = { a: segmentDocument('a', story.a.join('\n\n')), b: segmentDocument('b', story.b.join('\n\n')) };
    const rows = layoutCompareRows({ columns: ['a', 'b'], passages, groups: [], minScore: 0 });
    const aligned = rows.flatMap((row) => (row.kind === 'aligned' ? [row.cells.map((cell) => cell!.text.slice(0, 24))] : []));
    expect(aligned[0]).toEqual(['Senate overrides Obama v', 'Congress moves to let 9/']);
    expect(aligned[1]).toEqual(['The Senate voted 97 to 1', 'Lawmakers in the Senate ']);
    expect(aligned).toContainEqual(['Obama vetoed the bill la', 'Obama vetoed the measure']);
    expect(aligned).toContainEqual(['Fifteen of the 19 hijack', 'Fifteen of the 19 Sept. ']);
    const alone = rows.flatMap((row) => (row.kind === 'single' ? row.passages.map((passage) => passage.text.slice(0, 24)) : []));
    expect(alone).toContain('Senator Chuck Schumer of');
    expect(alone).toContain('Senator Lindsey Graham v');
  });

  it('leaves out a reworded passage group that sets a headline against the other lede, so headline meets headline and lede meets lede', () => {
    const a = ['Flood closes 240 schools across Tarrant Valley', 'Floodwater closed 240 schools in the Tarrant Valley on Monday after the river Ouse rose 3.2 metres overnight, the regional council said.', 'About 18,000 pupils were told to stay home.'];
    const b = ['Tarrant Valley schools shut as Ouse rises', 'The regional council shut 240 Tarrant Valley schools on Monday when the Ouse climbed 3.2 metres in one night.', 'Some 18,000 children stayed at home.'];
    const passages = { a: segmentDocument('a', a.join('\n\n')), b: segmentDocument('b', b.join('\n\n')) };
    // What passage alignment, built for reprints, gives here: a's headline with b's lede.
    const headlineWithLede: AlignmentGroup = {
      id: 'g-headline-lede',
      kind: 'paraphrase',
      score: 0.45,
      passages: [passages.a[0]!, passages.b[1]!].map(({ doc, start, end, text }) => ({ doc, start, end, text })),
    };
    const rows = layoutCompareRows({ columns: ['a', 'b'], passages, groups: [headlineWithLede], minScore: 0 });
    const aligned = rows.flatMap((row) => (row.kind === 'aligned' ? [row.cells.map((cell) => cell!.text.slice(0, 20))] : []));
    expect(aligned).toEqual([
      ['Flood closes 240 sch', 'Tarrant Valley schoo'],
      ['Floodwater closed 24', 'The regional council'],
      ['About 18,000 pupils ', 'Some 18,000 children'],
    ]);
  });

  it('puts aligned passages in one row and keeps unmatched ones in place', () => {
    const rows = layoutCompareRows({
      columns: ['a', 'b'],
      passages: { a: passagesOf('a', 3), b: passagesOf('b', 3) },
      groups: [group('g0', [['a', 0], ['b', 0]]), group('g2', [['a', 2], ['b', 1]])],
      minScore: 0.5,
    });
    expect(shape(rows)).toEqual(['g0', '0:1', 'g2', '1:2']);
  });

  it('leaves a crossing alignment out of its row so both columns keep their reading order', () => {
    const rows = layoutCompareRows({
      columns: ['a', 'b'],
      passages: { a: passagesOf('a', 2), b: passagesOf('b', 2) },
      groups: [group('first', [['a', 0], ['b', 1]], 0.95), group('crossing', [['a', 1], ['b', 0]], 0.8)],
      minScore: 0.5,
    });
    expect(rows.filter((r) => r.kind === 'aligned').map((r) => r.key)).toEqual(['g:first']);
    expect(rows.filter((r) => r.kind === 'single').map((r) => r.kind === 'single' && r.outOfOrderWith?.map((p) => p.text))).toEqual([['a-1'], ['b-0']]);
    expect(columnOrder(rows, 0)).toEqual([0, 1]);
    expect(columnOrder(rows, 1)).toEqual([0, 1]);
  });

  it('keeps the members of a three-way group that fit and displaces the one that does not', () => {
    const rows = layoutCompareRows({
      columns: ['a', 'b', 'c'],
      passages: { a: passagesOf('a', 2), b: passagesOf('b', 2), c: passagesOf('c', 2) },
      groups: [group('early', [['a', 0], ['b', 0], ['c', 1]], 0.95), group('late', [['a', 1], ['b', 1], ['c', 0]], 0.9)],
      minScore: 0.5,
    });
    const late = rows.find((r) => r.key === 'g:late');
    expect(late?.kind === 'aligned' && late.cells.map((c) => c?.doc ?? null)).toEqual(['a', 'b', null]);
    expect(rows.filter((r) => r.kind === 'single' && r.outOfOrderWith).map((r) => r.kind === 'single' && r.outOfOrderWith?.map((p) => p.text))).toEqual([['a-1', 'b-1']]);
  });

  it('points a passage left out of a group for the order at the row its counterpart joined, though that group has no row', () => {
    const rows = visibleRows(
      layoutCompareRows({
        columns: ['a', 'b', 'c'],
        passages: { a: passagesOf('a', 2), b: passagesOf('b', 2), c: passagesOf('c', 1) },
        groups: [group('first', [['a', 0], ['b', 1]], 0.95), group('crossing', [['a', 1], ['b', 0]], 0.8), group('third', [['a', 1], ['c', 0]], 0.7)],
        minScore: 0.5,
      }),
      { furniture: 'show', differencesOnly: false },
    );
    expect(shape(rows)).toEqual(['1:0', 'first', 'third']);
    const b0 = rows[0]!;
    expect(b0.kind === 'single' && rowOfCounterparts(b0, rowNumbersOfPassages(rows))).toBe(3);
  });

  it('points a sentence the other outlet wrote in another place at its counterpart, since the two cannot share a row', () => {
    const a = ['Ferry strikes sandbank off Harwick', 'Investigators from the Marine Accident Branch arrived on Wednesday to examine the hull and the navigation records.', 'Mayor Rita Hensley thanked the volunteers who had taken their own boats out in rough seas.'];
    const b = ['Harwick ferry aground on sandbank', "Harwick's mayor, Rita Hensley, praised volunteers who went out in their own boats despite the heavy swell.", "A team from the Marine Accident Branch began inspecting the vessel's hull and navigation data on Wednesday."];
    const passages = { a: segmentDocument('a', a.join('\n\n')), b: segmentDocument('b', b.join('\n\n')) };
    const rows = visibleRows(layoutCompareRows({ columns: ['a', 'b'], passages, groups: [], minScore: 0 }), { furniture: 'show', differencesOnly: false });
    expect(rows.filter((row) => row.kind === 'aligned')).toHaveLength(2);
    const numbers = rowNumbersOfPassages(rows);
    const pointers = rows.flatMap((row) => (row.kind === 'single' ? [[row.passages[0]!.text.slice(0, 12), rowOfCounterparts(row, numbers)]] : []));
    expect(pointers).toHaveLength(2);
    for (const [text, target] of pointers) {
      const other = rows[(target as number) - 1]!;
      expect(other.kind, `${text as string} points at a row`).toBe('single');
      expect(other.kind === 'single' && rowOfCounterparts(other, numbers)).toBe(rows.findIndex((row) => row.kind === 'single' && row.passages[0]!.text.startsWith(text as string)) + 1);
    }
  });

  it('joins back-to-back passages only one source has into one row', () => {
    const rows = layoutCompareRows({
      columns: ['a', 'b'],
      passages: { a: passagesOf('a', 4), b: passagesOf('b', 1) },
      groups: [group('g', [['a', 3], ['b', 0]])],
      minScore: 0.5,
    });
    expect(shape(mergeSingleRuns(rows))).toEqual(['0:0+1+2', 'g']);
  });

  it('continues a stretch longer than a row holds in the next row, leaving the input rows as they were', () => {
    const length = MAX_PASSAGES_PER_ROW * 2 + 3;
    const rows = layoutCompareRows({ columns: ['a', 'b'], passages: { a: passagesOf('a', length), b: [] }, groups: [], minScore: 0.5 });
    const before = shape(rows);
    const merged = mergeSingleRuns(rows);
    expect(merged.map((row) => (row.kind === 'single' ? row.passages.length : 0))).toEqual([MAX_PASSAGES_PER_ROW, MAX_PASSAGES_PER_ROW, 3]);
    expect(columnOrder(merged, 0)).toEqual(Array.from({ length }, (_, i) => i));
    expect(new Set(merged.map((row) => row.key)).size).toBe(3);
    expect(shape(rows)).toEqual(before);
  });

  it('shows a source with nothing aligned after the aligned rows, not between them', () => {
    const rows = layoutCompareRows({
      columns: ['a', 'b', 'c'],
      passages: { a: passagesOf('a', 2), b: passagesOf('b', 2), c: passagesOf('c', 3) },
      groups: [group('g0', [['a', 0], ['b', 0]]), group('g1', [['a', 1], ['b', 1]])],
      minScore: 0.5,
    });
    expect(shape(mergeSingleRuns(rows))).toEqual(['g0', 'g1', '2:0+1+2']);
  });

  it('hides furniture and identical rows on request, joining the content around hidden furniture', () => {
    const a = passagesOf('a', 4);
    a[1] = { ...a[1]!, boilerplate: 'link-list' };
    const rows = layoutCompareRows({
      columns: ['a', 'b'],
      passages: { a, b: passagesOf('b', 1) },
      groups: [{ ...group('same', [['a', 3], ['b', 0]]), kind: 'identical' }],
      minScore: 0,
    });
    expect(shape(visibleRows(rows, { furniture: 'show', differencesOnly: false }))).toEqual(['0:0', '0:1', '0:2', 'same']);
    expect(shape(visibleRows(rows, { furniture: 'hide', differencesOnly: true }))).toEqual(['0:0+2']);
  });

  it('folds each stretch of furniture rows, of any column, into one row that counts its lines', () => {
    const a = passagesOf('a', 5).map((p, i) => (i < 3 ? { ...p, boilerplate: 'navigation' as const } : p));
    const b = passagesOf('b', 3).map((p, i) => (i < 2 ? { ...p, boilerplate: 'byline' as const } : p));
    const rows = layoutCompareRows({ columns: ['a', 'b'], passages: { a, b }, groups: [group('g', [['a', 3], ['b', 2]])], minScore: 0 });
    const folded = visibleRows(rows, { furniture: 'fold', differencesOnly: false });
    expect(shape(folded)).toEqual(['fold(5: 1:0+1 0:0+1+2)', 'g', '0:4']);
  });

  it('ignores groups below the minimum similarity and groups with one chosen source', () => {
    const rows = layoutCompareRows({
      columns: ['a', 'b'],
      passages: { a: passagesOf('a', 1), b: passagesOf('b', 1) },
      groups: [group('weak', [['a', 0], ['b', 0]], 0.3), group('other', [['a', 0], ['x', 0]])],
      minScore: 0.5,
    });
    expect(rows.every((r) => r.kind === 'single')).toBe(true);
  });

  it('keeps every column complete and in reading order for any alignment (property)', () => {
    const layout = fc
      .record({ columns: fc.integer({ min: 2, max: 4 }), lengths: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 4, maxLength: 4 }) })
      .chain(({ columns, lengths }) => {
        const docs = ['a', 'b', 'c', 'd'].slice(0, columns);
        const member = fc.tuple(fc.integer({ min: 0, max: columns - 1 }), fc.integer({ min: 0, max: 11 }));
        const groups = fc.array(fc.record({ members: fc.array(member, { minLength: 1, maxLength: 5 }), score: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 15 });
        return fc.tuple(fc.constant(docs), fc.constant(lengths), groups);
      });
    fc.assert(
      fc.property(layout, fc.double({ min: 0, max: 1, noNaN: true }), ([docs, lengths, groups], minScore) => {
        const passages = Object.fromEntries(docs.map((doc, i) => [doc, passagesOf(doc, lengths[i]!)]));
        const rows = layoutCompareRows({
          columns: docs,
          passages,
          groups: groups.map((g, i) => group(`g${i}`, g.members.map(([c, p]) => [docs[c]!, p]), g.score)),
          minScore,
        });
        docs.forEach((_, column) => expect(columnOrder(mergeSingleRuns(rows), column)).toEqual(columnOrder(rows, column)));
        docs.forEach((_, column) => expect(columnOrder(rows, column)).toEqual(Array.from({ length: lengths[column]! }, (_, i) => i)));
        for (const row of rows) if (row.kind === 'aligned') expect(row.cells.filter(Boolean).length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});
