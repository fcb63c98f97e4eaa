// How the Suggestions tab orders findings: by kind in a fixed order, and within a kind the
// disagreements first, since they are what a fact-checker must look at.
import type { Finding, FindingKind, FindingVerdict } from '../../core/model/analysis';
import { STATUS_SYMBOL } from '../claims/claim-labels';

export const KIND_ORDER: ReadonlyArray<{ kind: FindingKind; label: string }> = [
  { kind: 'date', label: 'Dates' },
  { kind: 'number', label: 'Numbers' },
  { kind: 'name', label: 'Names' },
  { kind: 'role', label: 'Roles' },
  { kind: 'quote', label: 'Quotes' },
];

const VERDICT_RANK: Record<FindingVerdict, number> = { discrepant: 0, variant: 1, consistent: 2 };

// Discrepant and Consistent wear the claims' symbols, so a verdict reads the same in both tabs.
export const VERDICT_LABEL: Record<FindingVerdict, { word: string; symbol: string; className: string }> = {
  discrepant: { word: 'Discrepant', symbol: STATUS_SYMBOL.discrepant, className: 'status-discrepant' },
  variant: { word: 'Variant', symbol: '≈', className: 'status-unverified' },
  consistent: { word: 'Consistent', symbol: STATUS_SYMBOL.consistent, className: 'status-consistent' },
};

export interface FindingGroup {
  kind: FindingKind;
  label: string;
  findings: Finding[];
}

/** Non-empty groups in KIND_ORDER; the engine's order is kept among equal verdicts. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return KIND_ORDER.map(({ kind, label }) => ({
    kind,
    label,
    findings: findings.filter((f) => f.kind === kind).sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict]),
  })).filter((group) => group.findings.length > 0);
}

/** Splits findings into those to show and those the analyst dismissed. */
export function partitionDismissed(findings: readonly Finding[], dismissed: readonly string[]): { shown: Finding[]; dismissed: Finding[] } {
  const ids = new Set(dismissed);
  return { shown: findings.filter((f) => !ids.has(f.id)), dismissed: findings.filter((f) => ids.has(f.id)) };
}
