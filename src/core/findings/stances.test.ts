import { describe, expect, it } from 'vitest';
import { makeFinding } from './finding-id';
import { dateMention, quantityMention } from './finding-test-helpers';
import { roundingExplains } from './stances';

const about = { kind: 'date', verdict: 'discrepant', subject: 'Invasion of Ukraine', reason: 'named-event', summary: 's' } as const;
const stances = (finding: { mentions: Array<{ doc: string; stance: string }> }) => finding.mentions.map((m) => `${m.doc} ${m.stance}`);

describe('stances decided with the verdict', () => {
  it('a discrepant date: the overlapping majority supports, the outlier contradicts', () => {
    const finding = makeFinding(about, [dateMention('002', '2021-02'), dateMention('001', '2022', 'last year'), dateMention('004', '~2022-02', 'a year ago')]);
    expect(stances(finding)).toEqual(['001 supports', '002 contradicts', '004 supports']);
  });

  it('nobody is the outlier when no value holds more than half of the sources', () => {
    expect(stances(makeFinding(about, [dateMention('a', '2021'), dateMention('b', '2022')]))).toEqual(['a mentions', 'b mentions']);
  });

  it('an estimate agrees with the exact figure it rounds; a different figure contradicts', () => {
    const finding = makeFinding({ ...about, kind: 'number', reason: 'counterpart-sentence' }, [
      quantityMention('a', 43_000, 'about $43,000', true),
      quantityMention('b', 43_350, '$43,350'),
      quantityMention('c', 53_350, '$53,350'),
    ]);
    expect(stances(finding)).toEqual(['a supports', 'b supports', 'c contradicts']);
  });

  it('two round figures as precise as each other are not one rounded from the other', () => {
    const finding = makeFinding({ ...about, kind: 'number', reason: 'counterpart-sentence' }, [
      quantityMention('a', 750_000, '$750,000'),
      quantityMention('b', 750_000, '$750,000'),
      quantityMention('c', 760_000, '$760,000'),
    ]);
    expect(stances(finding)).toEqual(['a supports', 'b supports', 'c contradicts']);
  });

  it('consistent findings support; variants only mention', () => {
    const mentions = [dateMention('a', '2022'), dateMention('b', '2022-02')];
    expect(stances(makeFinding({ ...about, verdict: 'consistent' }, mentions))).toEqual(['a supports', 'b supports']);
    expect(stances(makeFinding({ ...about, verdict: 'variant' }, mentions))).toEqual(['a mentions', 'b mentions']);
  });

  it('confidence follows the reason the mentions were paired', () => {
    const mentions = [dateMention('a', '2021'), dateMention('b', '2022')];
    expect(makeFinding(about, mentions).confidence).toBeGreaterThan(makeFinding({ ...about, reason: 'counterpart-sentence' }, mentions).confidence);
  });
});

describe('roundingExplains', () => {
  it.each([
    [{ amount: 90, approximate: true }, 87, true],
    [{ amount: 90, approximate: true }, 96, true],
    [{ amount: 90, approximate: true }, 75, false],
    [{ amount: 1_600_000, approximate: true }, 1_500_000, true],
    [{ amount: 38, approximate: true }, 35, false],
    [{ amount: 200_000, approximate: true }, 201_000, true],
    [{ amount: 43_000, approximate: false }, 43_350, true],
    [{ amount: 750_000, approximate: false }, 760_000, false],
  ])('an estimate explains a figure within one unit of its last written digit: %o and %d → %s', (estimate, exact, explained) => {
    expect(roundingExplains(estimate, { amount: exact, approximate: false })).toBe(explained);
  });

  it.each([
    [90, 92, true],
    [90, 95, true],
    [90, 96, false],
    [1_600_000, 1_500_000, true],
    [90, 80, true],
  ])('against a finer estimate, an estimate is that one rounded; at one precision, within one unit: nearly %d and nearly %d → %s', (rough, fine, explained) => {
    expect(roundingExplains({ amount: rough, approximate: true }, { amount: fine, approximate: true })).toBe(explained);
  });

  it.each([
    [{ amount: 90, approximate: true, bound: 'under' as const }, { amount: 84, approximate: false }, true],
    [{ amount: 90, approximate: true, bound: 'under' as const }, { amount: 96, approximate: false }, false],
    [{ amount: 90, approximate: true, bound: 'under' as const }, { amount: 94, approximate: true, bound: 'under' as const }, false],
    [{ amount: 90, approximate: true, bound: 'under' as const }, { amount: 88, approximate: true }, true],
    [{ amount: 1200, approximate: true, bound: 'over' as const }, { amount: 1150, approximate: false }, false],
    [{ amount: 1200, approximate: true, bound: 'over' as const }, { amount: 1240, approximate: false }, true],
    [{ amount: 1_600_000, approximate: true, bound: 'under' as const }, { amount: 1_500_000, approximate: true, bound: 'under' as const }, true],
    [{ amount: 200_000, approximate: true, bound: 'just over' as const }, { amount: 270_000, approximate: false }, false],
    [{ amount: 200_000, approximate: true, bound: 'just over' as const }, { amount: 201_000, approximate: false }, true],
    [{ amount: 3000, approximate: true, bound: 'just under' as const }, { amount: 2850, approximate: false }, true],
    [{ amount: 3000, approximate: true, bound: 'just under' as const }, { amount: 2500, approximate: false }, false],
  ])('a one-sided estimate allows one unit of its last digit on its own side: %o and %o → %s', (estimate, figure, explained) => {
    expect(roundingExplains(estimate, figure)).toBe(explained);
  });
});
