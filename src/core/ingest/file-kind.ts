import { ownValue } from '../util/id-record';
import { problem, type IngestResult } from './ingest-problem';

export type TextFormat = 'text' | 'markdown' | 'html';

const FORMAT_BY_EXTENSION: Record<string, TextFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

/** The extensions the file picker offers, e.g. for `accept`. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** Decides by extension: browsers report unreliable MIME types for .md and for dropped files. */
export function classifyFileName(fileName: string): IngestResult<TextFormat> {
  const extension = extensionOf(fileName);
  const format = ownValue(FORMAT_BY_EXTENSION, extension);
  if (format) return { ok: true, value: format };
  const kind = extension ? `.${extension} files are` : 'files without an extension are';
  return problem(
    'unsupported-type',
    fileName,
    `${kind} not supported. Save the article as plain text (.txt), Markdown (.md) or a web page (.html) and add that.`,
  );
}
