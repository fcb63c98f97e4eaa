// Findings built by hand for the tests of stances, describe and the Suggestions ordering.
import type { Fact } from '../model/analysis';
import type { ComparedMention } from './finding-id';

const YEAR_END = '-12-31';

/** A date mention: "2022" is the whole year, "2021-02" the month; `~` marks an estimate. */
export function dateMention(doc: string, value: string, text = value, start = 10): ComparedMention {
  const approximate = value.startsWith('~');
  const [year, month] = value.replace('~', '').split('-') as [string, string | undefined];
  const fact: Fact = month
    ? { kind: 'date', from: `${year}-${month}-01`, to: `${year}-${month}-28`, granularity: 'month', approximate }
    : { kind: 'date', from: `${year}-01-01`, to: `${year}${YEAR_END}`, granularity: 'year', approximate };
  return { doc, start, end: start + text.length, text, value, fact };
}

export function quantityMention(doc: string, amount: number, text: string, approximate = false, start = 10): ComparedMention {
  return { doc, start, end: start + text.length, text, value: `${amount} USD`, fact: { kind: 'quantity', amount, unit: 'USD', head: ['watch'], approximate } };
}
