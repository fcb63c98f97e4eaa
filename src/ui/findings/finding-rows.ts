// The Suggestions tab as one flat list of rows (section headings, cards, the consistent and the
// dismissed toggles), so that only the rows on screen are rendered however many findings the
// analysis returns.
import type { Finding } from '../../core/model/analysis';
import type { FindingSection } from './finding-groups';

export type FindingRow =
  | { kind: 'heading'; key: string; section: string; group: FindingSection }
  | { kind: 'finding'; key: string; section: string; finding: Finding; dismissed: boolean }
  | { kind: 'consistent-toggle'; key: string; section: string; count: number; open: boolean }
  | { kind: 'dismissed-toggle'; key: string; section: string; count: number; open: boolean };

export const DISMISSED_SECTION = 'dismissed';

/** Discrepant and variant findings under their headings; consistent ones behind a toggle with their count. */
export function findingRows(sections: readonly FindingSection[], dismissed: readonly Finding[], showDismissed: boolean, showConsistent: boolean): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const group of sections) {
    const section = group.verdict;
    if (section === 'consistent') rows.push({ kind: 'consistent-toggle', key: 'consistent-toggle', section, count: group.findings.length, open: showConsistent });
    else rows.push({ kind: 'heading', key: `heading:${section}`, section, group });
    if (section === 'consistent' && !showConsistent) continue;
    for (const finding of group.findings) rows.push({ kind: 'finding', key: finding.id, section, finding, dismissed: false });
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
