// The analysis pipeline, pure and synchronous (the worker and the CLI run it):
// 1. order documents by id, so the result never depends on input order;
// 2. segment each document into paragraphs and sentences, marking page furniture
//    (text/segment-document.ts);
// 3. align passages across documents into groups (align/align-passages.ts);
// 4. findings: factual disagreements across documents, and the likely first carrier of each
//    group (findings/find-disagreements.ts);
// 5. the overview: sources ranked by how much they share, the best-connected few pair by pair,
//    the rest in clusters (overview/source-overview.ts).
import { alignPassages } from './align/align-passages';
import type { AnalysisOptions, AnalysisResult, Passage } from './model/analysis';
import type { AnalysisDocument } from './model/document';
import { findDisagreements } from './findings/find-disagreements';
import { HEAT_MAP_SOURCES, summarizeSources } from './overview/source-overview';
import { segmentDocument } from './text/segment-document';
import { emptyRecord, ownValue } from './util/id-record';

export function analyzeCorpus(docs: AnalysisDocument[], options: AnalysisOptions): AnalysisResult {
  const report = options.onProgress ?? (() => undefined);
  const documents = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = documents.length;

  const passages = emptyRecord<Passage[]>();
  documents.forEach((doc, index) => {
    passages[doc.id] = segmentDocument(doc.id, doc.text);
    report({ stage: 'segmenting', done: index + 1, total });
  });

  const texts = new Map(documents.map((doc) => [doc.id, doc.text]));
  const groups = alignPassages(
    documents.map((doc) => ownValue(passages, doc.id) ?? []),
    texts,
    { includeBoilerplate: options.includeBoilerplate, onProgress: report },
  );

  const { findings, provenance } = findDisagreements(documents, { passages, groups });
  report({ stage: 'finding', done: total, total });
  const ids = documents.map((doc) => doc.id);
  return {
    version: 1,
    documents: documents.map((doc) => ({ id: doc.id, title: doc.title, published: doc.published, length: doc.text.length })),
    passages,
    groups: groups.map((group) => {
      const found = ownValue(provenance, group.id);
      return found ? { ...group, provenance: found } : group;
    }),
    findings,
    overview: summarizeSources(ids, passages, groups, HEAT_MAP_SOURCES),
  };
}
