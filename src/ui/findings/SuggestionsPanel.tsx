import { useMemo, useRef, useState } from 'react';
import type { Finding } from '../../core/model/analysis';
import { useAnalysis } from '../../data/use-analysis';
import { useActiveDocuments } from '../../state/documents-store';
import { useClaimsStore } from '../../state/claims-store';
import { useUiStore } from '../../state/ui-store';
import { useOrderedClaims } from '../claims/use-ordered-claims';
import { useRoute } from '../app/use-route';
import { acceptedClaim } from './accept-finding';
import { AnalysisStatusBar } from '../compare/AnalysisStatusBar';
import { FindingCard } from './FindingCard';
import { focusAfterDismiss, focusAfterRestore, focusClaim } from './finding-focus';
import { groupFindings, partitionDismissed } from './finding-groups';
import './findings.css';

/** The Suggestions tab: automatic findings to accept as claims or dismiss. */
export function SuggestionsPanel() {
  const analysis = useAnalysis();
  const documents = useActiveDocuments();
  const claims = useOrderedClaims();
  const dismissedIds = useClaimsStore((s) => s.dismissedFindings);
  const { createClaim, dismissFinding, restoreFinding } = useClaimsStore.getState();
  const { focusSpan, selectClaim, showSidePanel, announce } = useUiStore.getState();
  const [, navigate] = useRoute();
  const [showDismissed, setShowDismissed] = useState(false);
  const panel = useRef<HTMLElement>(null);

  const documentsById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const claimOfFinding = useMemo(
    () => new Map(claims.flatMap((c) => (c.origin.kind === 'suggestion' ? [[c.origin.findingId, c.id] as const] : []))),
    [claims],
  );
  const findings = analysis.result?.findings;
  const { shown, dismissed } = useMemo(() => partitionDismissed(findings ?? [], dismissedIds), [findings, dismissedIds]);

  const showClaim = (claimId: string) => {
    selectClaim(claimId);
    showSidePanel('claims');
    focusClaim(claimId);
  };
  const accept = (finding: Finding) => {
    // Offsets from an analysis of an older text would cite the wrong words.
    if (finding.mentions.some((m) => documentsById.get(m.doc)?.text.slice(m.start, m.end) !== m.text)) {
      announce('This suggestion is from an older version of a source; wait for the analysis to finish and try again.', 'error');
      return;
    }
    try {
      const id = createClaim(acceptedClaim(finding));
      announce('Suggestion accepted as a claim');
      showClaim(id);
    } catch (error) {
      announce(`Could not accept the suggestion: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };
  const card = (finding: Finding, isDismissed: boolean) => (
    <FindingCard
      key={finding.id}
      finding={finding}
      documents={documentsById}
      claimId={claimOfFinding.get(finding.id) ?? null}
      dismissed={isDismissed}
      onShowMention={(docId, start, end) => {
        navigate({ view: 'read', docId });
        focusSpan({ docId, start, end });
      }}
      onAccept={() => accept(finding)}
      onShowClaim={showClaim}
      onDismiss={() => {
        focusAfterDismiss(panel.current, finding.id);
        dismissFinding(finding.id);
        announce('Suggestion dismissed');
      }}
      onRestore={() => {
        restoreFinding(finding.id);
        focusAfterRestore(panel.current, finding.id);
        announce('Suggestion restored');
      }}
    />
  );

  return (
    <section ref={panel} className="suggestions-panel" aria-label="Suggestions">
      <AnalysisStatusBar analysis={analysis} />
      {analysis.status === 'idle' && <p className="panel-message">Add documents to see suggestions.</p>}
      {findings !== undefined && shown.length === 0 && (
        <p className="panel-message">{findings.length === 0 ? 'No disagreements or variants found between the sources.' : 'Every suggestion was dismissed.'}</p>
      )}
      {groupFindings(shown).map((group) => (
        <section key={group.kind} className="finding-group" aria-labelledby={`finding-group-${group.kind}`}>
          <h2 id={`finding-group-${group.kind}`}>
            {group.label} <span className="muted">({group.findings.length})</span>
          </h2>
          <ul className="finding-list">{group.findings.map((f) => card(f, false))}</ul>
        </section>
      ))}
      {dismissed.length > 0 && (
        <section className="finding-group dismissed-findings">
          <button type="button" className="button small" aria-expanded={showDismissed} onClick={() => setShowDismissed((v) => !v)}>
            {showDismissed ? 'Hide' : 'Show'} dismissed ({dismissed.length})
          </button>
          {showDismissed && (
            <ul className="finding-list" aria-label="Dismissed suggestions">
              {dismissed.map((f) => card(f, true))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}
