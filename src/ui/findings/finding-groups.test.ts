import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model/analysis';
import { groupFindings, partitionDismissed } from './finding-groups';

const finding = (id: string, kind: Finding['kind'], verdict: Finding['verdict']): Finding => ({ id, kind, verdict, summary: id, mentions: [] });

describe('groupFindings', () => {
  it('groups by kind in a fixed order, discrepant first, leaving out empty kinds', () => {
    const groups = groupFindings([
      finding('q1', 'quote', 'variant'),
      finding('d1', 'date', 'consistent'),
      finding('d2', 'date', 'variant'),
      finding('d3', 'date', 'discrepant'),
      finding('n1', 'name', 'discrepant'),
    ]);
    expect(groups.map((g) => [g.label, g.findings.map((f) => f.id)])).toEqual([
      ['Dates', ['d3', 'd2', 'd1']],
      ['Names', ['n1']],
      ['Quotes', ['q1']],
    ]);
  });
});

describe('partitionDismissed', () => {
  it('separates dismissed findings, ignoring ids no longer found', () => {
    const all = [finding('a', 'date', 'discrepant'), finding('b', 'date', 'consistent')];
    const { shown, dismissed } = partitionDismissed(all, ['b', 'gone']);
    expect([shown.map((f) => f.id), dismissed.map((f) => f.id)]).toEqual([['a'], ['b']]);
  });
});
