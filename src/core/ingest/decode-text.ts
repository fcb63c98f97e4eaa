import { problem, type IngestResult } from './ingest-problem';

/** Larger files are not news reports; reading them would also freeze the alignment. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Refuses a file over the limit; callers holding a File check its size before reading it. */
export function checkFileSize(byteLength: number, fileName: string): IngestResult<number> {
  if (byteLength <= MAX_FILE_BYTES) return { ok: true, value: byteLength };
  return problem(
    'too-large',
    fileName,
    `the file is ${formatMegabytes(byteLength)}; the limit is ${formatMegabytes(MAX_FILE_BYTES)}. Add the article's text only.`,
  );
}

/**
 * The text of a file's bytes, refusing what is not a text document: too large, containing NUL
 * bytes (binary formats such as PDF, images, Word), or not valid UTF-8 (decoded strictly, since a
 * lenient decode would silently put replacement characters into quotes).
 *
 * The one decoder of document files for the app, the seed loader and the CLI. A byte-order mark
 * is kept as the text's first character: offsets then match what other tools read from the file
 * (fs.readFile, Python's open()), and the content hash is the SHA-256 of the file's bytes.
 */
export function decodeTextBytes(bytes: Uint8Array, fileName: string): IngestResult<string> {
  const size = checkFileSize(bytes.byteLength, fileName);
  if (!size.ok) return size;
  if (bytes.includes(0)) {
    return problem('binary', fileName, 'this is a binary file, not text (it contains NUL bytes). Save the article as text and add that.');
  }
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return problem('not-utf8', fileName, 'the file is not UTF-8 text. Re-save it as UTF-8 (most editors offer "Save with encoding") and add it again.');
  }
}

/** Rejects a text with nothing but whitespace in it. */
export function checkNotEmpty(text: string, source: string): IngestResult<string> {
  if (text.trim() === '') return problem('empty', source, 'the text is empty; there is nothing to compare.');
  return { ok: true, value: text };
}
