// Export and import formats. Exporters return strings or objects; only the UI starts downloads.
export {
  buildProject,
  projectFileOf,
  projectOfFile,
  serializeProject,
  serializeProjectFile,
  type BuildProjectInput,
  type CrosscheckProject,
  type ProjectDocument,
  type ProjectFile,
  type ProjectFileStory,
  type ProjectStory,
} from './project';
export { parseProject, parseProjectFile, validateProject, validateProjectFile } from './parse-project';
export { projectJsonSchema, projectSchema, claimSchema, PROJECT_VERSION } from './project-schema';
export { MAX_IMPORT_BYTES, type ImportProblem, type ImportResult } from './import-problems';
export { toCsv, csvDocument, CSV_COLUMNS } from './csv';
export { toMarkdown, escapeMarkdown } from './markdown';
export { buildReport, type Report, type ReportClaim, type ReportEvidence, type ReportSection, type ReportSource } from './report';
export { toWebAnnotations, defaultDocumentUri, type WebAnnotationOptions } from './web-annotation';
export { parseWebAnnotations, type ParseWebAnnotationsOptions } from './parse-web-annotations';
export { toClaimReview, CLAIM_REVIEW_RATING, type ClaimReviewOptions } from './claim-review';
export { exportFileName, type ExportKind } from './export-file-name';
export { renderExport, renderProjectFile, type ExportRequest, type RenderedExport } from './render-export';
export { parseManifest, type Manifest, type ManifestEntry, type ManifestResult } from './manifest';
