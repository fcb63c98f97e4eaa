// The files the Export menu offers, built with the core exporters; only this module knows their
// names and media types, so the menu stays about interaction.
import {
  exportFileName, serializeProject, toClaimReview, toCsv, toMarkdown, toWebAnnotations, type CrosscheckProject, type ExportKind,
} from '../../core/formats';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

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
  { kind: 'claimreview', label: 'schema.org ClaimReview (JSON-LD)', hint: 'Consistent and Discrepant claims only' },
];

/** ClaimReview needs an author; the analyst's organisation is not known to the app. */
export const CLAIM_REVIEW_AUTHOR = { name: 'Crosscheck' };

const JSON_LD = 'application/ld+json';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function buildExportFile(kind: ExportKind, project: CrosscheckProject, now: Date): ExportFile {
  const fileName = exportFileName(kind, now);
  switch (kind) {
    case 'project':
      return { fileName, mimeType: 'application/json', content: serializeProject(project) };
    case 'csv':
      return { fileName, mimeType: 'text/csv;charset=utf-8', content: toCsv(project) };
    case 'md':
      return { fileName, mimeType: 'text/markdown;charset=utf-8', content: toMarkdown(project) };
    case 'webannotation':
      return { fileName, mimeType: JSON_LD, content: json(toWebAnnotations(project)) };
    case 'claimreview':
      return { fileName, mimeType: JSON_LD, content: json(toClaimReview(project, { author: CLAIM_REVIEW_AUTHOR })) };
  }
}
