import { useMemo, useRef, useState } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { Finding, FindingVerdict } from '../../core/model/analysis';
import { describe } from '../../core/findings';
import { useSourceLabels } from '../../state/source-labels';
import { useAnalysis } from '../../data/use-analysis';
import { useActiveDocuments } from '../../state/documents-store';
import { useClaimsStore } from '../../state/claims-store';
import { useUiStore } from '../../state/ui-store';
import { useOrderedClaims } from '../claims/use-ordered-claims';
import { useRoute } from '../app/use-route';
import { acceptedClaim } from './accept-finding';
import { AnalysisStatusBar } from '../compare/AnalysisStatusBar';
import { FindingCard } from './FindingCard';
import { focusAfterDismiss, focusAfterRestore } from './finding-focus';
import { revealClaim, tellClaimOutcome } from '../claims/claim-actions';
import { partitionDismissed, sectionFindings } from './finding-groups';
import { bySection, DISMISSED_SECTION, findingRows, type FindingRow } from './finding-rows';
import { usePanelVirtualizer } from '../app/use-panel-virtualizer';
import './findings.css';

/** A card with its mentions summarised; rows measure themselves, this only seeds the scroll height. */
const ESTIMATED_ROW_HEIGHT = 260;
const OVERSCAN_ROWS = 6;
/** The virtual rows keep the gap the cards had in a flex column. */
const ROW_GAP = 10;
const SECTION_LABEL: Record<FindingVerdict, string> = { discrepant: 'Discrepant', variant: 'Variants', consistent: 'Consistent' };

/**
 * The Suggestions tab: automatic findings to accept as claims or dismiss. Virtualised: however many
 * findings, only the cards on screen are in the page, and each card summarises its mentions.
 */
export function SuggestionsPanel() {
  const analysis = useAnalysis();
  const documents = useActiveDocuments();
  const claims = useOrderedClaims();
  const dismissedIds = useClaimsStore((s) => s.dismissedFindings);
  const { createClaim, dismissFinding, restoreFinding } = useClaimsStore.getState();
  const { focusSpan, selectClaim, showSidePanel, announce } = useUiStore.getState();
  const [, navigate] = useRoute();
  const [showDismissed, setShowDismissed] = useState(false);
  const [showConsistent, setShowConsistent] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [listed, setListed] = useState<ReadonlyMap<string, number>>(new Map());
  /** A restored card to render wherever it lands, so the focus can follow it there. */
  const [restored, setRestored] = useState<string | null>(null);

  const documentsById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const sourceNames = useSourceLabels();
  const claimOfFinding = useMemo(
    () => new Map(claims.flatMap((c) => (c.origin.kind === 'suggestion' ? [[c.origin.findingId, c.id] as const] : []))),
    [claims],
  );
  const findings = analysis.result?.findings;
  const { shown, dismissed } = useMemo(() => partitionDismissed(findings ?? [], dismissedIds), [findings, dismissedIds]);
  const rows = useMemo(() => findingRows(sectionFindings(shown), dismissed, showDismissed, showConsistent), [shown, dismissed, showDismissed, showConsistent]);
  // The toggles stay in the page, so Shift+Tab from the top still wraps round to them and a click finds them.
  const pinned = useMemo(
    () => [
      rows.findIndex((row) => row.kind === 'consistent-toggle'),
      rows.findIndex((row) => row.kind === 'dismissed-toggle'),
      rows.findIndex((row) => row.kind === 'finding' && !row.dismissed && row.finding.id === restored),
    ],
    [rows, restored],
  );
  const virtualizer = usePanelVirtualizer(list, {
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.key,
    overscan: OVERSCAN_ROWS,
    gap: ROW_GAP,
    pinned,
  });

  const showClaim = (claimId: string) => {
    selectClaim(claimId);
    showSidePanel('claims');
    revealClaim(claimId);
  };
  const accept = (finding: Finding) => {
    // Offsets from an analysis of an older text would cite the wrong words.
    if (finding.mentions.some((m) => documentsById.get(m.doc)?.text.slice(m.start, m.end) !== m.text)) {
      announce('This suggestion is from an older version of a source; wait for the analysis to finish and try again.', 'error');
      return;
    }
    try {
      const id = createClaim(acceptedClaim(finding));
      tellClaimOutcome('Suggestion accepted as a claim.');
      showClaim(id);
    } catch (error) {
      announce(`Could not accept the suggestion: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };
  const placed = (item: VirtualItem) => ({
    ref: virtualizer.measureElement,
    'data-index': item.index,
    style: { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` },
  });
  // A toggle is always in the page, below rows only estimated until they are drawn: the browser
  // scrolls a focused toggle to where it was, the rows drawn there then push it out of view, so
  // the list brings it back once they are measured.
  const keepInView = (item: VirtualItem) => virtualizer.scrollToIndex(item.index, { align: 'auto' });
  const renderRow = (row: FindingRow, item: VirtualItem) => {
    if (row.kind === 'heading') {
      return (
        <h2 key={item.key} {...placed(item)} className="finding-row finding-group-heading">
          {row.group.label} <span className="muted">({row.group.findings.length})</span>
        </h2>
      );
    }
    if (row.kind === 'consistent-toggle') {
      return (
        <button key={item.key} {...placed(item)} type="button" className="button small finding-row finding-row-toggle" aria-expanded={row.open} onFocus={() => keepInView(item)} onClick={() => setShowConsistent((v) => !v)}>
          {row.open ? 'Hide' : 'Show'} consistent ({row.count})
        </button>
      );
    }
    if (row.kind === 'dismissed-toggle') {
      return (
        <button key={item.key} {...placed(item)} type="button" className="button small finding-row finding-row-toggle" aria-expanded={row.open} onFocus={() => keepInView(item)} onClick={() => setShowDismissed((v) => !v)}>
          {row.open ? 'Hide' : 'Show'} dismissed ({row.count})
        </button>
      );
    }
    return card(row.finding, row.dismissed, item);
  };
  const card = (finding: Finding, isDismissed: boolean, item: VirtualItem) => (
    <FindingCard
      key={item.key}
      {...placed(item)}
      finding={finding}
      statement={describe(finding, sourceNames)}
      documents={documentsById}
      claimId={claimOfFinding.get(finding.id) ?? null}
      dismissed={isDismissed}
      listed={listed.get(finding.id) ?? 0}
      onListMentions={(count) => setListed((current) => new Map(current).set(finding.id, count))}
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
        setRestored(finding.id);
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
      <div ref={list} className="finding-rows" style={{ height: virtualizer.getTotalSize() }}>
        {bySection(virtualizer.getVirtualItems().map((item) => ({ item, row: rows[item.index]! }))).map(({ section, items }) => {
          const rendered = items.map(({ item, row }) => renderRow(row, item));
          if (section === DISMISSED_SECTION) {
            const toggle = rendered[0] !== undefined && items[0]!.row.kind === 'dismissed-toggle' ? rendered.shift() : null;
            return (
              <section key={section} className="finding-group dismissed-findings">
                {toggle}
                {rendered.length > 0 && (
                  <ul className="finding-list" aria-label="Dismissed suggestions">
                    {rendered}
                  </ul>
                )}
              </section>
            );
          }
          const first = items[0]!.row.kind;
          const heading = first === 'heading' || first === 'consistent-toggle' ? rendered.shift() : null;
          return (
            <section key={section} className="finding-group" aria-label={SECTION_LABEL[section as FindingVerdict]}>
              {heading}
              {rendered.length > 0 && <ul className="finding-list">{rendered}</ul>}
            </section>
          );
        })}
      </div>
    </section>
  );
}
