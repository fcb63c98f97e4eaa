// From a chosen file to a draft, or to the reason it is refused (naming the file):
//   1. the name's extension says the format (classifyFileName);
//   2. the size is checked before any byte is read, so a huge file is never loaded;
//   3. the bytes are decoded strictly as UTF-8 (decodeTextBytes);
//   4. a web page is reduced to its article by the page reader the caller passes (it needs a DOM);
//   5. an empty text is refused; otherwise the details are proposed (draftFromText).
// The same steps serve the add dialog's worker and the main thread (Replace text, tests).
import { checkFileSize, checkNotEmpty, decodeTextBytes } from './decode-text';
import { draftFromText, type DocumentDraft, type DraftHints } from './draft-from-text';
import { classifyFileName, type TextFormat } from './file-kind';
import type { IngestProblem, IngestResult } from './ingest-problem';

export type FileReading =
  | { status: 'ready'; fileName: string; draft: DocumentDraft }
  | { status: 'rejected'; fileName: string; problem: IngestProblem };

/** What the reader needs of a file (a browser File has it): name, size, and the bytes on demand. */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Turns a web page's HTML into its article text and hints, or says why it cannot. */
export type PageReader = (html: string, fileName: string) => Promise<IngestResult<{ text: string } & DraftHints>>;

/** Line endings as \n, so paragraphs split the same whichever system saved the file. */
function unixLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

async function textOf(format: TextFormat, raw: string, fileName: string, readPage: PageReader): Promise<IngestResult<{ text: string } & DraftHints>> {
  if (format === 'html') return readPage(raw, fileName);
  return { ok: true, value: { text: unixLineEndings(raw) } };
}

export async function readDocument(file: ChosenFile, readPage: PageReader): Promise<FileReading> {
  const fileName = file.name;
  const kind = classifyFileName(fileName);
  if (!kind.ok) return { status: 'rejected', fileName, problem: kind.problem };
  const size = checkFileSize(file.size, fileName);
  if (!size.ok) return { status: 'rejected', fileName, problem: size.problem };
  const decoded = decodeTextBytes(new Uint8Array(await file.arrayBuffer()), fileName);
  if (!decoded.ok) return { status: 'rejected', fileName, problem: decoded.problem };
  const read = await textOf(kind.value, decoded.value, fileName, readPage);
  if (!read.ok) return { status: 'rejected', fileName, problem: read.problem };
  const { text, ...hints } = read.value;
  const nonEmpty = checkNotEmpty(text, fileName);
  if (!nonEmpty.ok) return { status: 'rejected', fileName, problem: nonEmpty.problem };
  return { status: 'ready', fileName, draft: draftFromText(text, fileName, { kind: 'file', fileName, format: kind.value }, hints) };
}
