// What alignment works on: units (content passages in doc-id then offset order, each knowing
// its neighbours) and nodes (distinct passage texts; a passage reprinted sixty times is one
// node with sixty occurrences, scored once), with IDF term weights over the nodes.
import type { Passage } from '../model/analysis';
import type { WordTokenizer } from '../text/tokenize';
import { PassageReader, renumberFeatures, TermVocabulary, type PassageFeatures } from './features';
import type { TermWeights } from './similarity';

/** Passages with fewer content terms ("Wang said.") match everything on the same topic. */
export const MIN_CONTENT_TERMS = 3;

export interface AlignmentUnit {
  passage: Passage;
  node: number;
  /** Neighbouring units of the same document, by index. */
  previous: number | null;
  next: number | null;
}

export interface AlignmentNode {
  features: PassageFeatures;
  /** Units (indices into the unit list) carrying this exact text. */
  occurrences: number[];
  /** Index of the document of the first occurrence, for progress. */
  document: number;
  /** The one document all occurrences are in, or null when several documents carry it. */
  soleDocument: string | null;
}

export interface AlignmentCorpus {
  units: AlignmentUnit[];
  nodes: AlignmentNode[];
  weights: TermWeights;
  /** This run's features by passage text, for the next run (see FeatureMemo). */
  kept: FeatureMemo;
  /** Per term id of this run, its id in the memo the corpus was built from; -1 for a term the memo did not hold. */
  memoTermIds: Int32Array;
}

/**
 * Features of one run that the next run can take instead of tokenising, stemming and hashing the
 * same passages again: per passage text, its features, with the run's terms by id to renumber
 * them from (term ids are numbered by first use, so a document sorting before the others
 * renumbers every term). A run keeps only what its own passages use.
 */
export interface FeatureMemo {
  passages: Map<string, PassageFeatures>;
  terms: readonly string[];
}

export const emptyFeatureMemo = (): FeatureMemo => ({ passages: new Map(), terms: [] });

/**
 * One memo of the memos of runs over parts of a corpus (the CLI's workers), its terms numbered in
 * one list; collectCorpus given it builds the same corpus as from scratch.
 */
export function mergeFeatureMemos(memos: readonly FeatureMemo[]): FeatureMemo {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const passages = new Map<string, PassageFeatures>();
  for (const memo of memos) {
    const ids = memo.terms.map((term) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
      }
      return id;
    });
    for (const [text, features] of memo.passages) if (!passages.has(text)) passages.set(text, renumberFeatures(features, (id) => ids[id] as number));
  }
  return { passages, terms };
}

const TOO_SHORT = -1;

function inverseDocumentFrequencies(nodes: readonly AlignmentNode[], vocabularySize: number): TermWeights {
  const frequencies = new Float64Array(vocabularySize);
  for (const node of nodes) for (const term of node.features.termSet) frequencies[term] = (frequencies[term] ?? 0) + 1;
  return frequencies.map((frequency) => Math.log(1 + nodes.length / Math.max(frequency, 1)));
}

/**
 * Units and nodes of the passages, documents in order. `memo` (from an earlier run with the same
 * tokenizer) spares the work for passages seen before; the corpus is the same with or without it.
 */
export function collectCorpus(documents: readonly (readonly Passage[])[], includeBoilerplate: boolean, tokenize?: WordTokenizer, memo: FeatureMemo = emptyFeatureMemo()): AlignmentCorpus {
  const vocabulary = new TermVocabulary();
  const reader = new PassageReader(vocabulary, tokenize);
  const units: AlignmentUnit[] = [];
  const nodes: AlignmentNode[] = [];
  const nodeByKey = new Map<string, number>();
  const featuresByKey = new Map<string, PassageFeatures>();
  const kept = new Map<string, PassageFeatures>();
  const renumbered = new Int32Array(memo.terms.length).fill(-1);
  const renumber = (id: number): number => {
    let next = renumbered[id] as number;
    if (next < 0) {
      next = vocabulary.idOf(memo.terms[id] as string);
      renumbered[id] = next;
    }
    return next;
  };
  documents.forEach((passages, document) => {
    let previous: number | null = null;
    for (const passage of passages) {
      if (passage.boilerplate && !includeBoilerplate) continue;
      // A text met earlier in this run (a reprint) has its node already: no normalising or tokenising again.
      const seen = kept.get(passage.text);
      const known = seen ? null : memo.passages.get(passage.text);
      const key = seen ? seen.key : known ? known.key : reader.read(passage.text);
      let node = nodeByKey.get(key);
      if (node === undefined) {
        const features = known ? renumberFeatures(known, renumber) : reader.features(key);
        featuresByKey.set(key, features);
        node = features.terms.length < MIN_CONTENT_TERMS ? TOO_SHORT : nodes.length;
        nodeByKey.set(key, node);
        if (node !== TOO_SHORT) nodes.push({ features, occurrences: [], document, soleDocument: passage.doc });
      }
      if (!seen) kept.set(passage.text, featuresByKey.get(key) as PassageFeatures);
      if (node === TOO_SHORT) continue;
      const entry = nodes[node] as AlignmentNode;
      if (entry.soleDocument !== passage.doc) entry.soleDocument = null;
      const unit = units.length;
      entry.occurrences.push(unit);
      units.push({ passage, node, previous, next: null });
      if (previous !== null) (units[previous] as AlignmentUnit).next = unit;
      previous = unit;
    }
  });
  const memoTermIds = new Int32Array(vocabulary.size).fill(-1);
  renumbered.forEach((id, memoId) => {
    if (id >= 0) memoTermIds[id] = memoId;
  });
  return { units, nodes, weights: inverseDocumentFrequencies(nodes, vocabulary.size), kept: { passages: kept, terms: vocabulary.termList }, memoTermIds };
}
