import { useMemo } from 'react';
import type { AnalysisResult } from '../../core/model/analysis';
import type { SourceDocument } from '../../core/model/document';
import { focusRange, groupLanes, mentionsOutside, layoutTimeline, type ConflictSpan, type LaneGroup, type TextRange, type TimelineLayout } from '../../core/timeline';
import { useAnalysis, type AnalysisState } from '../../data/use-analysis';
import { labelOf } from '../../core/model/source-label';
import { useActiveDocuments } from '../../state/documents-store';
import { useSourceLabels } from '../../state/source-labels';
import { ownValue } from '../../core/util/id-record';
import { useDatedMentions } from '../../data/dated-mentions';

/** Page furniture of a document, when the analysis is of its current text (same length). */
function boilerplateOf(result: AnalysisResult | undefined, analysedLength: ReadonlyMap<string, number>, document: SourceDocument): TextRange[] {
  if (analysedLength.get(document.id) !== document.text.length) return [];
  return ((result && ownValue(result.passages, document.id)) ?? []).filter((p) => p.boilerplate !== null);
}

function conflictSpans(result: AnalysisResult | undefined): ConflictSpan[] {
  return (result?.findings ?? [])
    .filter((f) => f.kind === 'date' && f.verdict === 'discrepant')
    .flatMap((f) => f.mentions.map((m) => ({ findingId: f.id, summary: f.summary, docId: m.doc, start: m.start, end: m.end })));
}

/**
 * The timeline of the active documents. Dates are resolved from the texts and publication dates
 * (in a worker, kept per text and date, so an edited date moves its marks as soon as that one
 * source is read again); the analysis adds conflict flags and tells which passages are page
 * furniture. Unless `showAllDates`, the axis keeps to the years around the publication dates and
 * cuts far outliers at its edges. Past LANES_BEFORE_GROUPING sources, lanes are grouped by the
 * Overview's clusters of sources that share text.
 */
export function useTimeline(showAllDates: boolean): {
  layout: TimelineLayout | null;
  groups: LaneGroup[] | null;
  analysis: AnalysisState;
  documents: SourceDocument[];
  dates: { reading: boolean; error: string | null };
} {
  const documents = useActiveDocuments();
  const analysis = useAnalysis();
  const result = analysis.result;
  const labels = useSourceLabels();
  const { read, reading, error } = useDatedMentions(documents);
  const layout = useMemo(() => {
    if (read === null) return null;
    const analysedLength = new Map((result?.documents ?? []).map((d) => [d.id, d.length]));
    const mentions = read.documents.flatMap((d, index) => mentionsOutside(read.mentions[index]!, boilerplateOf(result, analysedLength, d)));
    // Lanes are named by the sources' labels (outlet · short title).
    const named = read.documents.map((d) => ({ ...d, title: labelOf(labels, d.id) }));
    return layoutTimeline(named, mentions, conflictSpans(result), showAllDates ? null : focusRange(read.documents));
  }, [read, result, showAllDates, labels]);
  const clusters = result?.overview.clusters;
  const groups = useMemo(() => (layout === null ? null : groupLanes(layout.lanes, clusters ?? [])), [layout, clusters]);
  return { layout, groups, analysis, documents, dates: { reading, error } };
}
