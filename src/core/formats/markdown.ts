// The report (buildReport) as Markdown that CommonMark readers and pandoc show exactly as typed.
import { buildReport, type ReportClaim, type ReportEvidence } from './report';

/** Characters Markdown would read as formatting, links, HTML or entities anywhere in a line
 * (`#` also closes headings, `&` starts `&copy;`); straight quotes are escaped because pandoc's
 * default reader curls them (smart punctuation), which would change quoted evidence. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~#&"']/g;
/** Runs smart punctuation would replace: pandoc's dashes and ellipses, and the rest of
 * markdown-it's typographer set (±, ©, ®, ™, collapsed , ! ?). */
const SMART_RUNS = /-{2,}|\.{2,}|,{2,}|!{4,}|\?{4,}|\+-|\((?:c|r|tm|p)\)/gi;
/** Line starts Markdown would read as a heading, quote, list item or rule. */
const BLOCK_START = /^(\s*)(?:([>+=-])|(\d+)([.)]))/;

/** Only punctuation can be backslash-escaped, so a numbered-list marker escapes its dot. */
function escapeBlockMarker(_match: string, space: string, marker?: string, digits?: string, dot?: string): string {
  return marker === undefined ? `${space}${digits ?? ''}\\${dot ?? ''}` : `${space}\\${marker}`;
}

function escapeLine(line: string): string {
  return line
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(SMART_RUNS, (run) => run.replace(/[^a-z]/gi, '\\$&'))
    .replace(BLOCK_START, escapeBlockMarker);
}

/** Escapes user text so the report shows it as typed, never as formatting or HTML; each line
 * break stays a line break (a backslash at the end of a line is CommonMark's hard break). */
export function escapeMarkdown(text: string): string {
  const lines = text.split(/\r\n|\r|\n/).map(escapeLine);
  return lines.map((line, index) => (line.trim() !== '' && (lines[index + 1] ?? '').trim() !== '' ? `${line}\\` : line)).join('\n');
}

function singleLine(text: string): string {
  return text.split(/\r\n|\r|\n/).map(escapeLine).join(' ');
}

/** A URL as a CommonMark link destination: in angle brackets, which only < and > could end. */
function linkDestination(url: string): string {
  return `<${url.replace(/[<>\\]/g, (character) => `\\${character}`)}>`;
}

function blockQuote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function evidenceItem(evidence: ReportEvidence): string {
  const { source } = evidence;
  const label =
    source.kind === 'document'
      ? [
          source.url === null ? `**${singleLine(source.title)}**` : `**[${singleLine(source.title)}](${linkDestination(source.url)})**`,
          singleLine(source.outlet),
          source.authors.map(singleLine).join('; '),
          source.published ?? 'date unknown',
        ]
          .filter(Boolean)
          .join(', ')
      : `**Missing document ${singleLine(source.docId)}**`;
  return `- ${label} — ${evidence.stance}\n\n${blockQuote(evidence.quote)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}`;
}

function claimSection(claim: ReportClaim): string {
  const parts = [`### ${singleLine(claim.statement) || '(no statement)'}`];
  if (claim.tags.length > 0) parts.push(`Tags: ${claim.tags.map(singleLine).join(', ')}`);
  parts.push(claim.evidence.length > 0 ? `Evidence:\n\n${claim.evidence.map(evidenceItem).join('\n\n')}` : 'No evidence recorded.');
  if (claim.note !== '') parts.push(`Note: ${escapeMarkdown(claim.note)}`);
  return parts.join('\n\n');
}

/** A readable report: claims grouped by status, disagreements first, each with its evidence. */
export function toMarkdown(project: Parameters<typeof buildReport>[0]): string {
  const report = buildReport(project);
  const sections = [`# ${report.title}`, report.summary];
  for (const section of report.sections) sections.push(`## ${section.heading}`, ...section.claims.map(claimSection));
  if (report.sections.length === 0) sections.push('No claims recorded.');
  return `${sections.join('\n\n')}\n`;
}
