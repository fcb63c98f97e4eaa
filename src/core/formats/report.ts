// The claims report as facts: what the Markdown export and the printed page both show, in one
// place, so each renderer only decides how it looks.
import type { Claim, ClaimStatus, Evidence, Stance } from '../model/claims';
import type { CrosscheckProject, ProjectDocument } from './project';
import { documentsById, STATUS_LABEL, STATUS_ORDER } from './project-lookup';

export type ReportSource =
  | { kind: 'document'; title: string; outlet: string; authors: string[]; published: string | null; url: string | null }
  | { kind: 'missing'; docId: string };

export interface ReportEvidence {
  source: ReportSource;
  stance: Stance;
  quote: string;
}

export interface ReportClaim {
  statement: string;
  tags: string[];
  evidence: ReportEvidence[];
  /** '' when there is none. */
  note: string;
}

export interface ReportSection {
  status: ClaimStatus;
  heading: string;
  claims: ReportClaim[];
}

export interface Report {
  title: string;
  /** "Exported 2026-11-23 10:00 UTC · 2 claims from 3 sources." */
  summary: string;
  /** Disagreements first; empty groups left out. */
  sections: ReportSection[];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function reportSource(document: ProjectDocument | undefined, docId: string): ReportSource {
  return document === undefined ? { kind: 'missing', docId } : { kind: 'document', title: document.title, outlet: document.outlet, authors: document.authors, published: document.published, url: document.url };
}

function reportEvidence(evidence: Evidence, documents: Map<string, ProjectDocument>): ReportEvidence {
  return { source: reportSource(documents.get(evidence.docId), evidence.docId), stance: evidence.stance, quote: evidence.quote.exact };
}

function reportClaim(claim: Claim, documents: Map<string, ProjectDocument>): ReportClaim {
  return {
    statement: claim.statement,
    tags: [...claim.tags],
    evidence: claim.evidence.map((evidence) => reportEvidence(evidence, documents)),
    note: claim.note.trim() === '' ? '' : claim.note,
  };
}

export function buildReport(project: CrosscheckProject): Report {
  const documents = documentsById(project);
  const utc = new Date(project.exportedAt).toISOString();
  const sections = STATUS_ORDER.flatMap((status) => {
    const claims = project.claims.filter((claim) => claim.status === status);
    return claims.length === 0 ? [] : [{ status, heading: `${STATUS_LABEL[status]} (${claims.length})`, claims: claims.map((claim) => reportClaim(claim, documents)) }];
  });
  return {
    title: 'Crosscheck claims report',
    summary: `Exported ${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC · ${count(project.claims.length, 'claim')} from ${count(project.documents.length, 'source')}.`,
    sections,
  };
}
