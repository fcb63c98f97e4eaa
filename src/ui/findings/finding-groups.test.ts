import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model/analysis';
import { partitionDismissed, sectionFindings } from './finding-groups';

const finding = (id: string, kind: Finding['kind'], verdict: Finding['verdict'], confidence = 0.8): Finding => ({
  id, kind, verdict, confidence, subject: id, reason: 'same-person', summary: id, mentions: [],
});

describe('sectionFindings', () => {
  it('lists discrepant, then variant, then consistent; within each by kind, the surest first', () => {
    const sections = sectionFindings([
      finding('q1', 'quote', 'variant'),
      finding('d1', 'date', 'consistent'),
      finding('d2', 'date', 'variant'),
      finding('n1', 'number', 'discrepant', 0.6),
      finding('n2', 'number', 'discrepant', 0.9),
      finding('d3', 'date', 'discrepant', 0.6),
    ]);
    expect(sections.map((s) => [s.verdict, s.findings.map((f) => f.id)])).toEqual([
      ['discrepant', ['d3', 'n2', 'n1']],
      ['variant', ['d2', 'q1']],
      ['consistent', ['d1']],
    ]);
  });

  it('leaves out empty sections', () => {
    expect(sectionFindings([finding('a', 'name', 'variant')]).map((s) => s.verdict)).toEqual(['variant']);
  });
});

describe('partitionDismissed', () => {
  it('separates dismissed findings, ignoring ids no longer found', () => {
    const all = [finding('a', 'date', 'discrepant'), finding('b', 'date', 'consistent')];
    const { shown, dismissed } = partitionDismissed(all, ['b', 'gone']);
    expect([shown.map((f) => f.id), dismissed.map((f) => f.id)]).toEqual([['a'], ['b']]);
  });
});
