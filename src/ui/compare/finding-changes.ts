// The story's disagreements that the compared sources take part in, for the Differences list.
// Two outlets often tell one fact in sentences the alignment does not pair (the seeds' invasion
// date: "last year" in one, "February 2021" in another, each in a row of its own), so a word
// diff never sets them side by side; the findings compare facts across such sentences.
import type { Finding, Mention } from '../../core/model/analysis';
import { findingTopic } from '../../core/findings/describe';
import { partitionDismissed } from '../findings/finding-groups';
import type { ChangeEntry } from './change-list';
import type { CompareRow } from './compare-rows';

interface RowSpan {
  start: number;
  end: number;
  row: number;
}

/** Per document, the spans each row shows of it, in text order. */
function rowSpansByDoc(rows: readonly CompareRow[]): Map<string, RowSpan[]> {
  const spans = new Map<string, RowSpan[]>();
  const add = (doc: string, start: number, end: number, row: number) => {
    const list = spans.get(doc) ?? [];
    list.push({ start, end, row });
    spans.set(doc, list);
  };
  rows.forEach((row, index) => {
    const singles = row.kind === 'fold' ? row.rows : row.kind === 'single' ? [row] : [];
    for (const single of singles) for (const passage of single.passages) add(passage.doc, passage.start, passage.end, index);
    if (row.kind === 'aligned') for (const cell of row.cells) if (cell) add(cell.doc, cell.start, cell.end, index);
  });
  for (const list of spans.values()) list.sort((a, b) => a.start - b.start);
  return spans;
}

function rowOf(spans: readonly RowSpan[] | undefined, mention: Mention): number | null {
  return spans?.find((span) => span.start <= mention.start && mention.start < span.end)?.row ?? null;
}

/**
 * One entry per discrepant or variant finding whose mentions in the compared columns read
 * differently in at least two of them ("Invasion of Ukraine: “last year” vs “February 2021”"), at
 * the row of its first mention shown; discrepant first, as in Suggestions, then in row order.
 * Dismissed findings are left out, as there.
 */
export function findingChanges(findings: readonly Finding[], rows: readonly CompareRow[], columns: readonly string[], dismissed: readonly string[]): ChangeEntry[] {
  const spans = rowSpansByDoc(rows);
  const entries: Array<{ entry: ChangeEntry; discrepant: boolean }> = [];
  for (const finding of partitionDismissed(findings, dismissed).shown) {
    if (finding.verdict === 'consistent') continue;
    const shown = finding.mentions
      .map((mention) => ({ mention, column: columns.indexOf(mention.doc), row: rowOf(spans.get(mention.doc), mention) }))
      .filter((m): m is { mention: Mention; column: number; row: number } => m.column >= 0 && m.row !== null)
      .sort((a, b) => a.row - b.row || a.column - b.column);
    const values = new Set(shown.map((m) => m.mention.value));
    const sources = new Set(shown.map((m) => m.column));
    if (values.size < 2 || sources.size < 2) continue;
    // A quote's words come with their own quote marks.
    const readings = [...new Map(shown.map((m) => [m.mention.value, m.mention.text])).values()].map((text) => (finding.kind === 'quote' ? text : `“${text}”`));
    const first = shown[0]!;
    const entry: ChangeEntry = { row: first.row, kind: 'finding', summary: `${findingTopic(finding)}: ${readings.join(' vs ')}`, column: first.column };
    entries.push({ entry, discrepant: finding.verdict === 'discrepant' });
  }
  return entries.sort((a, b) => Number(b.discrepant) - Number(a.discrepant) || a.entry.row - b.entry.row).map(({ entry }) => entry);
}
