import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model/analysis';
import { sectionFindings } from './finding-groups';
import { bySection, findingRows } from './finding-rows';

const finding = (id: string, kind: Finding['kind'], verdict: Finding['verdict'] = 'discrepant'): Finding => ({
  id, kind, verdict, subject: id, reason: 'same-person', confidence: 0.8, summary: id, mentions: [],
});

describe('finding rows', () => {
  const sections = sectionFindings([finding('n1', 'number'), finding('d1', 'date'), finding('v1', 'name', 'variant'), finding('c1', 'date', 'consistent')]);

  it('puts each section heading before its cards, consistent findings behind their toggle, then the dismissed toggle and, when open, the dismissed cards', () => {
    const rows = findingRows(sections, [finding('x', 'name')], true, false);
    expect(rows.map((r) => r.key)).toEqual(['heading:discrepant', 'd1', 'n1', 'heading:variant', 'v1', 'consistent-toggle', 'dismissed-toggle', 'dismissed:x']);
    expect(findingRows(sections, [], false, true).map((r) => r.key).slice(-2)).toEqual(['consistent-toggle', 'c1']);
    expect(findingRows(sections, [finding('x', 'name')], false, false).map((r) => r.key).at(-1)).toBe('dismissed-toggle');
    expect(findingRows(sections, [], true, false).some((r) => r.kind === 'dismissed-toggle')).toBe(false);
  });

  it('splits rendered rows into runs of one section', () => {
    const rows = findingRows(sections, [], false, true).map((row) => ({ row }));
    expect(bySection(rows).map((s) => [s.section, s.items.length])).toEqual([['discrepant', 3], ['variant', 2], ['consistent', 2]]);
  });
});
