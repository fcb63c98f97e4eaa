// The Suggestions tab as one flat list of rows (group headings, cards, the dismissed toggle), so
// that only the rows on screen are rendered however many findings the analysis returns.
import type { Finding } from '../../core/model/analysis';
import type { FindingGroup } from './finding-groups';

export type FindingRow =
  | { kind: 'heading'; key: string; section: string; group: FindingGroup }
  | { kind: 'finding'; key: string; section: string; finding: Finding; dismissed: boolean }
  | { kind: 'dismissed-toggle'; key: string; section: string; count: number; open: boolean };

export const DISMISSED_SECTION = 'dismissed';

export function findingRows(groups: readonly FindingGroup[], dismissed: readonly Finding[], showDismissed: boolean): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const group of groups) {
    rows.push({ kind: 'heading', key: `heading:${group.kind}`, section: group.kind, group });
    for (const finding of group.findings) rows.push({ kind: 'finding', key: finding.id, section: group.kind, finding, dismissed: false });
  }
  if (dismissed.length > 0) {
    rows.push({ kind: 'dismissed-toggle', key: 'dismissed-toggle', section: DISMISSED_SECTION, count: dismissed.length, open: showDismissed });
    if (showDismissed) for (const finding of dismissed) rows.push({ kind: 'finding', key: `dismissed:${finding.id}`, section: DISMISSED_SECTION, finding, dismissed: true });
  }
  return rows;
}

/** Consecutive runs of rows of one section, so each group keeps its own section element. */
export function bySection<T extends { row: FindingRow }>(items: readonly T[]): Array<{ section: string; items: T[] }> {
  const sections: Array<{ section: string; items: T[] }> = [];
  for (const item of items) {
    const last = sections.at(-1);
    if (last?.section === item.row.section) last.items.push(item);
    else sections.push({ section: item.row.section, items: [item] });
  }
  return sections;
}
