// Alignment of passages across documents:
// 1. units: every content passage (boilerplate too when asked), in doc-id then offset order;
// 2. nodes: units with the same comparison key collapse into one node, so a passage reprinted
//    sixty times is scored once;
// 3. term weights (IDF) over nodes; candidates from the capped inverted index;
// 4. scoring, with a one-to-many retry joining the shorter side's neighbour;
// 5. guarded clustering, then groups built from every occurrence of every clustered node.
import type { AlignmentGroup, Passage } from '../model/analysis';
import type { WordTokenizer } from '../text/tokenize';
import { CandidateIndex } from './candidate-index';
import { clusterPairs, type ScoredPair } from './cluster';
import { comparisonKey, concatFeatures, extractFeatures, TermVocabulary, type PassageFeatures } from './features';
import { buildGroups, NEAR_DUPLICATE_THRESHOLD } from './build-groups';
import { passageSimilarity, type TermWeights } from './similarity';

/** Passages this alike tell the same thing; calibrated on the seeds' translated pair 000/001.
 *  Inside one document only near-duplicates count: a headline always paraphrases its lead. */
export const ALIGN_THRESHOLD = 0.43;
/** Short passages share a topic by chance more easily, so they need more evidence… */
export const SHORT_PASSAGE_TERMS = 8;
/** …up to this much more score, in proportion to how many terms they lack. */
export const SHORT_PASSAGE_PENALTY = 0.2;
/** Passages with fewer content terms ("Wang said.") match everything on the same topic. */
export const MIN_CONTENT_TERMS = 3;
/** Length ratio from which the longer passage may be the shorter plus its neighbour. */
export const ONE_TO_MANY_RATIO = 1.5;
/** The joined pair must beat the neighbour alone by this much, or the short side adds nothing. */
export const ONE_TO_MANY_GAIN = 0.05;
/** The short side alone must already resemble the whole this much to be half of it. */
export const ONE_TO_MANY_PART_FLOOR = 0.25;

export interface AlignProgress {
  stage: 'indexing' | 'aligning' | 'grouping';
  done: number;
  total: number;
}

export interface AlignOptions {
  includeBoilerplate: boolean;
  tokenize?: WordTokenizer;
  onProgress?: (progress: AlignProgress) => void;
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

const TOO_SHORT = -1;

interface Unit {
  passage: Passage;
  node: number;
  previous: number | null;
  next: number | null;
}

function collectUnits(documents: readonly (readonly Passage[])[], options: AlignOptions): { units: Unit[]; nodes: AlignmentNode[] } {
  const vocabulary = new TermVocabulary();
  const units: Unit[] = [];
  const nodes: AlignmentNode[] = [];
  const nodeByKey = new Map<string, number>();
  documents.forEach((passages, document) => {
    let previous: number | null = null;
    for (const passage of passages) {
      if (passage.boilerplate && !options.includeBoilerplate) continue;
      const tokens = comparisonKey(passage.text, options.tokenize);
      const key = tokens.join(' ');
      let node = nodeByKey.get(key);
      if (node === undefined) {
        const features = extractFeatures(tokens, vocabulary);
        node = features.terms.length < MIN_CONTENT_TERMS ? TOO_SHORT : nodes.length;
        nodeByKey.set(key, node);
        if (node !== TOO_SHORT) nodes.push({ features, occurrences: [], document, soleDocument: passage.doc });
      }
      if (node === TOO_SHORT) continue;
      const entry = nodes[node] as AlignmentNode;
      if (entry.soleDocument !== passage.doc) entry.soleDocument = null;
      const unit = units.length;
      entry.occurrences.push(unit);
      units.push({ passage, node, previous, next: null });
      if (previous !== null) (units[previous] as Unit).next = unit;
      previous = unit;
    }
  });
  return { units, nodes };
}

function inverseDocumentFrequencies(nodes: readonly AlignmentNode[]): TermWeights {
  let vocabularySize = 0;
  for (const node of nodes) for (const term of node.features.termSet) vocabularySize = Math.max(vocabularySize, term + 1);
  const frequencies = new Float64Array(vocabularySize);
  for (const node of nodes) for (const term of node.features.termSet) frequencies[term] = (frequencies[term] ?? 0) + 1;
  return frequencies.map((frequency) => Math.log(1 + nodes.length / Math.max(frequency, 1)));
}

/**
 * Groups of passages telling the same thing. `documents` holds each document's passages in
 * reading order, documents sorted by id; `texts` maps document id to its text.
 */
export function alignPassages(documents: readonly (readonly Passage[])[], texts: ReadonlyMap<string, string>, options: AlignOptions): AlignmentGroup[] {
  const report = options.onProgress ?? (() => undefined);
  const total = documents.length;
  const { units, nodes } = collectUnits(documents, options);
  const weights = inverseDocumentFrequencies(nodes);
  report({ stage: 'indexing', done: total, total });

  const similarityCache = new Map<number, number>();
  const pairKey = (a: number, b: number): number => (a < b ? a * nodes.length + b : b * nodes.length + a);
  const similarity = (a: number, b: number): number => {
    const cacheKey = pairKey(a, b);
    let score = similarityCache.get(cacheKey);
    if (score === undefined) {
      score = passageSimilarity((nodes[a] as AlignmentNode).features, (nodes[b] as AlignmentNode).features, weights);
      similarityCache.set(cacheKey, score);
    }
    return score;
  };

  const pairs: ScoredPair[] = [];
  const index = new CandidateIndex(nodes.length, weights);
  nodes.forEach((node, current) => {
    for (const other of index.candidatesFor(node.features.termSet)) {
      const score = passageSimilarity(node.features, (nodes[other] as AlignmentNode).features, weights, ALIGN_THRESHOLD);
      // Scores under the threshold may be cheap estimates, so only exact ones are kept.
      if (score >= ALIGN_THRESHOLD) similarityCache.set(pairKey(other, current), score);
      const threshold = withinOneDocument(node, nodes[other] as AlignmentNode) ? NEAR_DUPLICATE_THRESHOLD : requiredScore(node, nodes[other] as AlignmentNode);
      if (score >= threshold) pairs.push({ a: other, b: current, score, partial: false });
      else if (!withinOneDocument(node, nodes[other] as AlignmentNode)) pairs.push(...oneToManyPairs(current, other, { nodes, units, weights }));
    }
    index.add(current, node.features.termSet);
    if (node.document !== nodes[current + 1]?.document) report({ stage: 'aligning', done: node.document + 1, total });
  });

  const documentsOf = (node: number): string[] => [...new Set((nodes[node] as AlignmentNode).occurrences.map((unit) => (units[unit] as Unit).passage.doc))];
  const neighbours = new Set<number>();
  for (const unit of units) {
    const next = unit.next === null ? undefined : units[unit.next];
    if (next) neighbours.add(pairKey(unit.node, next.node));
  }
  const adjacent = (a: number, b: number): boolean => neighbours.has(pairKey(a, b));
  const clusters = clusterPairs({ nodeCount: nodes.length, pairs, similarity, documentsOf, adjacent });
  const isRepeat = (a: number, b: number): boolean => similarity(a, b) >= ALIGN_THRESHOLD;
  const groups = buildGroups(units, { nodeCount: nodes.length, clusters, isRepeat }, texts);
  report({ stage: 'grouping', done: total, total });
  return groups;
}

function requiredScore(first: AlignmentNode, second: AlignmentNode): number {
  const shorter = Math.min(first.features.terms.length, second.features.terms.length);
  return ALIGN_THRESHOLD + (SHORT_PASSAGE_PENALTY * Math.max(0, SHORT_PASSAGE_TERMS - shorter)) / SHORT_PASSAGE_TERMS;
}

/** Both passages occur only in one and the same document. */
function withinOneDocument(first: AlignmentNode, second: AlignmentNode): boolean {
  return first.soleDocument !== null && first.soleDocument === second.soleDocument;
}

interface Corpus {
  nodes: readonly AlignmentNode[];
  units: readonly Unit[];
  weights: TermWeights;
}

/**
 * When one side is much longer, it may be the other side plus the passage next to it (one
 * source splits a sentence another keeps whole): score the longer against the pair joined.
 */
function oneToManyPairs(first: number, second: number, corpus: Corpus): ScoredPair[] {
  const lengthOf = (node: number): number => (corpus.nodes[node] as AlignmentNode).features.terms.length;
  const [whole, part] = lengthOf(first) >= lengthOf(second) ? [first, second] : [second, first];
  if (lengthOf(whole) < ONE_TO_MANY_RATIO * lengthOf(part)) return [];
  const partUnit = corpus.units[(corpus.nodes[part] as AlignmentNode).occurrences[0] as number] as Unit;
  const wholeFeatures = (corpus.nodes[whole] as AlignmentNode).features;
  if (passageSimilarity(wholeFeatures, (corpus.nodes[part] as AlignmentNode).features, corpus.weights) < ONE_TO_MANY_PART_FLOOR) return [];
  let best: ScoredPair[] = [];
  let bestScore = ALIGN_THRESHOLD;
  for (const [before, after] of [
    [partUnit.previous, part],
    [part, partUnit.next],
  ] as const) {
    if (before === null || after === null) continue;
    const beforeNode = before === part ? part : (corpus.units[before] as Unit).node;
    const afterNode = after === part ? part : (corpus.units[after] as Unit).node;
    if (beforeNode === whole || afterNode === whole || beforeNode === afterNode) continue;
    const neighbour = beforeNode === part ? afterNode : beforeNode;
    const neighbourAlone = passageSimilarity(wholeFeatures, (corpus.nodes[neighbour] as AlignmentNode).features, corpus.weights);
    const joined = concatFeatures((corpus.nodes[beforeNode] as AlignmentNode).features, (corpus.nodes[afterNode] as AlignmentNode).features);
    const score = passageSimilarity(wholeFeatures, joined, corpus.weights, bestScore);
    if (score >= bestScore && score >= neighbourAlone + ONE_TO_MANY_GAIN) {
      bestScore = score;
      best = [beforeNode, afterNode].map((node) => ({ a: Math.min(whole, node), b: Math.max(whole, node), score, partial: true }));
    }
  }
  return best;
}
