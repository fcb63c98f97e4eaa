import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model/analysis';
import { groupFindings } from './finding-groups';
import { bySection, findingRows } from './finding-rows';

const finding = (id: string, kind: Finding['kind']): Finding => ({ id, kind, verdict: 'discrepant', summary: id, mentions: [] });

describe('finding rows', () => {
  const groups = groupFindings([finding('n1', 'number'), finding('d1', 'date'), finding('d2', 'date')]);

  it('puts each group heading before its cards, then the dismissed toggle and, when open, the dismissed cards', () => {
    const rows = findingRows(groups, [finding('x', 'name')], true);
    expect(rows.map((r) => r.key)).toEqual(['heading:date', 'd1', 'd2', 'heading:number', 'n1', 'dismissed-toggle', 'dismissed:x']);
    expect(findingRows(groups, [finding('x', 'name')], false).map((r) => r.key).at(-1)).toBe('dismissed-toggle');
    expect(findingRows(groups, [], true).some((r) => r.kind === 'dismissed-toggle')).toBe(false);
  });

  it('splits rendered rows into runs of one section', () => {
    const rows = findingRows(groups, [], false).slice(1, 5).map((row) => ({ row }));
    expect(bySection(rows).map((s) => [s.section, s.items.length])).toEqual([['date', 2], ['number', 2]]);
  });
});
