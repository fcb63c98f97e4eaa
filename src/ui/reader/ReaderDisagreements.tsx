import { useMemo } from 'react';
import { describe } from '../../core/findings';
import type { Finding, Mention } from '../../core/model/analysis';
import { useClaimsStore } from '../../state/claims-store';
import { partitionDismissed } from '../findings/finding-groups';
import { useSourceLabels } from '../../state/source-labels';
import { useUiStore } from '../../state/ui-store';
import { useHeldWhilePressed } from '../text/use-held-while-pressed';

interface Disagreement {
  finding: Finding;
  /** The finding's first mention in this document. */
  mention: Mention;
}

/** The discrepant findings this document takes part in, less those dismissed in Suggestions. */
function disagreementsIn(findings: readonly Finding[], docId: string, dismissed: readonly string[]): Disagreement[] {
  return partitionDismissed(findings, dismissed).shown.flatMap((finding) => {
    if (finding.verdict !== 'discrepant') return [];
    const mention = finding.mentions.find((m) => m.doc === docId);
    return mention ? [{ finding, mention }] : [];
  });
}

/**
 * Above the text, what other sources dispute in it ("Sources disagree on the date of the invasion
 * of Ukraine: February 2021 (…) vs 2022 (…)"): a reader of one source would otherwise not know,
 * since the text itself marks only its claims' evidence. Each sentence shows its words here.
 */
export function ReaderDisagreements({ docId, findings }: { docId: string; findings: readonly Finding[] | undefined }) {
  const dismissed = useClaimsStore((state) => state.dismissedFindings);
  const sourceNames = useSourceLabels();
  const focusSpan = useUiStore((state) => state.focusSpan);
  // Added above the text, the list moves it down: never between a press on the text and its release.
  const shownFindings = useHeldWhilePressed(findings);
  const here = useMemo(() => disagreementsIn(shownFindings ?? [], docId, dismissed), [shownFindings, docId, dismissed]);
  if (here.length === 0) return null;
  return (
    <section className="reader-disagreements" aria-labelledby={`disagreements-${docId}`}>
      <h2 id={`disagreements-${docId}`}>Other sources disagree with this text ({here.length})</h2>
      <ul>
        {here.map(({ finding, mention }) => (
          <li key={finding.id}>
            {describe(finding, sourceNames)}{' '}
            <button type="button" className="link-button" onClick={() => focusSpan({ docId, start: mention.start, end: mention.end })}>
              Show “{mention.text}” here
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
