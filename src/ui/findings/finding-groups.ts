// How the Suggestions tab orders findings: what a fact-checker must look at first. Discrepant
// findings, then variants, each by kind in a fixed order and the surest first; consistent findings
// are many and need no action, so the panel folds them into a count.
import type { Finding, FindingKind, FindingVerdict } from '../../core/model/analysis';
import { STATUS_SYMBOL } from '../claims/claim-labels';


// Discrepant and Consistent wear the claims' symbols, so a verdict reads the same in both tabs.
export const VERDICT_LABEL: Record<FindingVerdict, { word: string; symbol: string; className: string }> = {
  discrepant: { word: 'Discrepant', symbol: STATUS_SYMBOL.discrepant, className: 'status-discrepant' },
  variant: { word: 'Variant', symbol: '≈', className: 'status-unverified' },
  consistent: { word: 'Consistent', symbol: STATUS_SYMBOL.consistent, className: 'status-consistent' },
};

export interface FindingSection {
  verdict: FindingVerdict;
  label: string;
  findings: Finding[];
}

const SECTIONS: ReadonlyArray<{ verdict: FindingVerdict; label: string }> = [
  { verdict: 'discrepant', label: 'Discrepant' },
  { verdict: 'variant', label: 'Variants' },
  { verdict: 'consistent', label: 'Consistent' },
];

const KIND_RANK: Record<FindingKind, number> = { date: 0, number: 1, name: 2, role: 3, quote: 4 };

/** Non-empty sections, discrepant then variant then consistent; within one, by kind, then the surest first, then the engine's order. */
export function sectionFindings(findings: readonly Finding[]): FindingSection[] {
  return SECTIONS.map(({ verdict, label }) => ({
    verdict,
    label,
    findings: findings
      .filter((f) => f.verdict === verdict)
      .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.confidence - a.confidence),
  })).filter((section) => section.findings.length > 0);
}

/** Splits findings into those to show and those the analyst dismissed. */
export function partitionDismissed(findings: readonly Finding[], dismissed: readonly string[]): { shown: Finding[]; dismissed: Finding[] } {
  const ids = new Set(dismissed);
  return { shown: findings.filter((f) => !ids.has(f.id)), dismissed: findings.filter((f) => ids.has(f.id)) };
}
