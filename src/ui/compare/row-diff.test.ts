import { describe, expect, it } from 'vitest';
import type { Passage } from '../../core/model/analysis';
import { EXACT } from '../../core/diff';
import { diffRow, diffRowOnce, runsOfPieces, type DiffPiece } from './row-diff';

const DOCS: Record<string, string> = {
  a: 'Intro. Wang Yi met Sergey Lavrov in Jakarta.',
  b: 'Wang Yi met Sergei Lavrov in Jakarta on Thursday.',
  c: 'Header\nWang Yi met Lavrov in Jakarta.',
};

function passage(doc: string, from: string): Passage {
  const start = DOCS[doc]!.indexOf(from);
  return { doc, start, end: DOCS[doc]!.length, text: DOCS[doc]!.slice(start), paragraph: 0, boilerplate: null };
}

const textOf = (pieces: DiffPiece[], mark?: DiffPiece['mark']) =>
  pieces.filter((p) => !mark || p.mark === mark).map((p) => DOCS[p.docId]!.slice(p.start, p.end)).join('');

describe('diffRow', () => {
  it('shows deletions on the left and insertions on the right of a pair, at document offsets', () => {
    const { pieces, referenceColumn } = diffRow([passage('a', 'Wang'), passage('b', 'Wang')], 0, EXACT);
    expect(referenceColumn).toBeNull();
    expect(textOf(pieces[0]!)).toBe('Wang Yi met Sergey Lavrov in Jakarta.');
    expect(textOf(pieces[1]!)).toBe('Wang Yi met Sergei Lavrov in Jakarta on Thursday.');
    expect(textOf(pieces[0]!, 'deleted')).toBe('Sergey');
    expect(pieces[0]!.find((p) => p.mark === 'deleted')?.strong).toBe(true);
    expect(textOf(pieces[1]!, 'inserted')).toContain('Sergei');
    expect(textOf(pieces[1]!, 'inserted')).toContain('Thursday');
  });

  it('diffs every other column against the base and shows the base’s missing words in place', () => {
    const cells = [passage('a', 'Wang'), passage('b', 'Wang'), passage('c', 'Wang')];
    const { pieces, referenceColumn } = diffRow(cells, 1, EXACT);
    expect(referenceColumn).toBe(1);
    expect(pieces[1]!.every((p) => p.mark === 'same')).toBe(true);
    const deletedInC = pieces[2]!.filter((p) => p.mark === 'deleted');
    expect(deletedInC.every((p) => p.docId === 'b')).toBe(true);
    expect(textOf(deletedInC)).toContain('Sergei');
    expect(textOf(pieces[2]!.filter((p) => p.mark !== 'deleted'))).toBe('Wang Yi met Lavrov in Jakarta.');
  });

  it('leaves the base’s words out of a column that rewords it almost entirely', () => {
    DOCS.d = 'Entirely different words here, none shared at all.';
    const cells = [passage('a', 'Wang'), passage('d', 'Entirely'), passage('b', 'Wang')];
    const { pieces } = diffRow(cells, 0, EXACT);
    expect(pieces[1]!.some((p) => p.mark === 'deleted')).toBe(false);
    expect(diffRow(cells, 0, EXACT).reworded).toEqual([false, true, false]);
    expect(textOf(pieces[1]!)).toBe(DOCS.d);
    expect(pieces[2]!.some((p) => p.mark === 'deleted')).toBe(true);
  });

  it('falls back to the first passage present when the base has none in the row', () => {
    expect(diffRow([null, passage('b', 'Wang'), passage('c', 'Wang')], 0, EXACT).referenceColumn).toBe(1);
  });

  it('groups consecutive pieces of one kind and document into runs', () => {
    const runs = runsOfPieces([
      { docId: 'a', start: 0, end: 1, mark: 'deleted', strong: false },
      { docId: 'a', start: 1, end: 2, mark: 'deleted', strong: true },
      { docId: 'a', start: 2, end: 3, mark: 'same', strong: false },
    ]);
    expect(runs.map((run) => run.length)).toEqual([2, 1]);
  });
});

describe('diffRowOnce', () => {
  it('diffs a row once while its options stay, and again when the base or the options change', () => {
    const row = { cells: [passage('a', 'Wang'), passage('b', 'Wang'), passage('c', 'Wang')] };
    const lowerCase = new Map<string, Set<string>>();
    const first = diffRowOnce(row, 0, EXACT, lowerCase);
    expect(first).toEqual(diffRow(row.cells, 0, EXACT, lowerCase));
    expect(diffRowOnce(row, 0, EXACT, lowerCase)).toBe(first);
    const otherBase = diffRowOnce(row, 1, EXACT, lowerCase);
    expect(otherBase).toEqual(diffRow(row.cells, 1, EXACT, lowerCase));
    expect(otherBase.referenceColumn).toBe(1);
    const looser = { ...EXACT };
    expect(diffRowOnce(row, 1, looser, lowerCase)).not.toBe(otherBase);
  });
});
