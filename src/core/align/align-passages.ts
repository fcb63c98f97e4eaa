// Alignment of passages across documents:
// 1. units and nodes: content passages (boilerplate too when asked); identical texts collapse
//    into one node, so a passage reprinted sixty times is scored once (alignment-corpus.ts);
// 2. term weights (IDF) over nodes; candidates from the capped inverted index (candidate-index.ts),
//    or from the last run for passages an addition cannot have changed (align-search-memo.ts);
//    pairs such a run left far under the threshold are not scored again;
// 3. scoring (similarity.ts), with a one-to-many retry joining the shorter side's neighbour
//    (one-to-many.ts);
// 4. guarded clustering (cluster.ts), then groups built from every occurrence of every
//    clustered node (build-groups.ts), visiting only the passages of candidate pairs and reprints.
import type { AlignmentGroup, Passage } from '../model/analysis';
import type { WordTokenizer } from '../text/tokenize';
import { collectCorpus, type AlignmentNode, type AlignmentUnit, type FeatureMemo } from './alignment-corpus';
import { buildGroups } from './build-groups';
import { keptSearch, NO_CANDIDATES, OverlapMemo, type KeptCandidates, type SearchMemo } from './align-search-memo';
import { CandidateIndex, queryWeightFloor } from './candidate-index';
import { clusterPairs, type ScoredPair } from './cluster';
import { oneToManyPairs } from './one-to-many';
import { passageSimilarity, type Headroom } from './similarity';
import { ALIGN_THRESHOLD, NEAR_DUPLICATE_THRESHOLD, requiredScore } from './thresholds';
import { appendAll } from '../util/arrays';

export interface AlignProgress {
  stage: 'indexing' | 'aligning' | 'grouping';
  done: number;
  total: number;
}

export interface AlignOptions {
  includeBoilerplate: boolean;
  tokenize?: WordTokenizer;
  onProgress?: (progress: AlignProgress) => void;
  /** Features kept by an earlier run with the same tokenizer: its passages are not tokenised again. */
  features?: FeatureMemo;
  /**
   * The search kept by the run `features` came from, when none of that run's documents changed
   * since (some may have been added): passages the addition cannot have changed keep their candidates.
   */
  search?: SearchMemo | null;
}

export interface Alignment {
  groups: AlignmentGroup[];
  /** This run's features, for the next run's `features`. */
  features: FeatureMemo;
  /** This run's search, for the next run's `search`. */
  search: SearchMemo;
  /** Passages (distinct texts) whose candidates were looked up in the index; the others kept theirs. */
  searched: number;
  /** Candidate pairs scored; the others stayed under the threshold by more than new weights can move them. */
  scored: number;
}

/**
 * The units that can be in a group, in order: a group holds two passages or more, so its nodes are
 * in a candidate pair (the only way two nodes join) or reprinted. The other passages, most of a
 * corpus, are not visited: grouping costs what the pairs and reprints hold, not the corpus.
 */
function groupableUnits(units: readonly AlignmentUnit[], nodes: readonly AlignmentNode[], pairs: readonly ScoredPair[]): number[] {
  const groupable = new Uint8Array(nodes.length);
  for (const pair of pairs) {
    groupable[pair.a] = 1;
    groupable[pair.b] = 1;
  }
  nodes.forEach((node, index) => {
    if (node.occurrences.length > 1) groupable[index] = 1;
  });
  const visited: number[] = [];
  units.forEach((unit, index) => {
    if (groupable[unit.node]) visited.push(index);
  });
  return visited;
}

/** Both passages occur only in one and the same document. */
function withinOneDocument(first: AlignmentNode, second: AlignmentNode): boolean {
  return first.soleDocument !== null && first.soleDocument === second.soleDocument;
}

/**
 * Groups of passages telling the same thing. `documents` holds each document's passages in
 * reading order, documents sorted by id; `texts` maps document id to its text.
 */
export function alignPassages(documents: readonly (readonly Passage[])[], texts: ReadonlyMap<string, string>, options: AlignOptions): AlignmentGroup[] {
  return alignPassagesKeepingFeatures(documents, texts, options).groups;
}

/** As alignPassages, with the features the next run can reuse. */
export function alignPassagesKeepingFeatures(documents: readonly (readonly Passage[])[], texts: ReadonlyMap<string, string>, options: AlignOptions): Alignment {
  const report = options.onProgress ?? (() => undefined);
  const total = documents.length;
  const corpus = collectCorpus(documents, options.includeBoilerplate, options.tokenize, options.features);
  const { units, nodes, weights } = corpus;
  const nodeAt = (node: number): AlignmentNode => nodes[node] as AlignmentNode;
  report({ stage: 'indexing', done: total, total });

  const overlaps = new OverlapMemo(options.search?.overlaps);
  const similarityCache = new Map<number, number>();
  const pairKey = (a: number, b: number): number => (a < b ? a * nodes.length + b : b * nodes.length + a);
  const similarity = (a: number, b: number): number => {
    const cacheKey = pairKey(a, b);
    let score = similarityCache.get(cacheKey);
    if (score === undefined) {
      score = passageSimilarity(nodeAt(a).features, nodeAt(b).features, weights, 0, overlaps.overlap);
      similarityCache.set(cacheKey, score);
    }
    return score;
  };

  const pairs: ScoredPair[] = [];
  const index = new CandidateIndex(nodes.length, weights);
  const kept = keptSearch(options.search, corpus, new Set(texts.keys()), options.includeBoilerplate);
  const candidatesByKey = new Map<string, KeptCandidates>();
  const headroom: Headroom = { ceiling: ALIGN_THRESHOLD, under: 0 };
  const retryHeadroom: Headroom = { ceiling: ALIGN_THRESHOLD, under: 0 };
  let searched = 0;
  let scored = 0;
  nodes.forEach((node, current) => {
    const keptCandidates = kept?.candidatesOf(current) ?? null;
    const ranked = keptCandidates ?? index.rankedFor(node.features.termSet);
    if (!keptCandidates) searched += 1;
    // Most passages have no candidate: they allocate nothing here.
    const headrooms = ranked.candidates.length === 0 ? NO_CANDIDATES.headroom : new Float64Array(ranked.candidates.length);
    ranked.candidates.forEach((other, rank) => {
      const earlier = keptCandidates?.headroom[rank] ?? -Infinity;
      const rise = earlier > 0 && kept ? kept.scoreRise(current, other) : Infinity;
      // Still under the threshold and the retry's floor whatever the new weights: no pair, as before.
      if (earlier > rise) {
        headrooms[rank] = earlier - rise;
        return;
      }
      headroom.ceiling = ALIGN_THRESHOLD;
      scored += 1;
      const score = passageSimilarity(node.features, nodeAt(other).features, weights, ALIGN_THRESHOLD, overlaps.overlap, headroom);
      // Scores under the threshold may be cheap estimates, so only exact ones are kept.
      if (score >= ALIGN_THRESHOLD) similarityCache.set(pairKey(other, current), score);
      const sameDocument = withinOneDocument(node, nodeAt(other));
      const threshold = sameDocument ? NEAR_DUPLICATE_THRESHOLD : requiredScore(node.features.terms.length, nodeAt(other).features.terms.length);
      let under = headroom.under;
      if (score >= threshold) pairs.push({ a: other, b: current, score, partial: false });
      else if (!sameDocument) {
        appendAll(pairs, oneToManyPairs(current, other, corpus, overlaps.overlap, retryHeadroom));
        under = Math.min(under, retryHeadroom.under);
      }
      headrooms[rank] = under;
    });
    // Most passages have no candidate and nothing near the floor: they share one memo entry.
    const alone = ranked.candidates.length === 0 && ranked.slack === Infinity;
    candidatesByKey.set(node.features.key, alone ? NO_CANDIDATES : { keys: ranked.candidates.map((other) => nodeAt(other).features.key), slack: ranked.slack, headroom: headrooms });
    index.add(current, node.features.termSet);
    if (node.document !== nodes[current + 1]?.document) report({ stage: 'aligning', done: node.document + 1, total });
  });

  const documentsOf = (node: number): string[] => [...new Set(nodeAt(node).occurrences.map((unit) => (units[unit] as AlignmentUnit).passage.doc))];
  const nodeOfUnit = (unit: number | null): number | null => (unit === null ? null : (units[unit] as AlignmentUnit).node);
  const adjacent = (a: number, b: number): boolean =>
    nodeAt(a).occurrences.some((unit) => nodeOfUnit((units[unit] as AlignmentUnit).next) === b || nodeOfUnit((units[unit] as AlignmentUnit).previous) === b);
  const clusters = clusterPairs({ nodeCount: nodes.length, pairs, similarity, documentsOf, adjacent });
  const isRepeat = (a: number, b: number): boolean => similarity(a, b) >= ALIGN_THRESHOLD;
  const groups = buildGroups(units, { clusters, isRepeat }, texts, groupableUnits(units, nodes, pairs));
  report({ stage: 'grouping', done: total, total });
  const search: SearchMemo = {
    includeBoilerplate: options.includeBoilerplate,
    documents: new Set(texts.keys()),
    weights,
    queryFloor: queryWeightFloor(nodes.length),
    candidates: candidatesByKey,
    overlaps: overlaps.used,
  };
  return { groups, features: corpus.kept, search, searched, scored };
}
