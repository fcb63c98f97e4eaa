import { describe, expect, it } from 'vitest';
import { findingId, makeFinding } from './finding-id';

const mentionA = { doc: '001', start: 890, end: 899, text: 'last year', value: '2022' };
const mentionB = { doc: '002', start: 2264, end: 2277, text: 'February 2021', value: '2021-02' };

describe('finding ids', () => {
  it('derive from the kind and the cited spans, whatever their order', () => {
    expect(findingId('date', [mentionA, mentionB])).toBe(findingId('date', [mentionB, mentionA]));
    expect(findingId('date', [mentionA, mentionB])).toMatch(/^date-[0-9a-f]{16}$/);
    expect(findingId('date', [mentionA, mentionB])).not.toBe(findingId('number', [mentionA, mentionB]));
    expect(findingId('date', [mentionA, mentionB])).not.toBe(findingId('date', [mentionA, { ...mentionB, end: 2278 }]));
  });

  it('makeFinding sorts and de-duplicates mentions', () => {
    const finding = makeFinding('date', 'discrepant', 'summary', [mentionB, mentionA, mentionB]);
    expect(finding.mentions).toEqual([mentionA, mentionB]);
    expect(finding.id).toBe(findingId('date', [mentionA, mentionB]));
  });
});
