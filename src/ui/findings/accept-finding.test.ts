import { describe, expect, it } from 'vitest';
import { makeFinding } from '../../core/findings/finding-id';
import { dateMention } from '../../core/findings/finding-test-helpers';
import { acceptedClaim } from './accept-finding';

const about = { kind: 'date', verdict: 'discrepant', subject: 'Invasion of Ukraine', reason: 'named-event', summary: '002 says February 2021, but 001 and 004 put it in 2022' } as const;
const mentions = [dateMention('002', '2021-02', 'February 2021', 10), dateMention('001', '2022', 'last year', 20), dateMention('004', '~2022-02', 'a year ago', 30)];

describe('acceptedClaim', () => {
  it('turns a discrepant date into a Discrepant claim stated as a sentence about the event, with the stances the finding decided', () => {
    const finding = makeFinding(about, mentions);
    const claim = acceptedClaim(finding);
    expect(claim).toMatchObject({
      statement: 'Sources disagree on the date of the invasion of Ukraine: February 2021 vs 2022',
      status: 'discrepant',
      tags: [],
      origin: { kind: 'suggestion', findingId: finding.id },
    });
    expect(claim.evidence).toEqual([
      { docId: '001', start: 20, end: 29, stance: 'supports' },
      { docId: '002', start: 10, end: 23, stance: 'contradicts' },
      { docId: '004', start: 30, end: 40, stance: 'supports' },
    ]);
  });

  it('makes consistent findings Consistent with supporting evidence', () => {
    const claim = acceptedClaim(makeFinding({ ...about, verdict: 'consistent' }, mentions));
    expect(claim.status).toBe('consistent');
    expect(claim.evidence.every((e) => e.stance === 'supports')).toBe(true);
  });

  it('makes variants Unverified, tagged "variant", with evidence that only mentions', () => {
    const claim = acceptedClaim(makeFinding({ ...about, verdict: 'variant' }, mentions));
    expect(claim).toMatchObject({ status: 'unverified', tags: ['variant'] });
    expect(claim.evidence.every((e) => e.stance === 'mentions')).toBe(true);
  });
});
