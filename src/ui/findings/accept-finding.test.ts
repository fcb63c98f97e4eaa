import { describe, expect, it } from 'vitest';
import type { Finding, Mention } from '../../core/model/analysis';
import { acceptedClaim, dateValueInterval } from './accept-finding';

function mention(doc: string, value: string, start = 10): Mention {
  return { doc, start, end: start + 5, text: 'words', value };
}

const invasion: Finding = {
  id: 'date:invasion-of-ukraine',
  kind: 'date',
  verdict: 'discrepant',
  summary: '002 dates the invasion of Ukraine to Feb 2021; 001 and 004 to 2022',
  mentions: [mention('002', '2021-02'), mention('001', '2022-01-01/2022-12-31'), mention('004', '~2022-02')],
};

describe('dateValueInterval', () => {
  it('reads years, months, days and intervals, approximate or not', () => {
    expect(dateValueInterval('2022')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(dateValueInterval('~2022-02')).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(dateValueInterval('2023-07-03/2023-07-09')).toEqual({ from: '2023-07-03', to: '2023-07-09' });
    expect(dateValueInterval('1990s')).toEqual({ from: '1990-01-01', to: '1999-12-31' });
    expect(dateValueInterval('Feb 2022')).toBeNull();
  });
});

describe('acceptedClaim', () => {
  it('turns a discrepant date into a Discrepant claim where the minority date contradicts', () => {
    const claim = acceptedClaim(invasion);
    expect(claim).toMatchObject({ statement: invasion.summary, status: 'discrepant', tags: [], origin: { kind: 'suggestion', findingId: invasion.id } });
    expect(claim.evidence).toEqual([
      { docId: '002', start: 10, end: 15, stance: 'contradicts' },
      { docId: '001', start: 10, end: 15, stance: 'supports' },
      { docId: '004', start: 10, end: 15, stance: 'supports' },
    ]);
  });

  it('calls nobody the outlier when no value holds a majority of sources', () => {
    const claim = acceptedClaim({ ...invasion, mentions: [mention('a', '2021'), mention('b', '2022')] });
    expect(claim.evidence.map((e) => e.stance)).toEqual(['mentions', 'mentions']);
  });

  it('compares other kinds by value, ignoring case', () => {
    const claim = acceptedClaim({
      id: 'n', kind: 'number', verdict: 'discrepant', summary: 's',
      mentions: [mention('a', '18 country'), mention('b', '18 Country'), mention('c', '17 country')],
    });
    expect(claim.evidence.map((e) => e.stance)).toEqual(['supports', 'supports', 'contradicts']);
  });

  it('makes consistent findings Consistent with supporting evidence', () => {
    const claim = acceptedClaim({ ...invasion, verdict: 'consistent' });
    expect(claim.status).toBe('consistent');
    expect(claim.evidence.every((e) => e.stance === 'supports')).toBe(true);
  });

  it('makes variants Unverified, tagged "variant", with evidence that only mentions', () => {
    const claim = acceptedClaim({ ...invasion, kind: 'name', verdict: 'variant' });
    expect(claim).toMatchObject({ status: 'unverified', tags: ['variant'] });
    expect(claim.evidence.every((e) => e.stance === 'mentions')).toBe(true);
  });
});
