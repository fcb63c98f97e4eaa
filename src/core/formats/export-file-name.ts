export type ExportKind = 'project' | 'csv' | 'md' | 'webannotation' | 'claimreview';

const FILE_NAME: Record<ExportKind, { stem: string; extension: string }> = {
  project: { stem: 'project', extension: 'json' },
  csv: { stem: 'claims', extension: 'csv' },
  md: { stem: 'report', extension: 'md' },
  webannotation: { stem: 'annotations', extension: 'jsonld' },
  claimreview: { stem: 'claimreview', extension: 'jsonld' },
};

/** E.g. `crosscheck-claims-2026-11-23.csv`; the date is the UTC calendar date, so the CLI and
 * the app name one export alike wherever they run. */
export function exportFileName(kind: ExportKind, date: Date): string {
  const { stem, extension } = FILE_NAME[kind];
  return `crosscheck-${stem}-${date.toISOString().slice(0, 10)}.${extension}`;
}
