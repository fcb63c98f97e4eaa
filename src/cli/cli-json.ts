// The JSON `crosscheck analyze` prints (its keys are documented in ANALYZE_USAGE), written in two
// parts: the findings, where they were computed (the mentions thread writes them itself: on the
// 1,000 synthetic files, cloning them across as objects took about 110 ms, writing them 65 ms), and
// the documents and groups around them, which the main thread writes meanwhile.
import { describe } from '../core/findings';
import type { AlignmentGroup, Finding } from '../core/model/analysis';
import type { AnalysisDocument } from '../core/model/document';
import { labelSources, nameSources } from '../core/model/source-label';

/** An input file as the CLI names it: its path, and the outlet the manifest gives (else none). */
export type CliDocument = AnalysisDocument & { path: string; outlet: string };

/** The findings as JSON, each with its summary and statement naming the sources by label. */
export function cliFindingsJson(findings: readonly Finding[], sources: readonly CliDocument[]): string {
  const labels = labelSources(sources);
  return JSON.stringify(findings.map((finding) => ({ ...finding, summary: nameSources(finding.summary, labels), statement: describe(finding, labels) })));
}

/** The whole JSON is `head`, the findings' JSON (cliFindingsJson), then `tail`. */
export interface CliJsonAround {
  head: string;
  tail: string;
}

/**
 * The whole JSON but its findings: `documents` in the analysis's order (by id) and its groups,
 * without the per-document passages, written now, while the findings are computed.
 */
export function cliJsonAround(documents: readonly AnalysisDocument[], groups: readonly AlignmentGroup[], sources: readonly CliDocument[]): CliJsonAround {
  const paths = new Map(sources.map((doc) => [doc.id, doc.path]));
  const documentsJson = JSON.stringify(documents.map((doc) => ({ id: doc.id, path: paths.get(doc.id) ?? doc.id, title: doc.title, published: doc.published, length: doc.text.length })));
  const groupsJson = JSON.stringify(
    groups.map((group) => ({
      id: group.id,
      kind: group.kind,
      score: Math.round(group.score * 1000) / 1000,
      passages: group.passages.map((passage) => ({ doc: passage.doc, start: passage.start, end: passage.end, text: passage.text })),
    })),
  );
  return { head: `{"version":1,"documents":${documentsJson},"groups":${groupsJson},"findings":`, tail: '}' };
}
