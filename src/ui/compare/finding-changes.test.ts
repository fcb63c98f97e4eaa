import { describe, expect, it } from 'vitest';
import type { Finding, Mention, Passage } from '../../core/model/analysis';
import type { CompareRow } from './compare-rows';
import { findingChanges } from './finding-changes';

const passage = (doc: string, start: number, end: number): Passage => ({ doc, start, end, text: '', paragraph: 0, boilerplate: null });
const single = (column: number, p: Passage): CompareRow => ({ kind: 'single', key: `${p.doc}:${p.start}`, column, passages: [p], outOfOrderWith: null });

const date = (doc: string, start: number, text: string, value: string): Mention => ({
  doc,
  start,
  end: start + text.length,
  text,
  value,
  fact: { kind: 'date', from: `${value}-01`, to: `${value}-28`, granularity: 'month', approximate: false },
  stance: 'mentions',
});

function finding(id: string, verdict: Finding['verdict'], subject: string, mentions: Mention[]): Finding {
  return { id, kind: 'date', verdict, subject, reason: 'named-event', confidence: 0.9, summary: '', mentions };
}

// Two independent reports: the flood date sits in row 1 of "a" and row 2 of "b", never side by side.
const rows: CompareRow[] = [single(0, passage('a', 0, 100)), single(0, passage('a', 100, 200)), single(1, passage('b', 0, 150))];
const columns = ['a', 'b'];
const floodDate = finding('flood', 'discrepant', 'Flood in Tarrant Valley', [date('a', 120, 'last March', '2024-03'), date('b', 40, 'April 2024', '2024-04'), date('c', 5, 'March 2024', '2024-03')]);

describe('findingChanges', () => {
  it('lists a disagreement between facts in rows of their own, at the row of its first mention shown', () => {
    expect(findingChanges([floodDate], rows, columns, [])).toEqual([
      { row: 1, kind: 'finding', summary: 'Flood in Tarrant Valley: “last March” vs “April 2024”', column: 0 },
    ]);
  });

  it('leaves out what the compared sources do not disagree on, consistent findings and dismissed ones', () => {
    const otherSource = finding('other', 'discrepant', 'Storm', [date('a', 10, 'May 2024', '2024-05'), date('c', 10, 'June 2024', '2024-06')]);
    const agreeing = finding('agree', 'discrepant', 'Vote', [date('a', 20, 'May 2024', '2024-05'), date('b', 20, 'May 2024', '2024-05'), date('c', 20, 'June 2024', '2024-06')]);
    const consistent = finding('same', 'consistent', 'Rain', [date('a', 30, 'May 2024', '2024-05'), date('b', 30, 'May', '2024-05')]);
    expect(findingChanges([otherSource, agreeing, consistent, floodDate], rows, columns, ['flood'])).toEqual([]);
  });

  it('puts discrepant findings before variants, then goes by row', () => {
    const variant = finding('name', 'variant', 'Ana Lima', [date('a', 10, 'Ana Lima', 'x'), date('b', 10, 'Anna Lima', 'y')]);
    expect(findingChanges([variant, floodDate], rows, columns, []).map((entry) => entry.summary)).toEqual([
      'Flood in Tarrant Valley: “last March” vs “April 2024”',
      'Ana Lima: “Ana Lima” vs “Anna Lima”',
    ]);
  });

  it('heads a figure by what it counts or is paid for, not by its unit code', () => {
    const sum = (doc: string, start: number, text: string, amount: number): Mention => ({
      doc,
      start,
      end: start + text.length,
      text,
      value: `${amount} USD`,
      fact: { kind: 'quantity', amount, unit: 'USD', head: ['watch'], approximate: false },
      stance: 'mentions',
    });
    const watch: Finding = { ...finding('watch', 'discrepant', 'USD: watch', [sum('a', 120, '$43,000', 43_000), sum('b', 40, '$43,350', 43_350)]), kind: 'number' };
    expect(findingChanges([watch], rows, columns, []).map((entry) => entry.summary)).toEqual(['Amount for “watch”: “$43,000” vs “$43,350”']);
  });
});
