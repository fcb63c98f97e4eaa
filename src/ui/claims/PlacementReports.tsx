import { describePlacement, describeSpanCounts, type PlacedSpan } from '../../core/anchoring';
import type { Claim, Evidence } from '../../core/model/claims';
import type { SourceDocument } from '../../core/model/document';
import { labelOf } from '../../core/model/source-label';
import { useClaimsStore } from '../../state/claims-store';
import { usePlacementReports, type PlacementReport } from '../../state/placement-reports';
import { useUiStore } from '../../state/ui-store';
import { revealClaim } from './claim-actions';
import { quoted } from './claim-labels';
import { usePlacedSpansVersion } from './anchor-cache';
import { placeEvidence } from './evidence-highlights';
import { useShowSpan } from './use-show-span';

interface Props {
  documents: ReadonlyMap<string, SourceDocument>;
  sourceNames: ReadonlyMap<string, string>;
}

const FATE_LABEL = { moved: 'Moved to another passage', approximate: 'Placed approximately', orphaned: 'Orphaned' } as const;

function headline(report: PlacementReport, sourceNames: ReadonlyMap<string, string>): string {
  const counts = describeSpanCounts(report.spans);
  if (report.cause === 'imported') return `Imported annotations placed in the library’s texts: ${counts}.`;
  const source = report.docId === null ? 'a source' : labelOf(sourceNames, report.docId);
  return `Text of ${source} replaced. Evidence: ${counts}.`;
}

/** One span to look at: a link that opens its claim and shows it in the source, and where it stands now. */
function SpanLink({ span, claim, evidence, documents }: { span: PlacedSpan & { fate: keyof typeof FATE_LABEL }; claim: Claim; evidence: Evidence; documents: ReadonlyMap<string, SourceDocument> }) {
  const showSpan = useShowSpan();
  usePlacedSpansVersion();
  const anchor = placeEvidence(evidence, documents.get(evidence.docId));
  const open = () => {
    const ui = useUiStore.getState();
    ui.showSidePanel('claims');
    ui.selectClaim(claim.id);
    if (anchor?.state === 'anchored') showSpan({ docId: evidence.docId, start: anchor.start, end: anchor.end });
    revealClaim(claim.id);
  };
  const settled = span.fate !== 'orphaned' && describePlacement(evidence.placement) === null;
  const score = span.fate === 'approximate' && span.score !== undefined ? ` (score ${span.score.toFixed(2)})` : '';
  return (
    <li>
      {FATE_LABEL[span.fate]}
      {score}:{' '}
      <button type="button" className="link-button" onClick={open}>
        {quoted(evidence.quote.exact, 60)} in {quoted(claim.statement, 40)}
      </button>
      {settled ? ' — reviewed' : ''}
    </li>
  );
}

/** The spans the analyst should look at that still exist (a claim or evidence removed since drops out). */
function SpanLinks({ spans, claims, documents }: { spans: readonly PlacedSpan[]; claims: ReadonlyMap<string, Claim>; documents: ReadonlyMap<string, SourceDocument> }) {
  const items = spans.flatMap((span) => {
    const claim = claims.get(span.claimId);
    const evidence = claim?.evidence.find((item) => item.id === span.evidenceId);
    return span.fate !== 'in-place' && claim && evidence ? [{ span: { ...span, fate: span.fate }, claim, evidence }] : [];
  });
  if (items.length === 0) return null;
  return (
    <ul>
      {items.map(({ span, claim, evidence }) => (
        <SpanLink key={`${claim.id}:${evidence.id}`} span={span} claim={claim} evidence={evidence} documents={documents} />
      ))}
    </ul>
  );
}

/**
 * How the evidence fared after a text was replaced (here or in another tab) or annotations were
 * imported: counts, and a link to each span that moved, was placed approximately or was orphaned.
 */
export function PlacementReports({ documents, sourceNames }: Props) {
  const reports = usePlacementReports((state) => state.reports);
  const dismiss = usePlacementReports((state) => state.dismiss);
  const claims = useClaimsStore((state) => state.claims);
  if (reports.length === 0) return null;
  return (
    <ul className="placement-reports" aria-label="Evidence placement reports">
      {reports.map((report) => (
        <li key={report.id} className="panel-message placement-report">
          <p className="placement-report-summary">{headline(report, sourceNames)}</p>
          <SpanLinks spans={report.spans} claims={claims} documents={documents} />
          <button type="button" className="button small placement-report-dismiss" aria-label="Dismiss this report" onClick={() => dismiss(report.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
