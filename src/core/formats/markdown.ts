import type { Claim, Evidence } from '../model/claims';
import type { CrosscheckProject, ProjectDocument } from './project';
import { documentsById, STATUS_LABEL, STATUS_ORDER } from './project-lookup';

/** Characters Markdown would read as formatting, links or HTML anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
/** Line starts Markdown would read as a heading, quote, list item or rule. */
const BLOCK_START = /^(\s*)(?:([#>+=-])|(\d+)([.)]))/;

/** Only punctuation can be backslash-escaped, so a numbered-list marker escapes its dot. */
function escapeBlockMarker(_match: string, space: string, marker?: string, digits?: string, dot?: string): string {
  return marker === undefined ? `${space}${digits ?? ''}\\${dot ?? ''}` : `${space}\\${marker}`;
}

/** Escapes user text so the report shows it as typed, never as formatting or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(INLINE_SPECIAL, '\\$&').replace(BLOCK_START, escapeBlockMarker))
    .join('\n');
}

function singleLine(text: string): string {
  return escapeMarkdown(text).replace(/\n+/g, ' ');
}

function blockQuote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function evidenceSection(evidence: Evidence, documents: Map<string, ProjectDocument>): string {
  const document = documents.get(evidence.docId);
  const source = document
    ? [`**${singleLine(document.title)}**`, singleLine(document.outlet), document.published ?? 'date unknown'].filter(Boolean).join(', ')
    : `**Missing document ${singleLine(evidence.docId)}**`;
  return `- ${source} — ${evidence.stance}\n\n${blockQuote(evidence.quote.exact)
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')}`;
}

function claimSection(claim: Claim, documents: Map<string, ProjectDocument>): string {
  const parts = [`### ${singleLine(claim.statement) || '(no statement)'}`];
  if (claim.tags.length > 0) parts.push(`Tags: ${claim.tags.map(singleLine).join(', ')}`);
  parts.push(
    claim.evidence.length > 0
      ? `Evidence:\n\n${claim.evidence.map((evidence) => evidenceSection(evidence, documents)).join('\n\n')}`
      : 'No evidence recorded.',
  );
  if (claim.note.trim() !== '') parts.push(`Note: ${escapeMarkdown(claim.note)}`);
  return parts.join('\n\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A readable report: claims grouped by status, disagreements first, each with its evidence. */
export function toMarkdown(project: CrosscheckProject): string {
  const documents = documentsById(project);
  const utc = new Date(project.exportedAt).toISOString();
  const sections = [
    '# Crosscheck claims report',
    `Exported ${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC · ${count(project.claims.length, 'claim')} from ${count(project.documents.length, 'source')}.`,
  ];
  for (const status of STATUS_ORDER) {
    const claims = project.claims.filter((claim) => claim.status === status);
    if (claims.length === 0) continue;
    sections.push(`## ${STATUS_LABEL[status]} (${claims.length})`, ...claims.map((claim) => claimSection(claim, documents)));
  }
  if (project.claims.length === 0) sections.push('No claims recorded.');
  return `${sections.join('\n\n')}\n`;
}
