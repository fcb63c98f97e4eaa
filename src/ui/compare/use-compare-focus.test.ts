import { describe, expect, it } from 'vitest';
import type { AlignmentGroup, Passage } from '../../core/model/analysis';
import type { CompareRow } from './compare-rows';
import { rowIndexOfOffset } from './use-compare-focus';

const passage = (doc: string, start: number, end: number): Passage => ({ doc, start, end, text: '', paragraph: 0, boilerplate: null });
const group: AlignmentGroup = { id: 'g', kind: 'paraphrase', score: 0.7, passages: [] };

const rows: CompareRow[] = [
  { kind: 'single', key: 's', column: 1, passages: [passage('b', 0, 10), passage('b', 11, 20)], outOfOrderWith: null },
  { kind: 'aligned', key: 'g', group, cells: [passage('a', 0, 30), passage('b', 21, 40)] },
];

describe('rowIndexOfOffset', () => {
  it('finds the row showing an offset of a column’s source, in aligned and single rows', () => {
    expect(rowIndexOfOffset(rows, 1, 15)).toBe(0);
    expect(rowIndexOfOffset(rows, 1, 25)).toBe(1);
    expect(rowIndexOfOffset(rows, 0, 5)).toBe(1);
    expect(rowIndexOfOffset(rows, 0, 35)).toBe(-1);
  });
});
