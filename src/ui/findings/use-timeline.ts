import { useMemo } from 'react';
import type { AnalysisResult } from '../../core/model/analysis';
import type { SourceDocument } from '../../core/model/document';
import { datedMentions, focusRange, layoutTimeline, type ConflictSpan, type TextRange, type TimelineLayout } from '../../core/timeline';
import { useAnalysis, type AnalysisState } from '../../data/use-analysis';
import { labelOf } from '../../core/model/source-label';
import { useActiveDocuments } from '../../state/documents-store';
import { useSourceLabels } from '../../state/source-labels';
import { ownValue } from '../../core/util/id-record';

/** Page furniture of a document, when the analysis is of its current text (same length). */
function boilerplateOf(result: AnalysisResult | undefined, document: SourceDocument): TextRange[] {
  const analysed = result?.documents.find((d) => d.id === document.id);
  if (analysed === undefined || analysed.length !== document.text.length) return [];
  return ((result && ownValue(result.passages, document.id)) ?? []).filter((p) => p.boilerplate !== null);
}

function conflictSpans(result: AnalysisResult | undefined): ConflictSpan[] {
  return (result?.findings ?? [])
    .filter((f) => f.kind === 'date' && f.verdict === 'discrepant')
    .flatMap((f) => f.mentions.map((m) => ({ findingId: f.id, summary: f.summary, docId: m.doc, start: m.start, end: m.end })));
}

/**
 * The timeline of the active documents. Dates are resolved here from the texts and publication
 * dates, so an edited date moves its marks at once; the analysis adds conflict flags and tells
 * which passages are page furniture. Unless `showAllDates`, the axis keeps to the years around the
 * publication dates and cuts far outliers at its edges.
 */
export function useTimeline(showAllDates: boolean): { layout: TimelineLayout | null; analysis: AnalysisState; documents: SourceDocument[] } {
  const documents = useActiveDocuments();
  const analysis = useAnalysis();
  const result = analysis.result;
  const labels = useSourceLabels();
  const layout = useMemo(() => {
    const mentions = documents.flatMap((d) => datedMentions(d, boilerplateOf(result, d)));
    // Lanes are named by the sources' labels (outlet · short title).
    const named = documents.map((d) => ({ ...d, title: labelOf(labels, d.id) }));
    return layoutTimeline(named, mentions, conflictSpans(result), showAllDates ? null : focusRange(documents));
  }, [documents, result, showAllDates, labels]);
  return { layout, analysis, documents };
}
