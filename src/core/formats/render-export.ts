// One entry point for every export, so the app's download and the CLI's output are the same
// bytes for the same project.
import { toClaimReview, type ClaimReviewOptions } from './claim-review';
import { toCsv } from './csv';
import { exportFileName, type ExportKind } from './export-file-name';
import { jsonLdText } from './json-ld-text';
import { toMarkdown } from './markdown';
import { serializeProject, serializeProjectFile, type CrosscheckProject, type ProjectFile } from './project';
import { toWebAnnotations, type WebAnnotationOptions } from './web-annotation';

export type ExportRequest =
  | { kind: 'project' }
  | { kind: 'csv' }
  | { kind: 'md' }
  | ({ kind: 'webannotation' } & WebAnnotationOptions)
  | ({ kind: 'claimreview' } & ClaimReviewOptions);

export interface RenderedExport {
  fileName: string;
  mimeType: string;
  content: string;
}

const MIME_TYPE: Record<ExportKind, string> = {
  project: 'application/json',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  webannotation: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
  claimreview: 'application/ld+json',
};

function content(project: CrosscheckProject, request: ExportRequest): string {
  switch (request.kind) {
    case 'project':
      return serializeProject(project);
    case 'csv':
      return toCsv(project);
    case 'md':
      return toMarkdown(project);
    case 'webannotation':
      return jsonLdText(toWebAnnotations(project, request));
    case 'claimreview':
      return jsonLdText(toClaimReview(project, request));
  }
}

/** The file an export produces; `date` names it (see exportFileName). */
export function renderExport(project: CrosscheckProject, request: ExportRequest, date: Date): RenderedExport {
  return { fileName: exportFileName(request.kind, date), mimeType: MIME_TYPE[request.kind], content: content(project, request) };
}

/** A project file of several stories (Export → all stories). */
export function renderProjectFile(file: ProjectFile, date: Date): RenderedExport {
  return { fileName: exportFileName('project', date), mimeType: MIME_TYPE.project, content: serializeProjectFile(file) };
}
