export { classifyFileName, SUPPORTED_EXTENSIONS, type TextFormat } from './file-kind';
export { checkFileSize, checkNotEmpty, decodeTextBytes, MAX_FILE_BYTES } from './decode-text';
export { DuplicateChecker, normaliseWhitespace, type KnownText } from './duplicates';
export { documentId, slugify } from './document-id';
export type { IngestProblem, IngestProblemCode, IngestResult } from './ingest-problem';
export { chooseProposal, proposeDateFromMetadata, proposePublicationDate, type ProposedDate } from './propose-date';
export { titleFromFileName, titleFromText } from './propose-title';
export { countWords } from './word-count';
export { hasMetaErrors, validateMeta, type MetaDraft, type MetaErrors } from './validate-meta';
