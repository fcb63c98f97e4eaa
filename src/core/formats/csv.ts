// CSV is written here rather than with papaparse: @types/papaparse references Node's types,
// which would leak Buffer & co. into core's typecheck. The tests read the output back with
// papaparse to hold this to RFC 4180.
import type { Claim, Evidence } from '../model/claims';
import type { CrosscheckProject, ProjectDocument } from './project';
import { documentsById } from './project-lookup';

export const CSV_COLUMNS = [
  'Claim ID',
  'Statement',
  'Status',
  'Tags',
  'Note',
  'Source title',
  'Outlet',
  'Authors',
  'Published',
  'Source URL',
  'Quoted text',
  'Stance',
] as const;

/** Spreadsheets run a cell as a formula when it starts with one of these (OWASP "CSV
 * injection"); as OWASP advises, such cells get a leading apostrophe and quotes. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** RFC 4180: fields holding a delimiter, quote or line break must be quoted; edge spaces too,
 * since some spreadsheets trim them otherwise. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const CRLF = '\r\n';

function csvCell(value: string): string {
  const formula = FORMULA_START.test(value);
  const safe = formula ? `'${value}` : value;
  return formula || NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/** Lets Excel detect UTF-8, so Cyrillic, Chinese and curly quotes survive opening the file. */
const UTF8_BOM = '\uFEFF';

function evidenceRow(claim: Claim, evidence: Evidence | undefined, documents: Map<string, ProjectDocument>): string[] {
  const claimCells = [claim.id, claim.statement, claim.status, claim.tags.join('; '), claim.note];
  if (evidence === undefined) return [...claimCells, '', '', '', '', '', '', ''];
  const document = documents.get(evidence.docId);
  const title = document?.title ?? `Missing document ${evidence.docId}`;
  return [...claimCells, title, document?.outlet ?? '', document?.authors.join('; ') ?? '', document?.published ?? '', document?.url ?? '', evidence.quote.exact, evidence.stance];
}

/** A whole CSV file: BOM, CRLF line ends, every cell escaped as above. */
export function csvDocument(rows: ReadonlyArray<readonly string[]>): string {
  return `${UTF8_BOM}${rows.map(csvLine).join(CRLF)}${CRLF}`;
}

/** One row per evidence span (a claim without evidence gets one row with empty source cells). */
export function toCsv(project: CrosscheckProject): string {
  const documents = documentsById(project);
  const rows = project.claims.flatMap((claim) =>
    claim.evidence.length === 0
      ? [evidenceRow(claim, undefined, documents)]
      : claim.evidence.map((evidence) => evidenceRow(claim, evidence, documents)),
  );
  return csvDocument([CSV_COLUMNS, ...rows]);
}
