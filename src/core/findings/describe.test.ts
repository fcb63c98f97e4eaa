import { describe as suite, expect, it } from 'vitest';
import type { Finding } from '../model/analysis';
import { describe, quantityTopic } from './describe';
import { makeFinding } from './finding-id';
import { dateMention, quantityMention } from './finding-test-helpers';

const invasion = makeFinding({ kind: 'date', verdict: 'discrepant', subject: 'Invasion of Ukraine', reason: 'named-event', summary: 's' }, [
  dateMention('002', '2021-02', 'February 2021'),
  dateMention('001', '2022', 'last year'),
  dateMention('004', '~2022-02', 'a year ago'),
]);

suite('describe', () => {
  it('tells a discrepant date as a sentence about the event: the outlier, then what the others agree on', () => {
    expect(describe(invasion)).toBe('Sources disagree on the date of the invasion of Ukraine: February 2021 vs 2022');
  });

  it('names the sources of each value when given labels', () => {
    const labels = new Map([['001', 'NYT'], ['002', 'Fox'], ['004', 'HuffPost']]);
    expect(describe(invasion, labels)).toBe('Sources disagree on the date of the invasion of Ukraine: February 2021 (Fox) vs 2022 (HuffPost, NYT)');
  });

  it('tells figures by how they are written, and rounding as a variant', () => {
    const watch = (verdict: Finding['verdict'], a: number, b: number) =>
      makeFinding({ kind: 'number', verdict, subject: 'USD: watch', reason: 'counterpart-sentence', summary: 's' }, [
        quantityMention('a', a, `$${a.toLocaleString('en-US')}`, verdict === 'variant'),
        quantityMention('b', b, `$${b.toLocaleString('en-US')}`),
      ]);
    expect(describe(watch('variant', 43_000, 43_350))).toBe('Sources round the amount for “watch” differently: $43,000 vs $43,350');
    expect(describe(watch('discrepant', 5_687.75, 5_587.75))).toBe('Sources disagree on the amount for “watch”: $5,687.75 vs $5,587.75');
  });

  it('names what a count counts in the plural, irregular plurals too', () => {
    expect(['tonne', 'country', 'person', 'life', 'children', 'staff'].map(quantityTopic)).toEqual([
      'number of tonnes', 'number of countries', 'number of people', 'number of lives', 'number of children', 'number of staff',
    ]);
  });

  it('tells a name variant by its spellings', () => {
    const finding = makeFinding({ kind: 'name', verdict: 'variant', subject: 'Sergey Lavrov', reason: 'same-person', summary: 's' }, [
      { doc: 'a', start: 0, end: 13, text: 'Sergey Lavrov', value: 'Sergey Lavrov', fact: { kind: 'name', name: 'Sergey Lavrov', person: 'Sergey Lavrov' } },
      { doc: 'b', start: 0, end: 13, text: 'Sergei Lavrov', value: 'Sergey Lavrov', fact: { kind: 'name', name: 'Sergei Lavrov', person: 'Sergey Lavrov' } },
    ]);
    expect(describe(finding)).toBe('Sources write Sergey Lavrov’s name differently: Sergey Lavrov vs Sergei Lavrov');
  });
});
