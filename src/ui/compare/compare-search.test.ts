import { describe, expect, it } from 'vitest';
import type { Passage } from '../../core/model/analysis';
import { EXACT } from '../../core/diff';
import { changesOfRow } from './change-list';
import type { CompareRow } from './compare-rows';
import { findInApparatus, findInRows } from './compare-search';
import type { ApparatusEntry } from '../../core/apparatus';

const TEXTS = new Map([
  ['a', 'Nav. The mayor met Dmitry Petrenko in Gdansk on Monday.'],
  ['b', 'The mayor met Dmitri Petrenko in Gdansk on Monday. Tariffs rose.'],
]);

function passage(doc: string, from: string, to?: string, boilerplate: Passage['boilerplate'] = null): Passage {
  const text = TEXTS.get(doc)!;
  const start = text.indexOf(from);
  const end = to ? text.indexOf(to) + to.length : text.length;
  return { doc, start, end, text: text.slice(start, end), paragraph: 0, boilerplate };
}

const group = { id: 'g', kind: 'near-duplicate' as const, score: 0.8, passages: [] };
const ROWS: CompareRow[] = [
  { kind: 'fold', key: 'f', lines: 1, rows: [{ kind: 'single', key: 's0', column: 0, passages: [passage('a', 'Nav.', 'Nav.', 'navigation')], outOfOrderWith: null }] },
  { kind: 'aligned', key: 'g', group, cells: [passage('a', 'The mayor'), passage('b', 'The mayor', 'Monday.')] },
  { kind: 'single', key: 's1', column: 1, passages: [passage('b', 'Tariffs')], outOfOrderWith: null },
];

describe('findInRows', () => {
  it('finds every match in every row, case-insensitive, at document offsets; folded furniture is not searched', () => {
    const matches = findInRows(ROWS, 'PETRENKO');
    expect(matches.map((m) => [m.row, m.docId, TEXTS.get(m.docId)!.slice(m.start, m.end)])).toEqual([
      [1, 'a', 'Petrenko'],
      [1, 'b', 'Petrenko'],
    ]);
    expect(findInRows(ROWS, 'tariffs').map((m) => m.row)).toEqual([2]);
    expect(findInRows(ROWS, 'nav')).toEqual([]);
    expect(findInRows(ROWS, '   ')).toEqual([]);
  });
});

describe('findInApparatus', () => {
  const quote = (doc: string, from: string, to: string) => {
    const { start, end, text } = passage(doc, from, to);
    return { doc, start, end, text };
  };
  const ENTRIES: ApparatusEntry[] = [
    { base: quote('a', 'The mayor', 'Gdansk'), readings: [{ text: 'The mayor met Dmitri Petrenko in Gdansk', sources: ['b'], spans: [quote('b', 'The mayor', 'Gdansk')], agreesWithBase: false }], missing: [] },
    { base: quote('a', 'on Monday', 'Monday.'), readings: [{ text: 'on Monday.', sources: ['b'], spans: [quote('b', 'on Monday', 'Monday.')], agreesWithBase: true }], missing: [] },
  ];

  it('finds words in the base passages and in readings shown in their own words, at their documents\' offsets', () => {
    const petrenko = findInApparatus(ENTRIES, 'petrenko');
    expect(petrenko.map((m) => [m.row, m.docId, TEXTS.get(m.docId)!.slice(m.start, m.end)])).toEqual([
      [0, 'a', 'Petrenko'],
      [0, 'b', 'Petrenko'],
    ]);
    expect(findInApparatus(ENTRIES, 'DMITRI').map((m) => [m.row, m.docId])).toEqual([[0, 'b']]);
    // A reading "as the base" shows no text of its own: the base's match is the only one.
    expect(findInApparatus(ENTRIES, 'monday').map((m) => [m.row, m.docId])).toEqual([[1, 'a']]);
    expect(findInApparatus(ENTRIES, ' ')).toEqual([]);
  });
});

describe('changesOfRow', () => {
  const context = { baseColumn: 0, diff: EXACT, lowerCase: new Map(), texts: TEXTS };
  it('names a changed name as a fact, a passage only one source has by its opening words, and skips folds', () => {
    expect(changesOfRow(ROWS[1]!, 1, context)).toEqual([{ row: 1, kind: 'fact', summary: 'Dmitry → Dmitri', column: 1 }]);
    expect(changesOfRow(ROWS[2]!, 2, context)).toEqual([{ row: 2, kind: 'only', summary: 'Tariffs rose.', column: 1 }]);
    expect(changesOfRow(ROWS[0]!, 0, context)).toEqual([]);
  });
});
