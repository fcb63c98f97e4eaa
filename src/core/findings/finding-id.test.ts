import { describe, expect, it } from 'vitest';
import { findingId, makeFinding } from './finding-id';

import { dateMention } from './finding-test-helpers';

const mentionA = dateMention('001', '2022', 'last year', 890);
const mentionB = dateMention('002', '2021-02', 'February 2021', 2264);

describe('finding ids', () => {
  it('derive from the kind and the cited spans, whatever their order', () => {
    expect(findingId('date', [mentionA, mentionB])).toBe(findingId('date', [mentionB, mentionA]));
    expect(findingId('date', [mentionA, mentionB])).toMatch(/^date-[0-9a-f]{16}$/);
    expect(findingId('date', [mentionA, mentionB])).not.toBe(findingId('number', [mentionA, mentionB]));
    expect(findingId('date', [mentionA, mentionB])).not.toBe(findingId('date', [mentionA, { ...mentionB, end: 2278 }]));
  });

  it('makeFinding sorts and de-duplicates mentions', () => {
    const finding = makeFinding({ kind: 'date', verdict: 'consistent', subject: 'event', reason: 'counterpart-sentence', summary: 'summary' }, [mentionB, mentionA, mentionB]);
    expect(finding.mentions).toEqual([mentionA, mentionB].map((mention) => ({ ...mention, stance: 'supports' })));
    expect(finding.id).toBe(findingId('date', [mentionA, mentionB]));
  });
});
