// What the Export menu offers; the bytes come from the core's renderExport, as for the CLI.
import type { ExportKind } from '../../core/formats';

export interface ExportChoice {
  kind: ExportKind;
  label: string;
  hint: string;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { kind: 'project', label: 'Crosscheck project (JSON)', hint: 'Everything, to reopen or share' },
  { kind: 'csv', label: 'CSV', hint: 'One row per evidence span' },
  { kind: 'md', label: 'Markdown report', hint: 'Claims with quoted evidence' },
  { kind: 'webannotation', label: 'W3C Web Annotation (JSON-LD)', hint: 'For annotation tools' },
  { kind: 'claimreview', label: 'schema.org ClaimReview (JSON-LD)…', hint: 'Consistent and Discrepant claims only' },
];
