import { describe, expect, it } from 'vitest';
import type { Passage } from '../model/analysis';
import { AlignmentIndex } from './clusters';
import { Counterparts } from './counterparts';

const sentence = (doc: string, text: string): Passage => ({ doc, start: 0, end: text.length, text }) as Passage;

const linkedDocuments = (a: string, b: string) =>
  Counterparts.among({ a: [sentence('a', a)], b: [sentence('b', b)] }, new AlignmentIndex([]))
    .documentSets()
    .filter((docs) => new Set(docs).size > 1);

describe('Counterparts.among', () => {
  it('pairs two wordings of a sentence that states a date', () => {
    expect(linkedDocuments('Marta Kovacs opened the new ferry terminal in the harbour on March 3.', 'The new ferry terminal in the harbour was opened by Marta Kovacs on March 3.')).toEqual([['a', 'b']]);
  });

  it('reads a given name that starts like a month ("Marta", "Janet") as no date', () => {
    expect(linkedDocuments('Marta Kovacs opened the new ferry terminal in the harbour.', 'The new ferry terminal in the harbour was opened by Marta Kovacs.')).toEqual([]);
    expect(linkedDocuments('Janet Oyelaran opened the new ferry terminal in the harbour.', 'The new ferry terminal in the harbour was opened by Janet Oyelaran.')).toEqual([]);
  });
});
