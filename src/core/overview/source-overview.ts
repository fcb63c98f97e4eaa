// What the Overview shows, computed once per analysis in O(passages) (the worker runs it), so the
// view is bounded by what is on screen, not by the corpus:
// 1. per source: its content length (page furniture left out), the share of it aligned with at
//    least one other source, and its links (for each group it is in, the other sources there);
// 2. the sources ranked most connected first (links, then aligned share, then id);
// 3. clusters: sources joined, transitively, by any group they share (union-find), largest first;
// 4. the heat map: the first sources of the clusters in that order (so it shows blocks of sources
//    that share text, not the top of unrelated stories side by side), then, while there is room,
//    the sources that share nothing (a story of a few articles shows all of them), pair by pair,
//    counting only their passages, so a passage reprinted by thousands costs at most
//    heatMapSize² per group.
// Shares are not symmetric: a short wire story inside a long feature is 100% aligned one way.
import type { AlignmentGroup, Passage } from '../model/analysis';
import { unionFind } from '../util/union-find';
import { ownValue } from '../util/id-record';

/** Beyond this many sources a sources × sources grid is unreadable; the rest are in clusters. */
export const HEAT_MAP_SOURCES = 30;

export interface SourceStanding {
  id: string;
  /** Aligned characters with any other source / content characters. */
  alignedShare: number;
  /** Over the groups the source is in: how many other sources each holds, summed. */
  links: number;
}

export interface OverlapMatrix {
  /** Document ids, in the order of rows and columns: cluster by cluster, most connected first. */
  docs: string[];
  /** share[row][column]: aligned characters of `row` with `column` / content characters of `row`. */
  share: number[][];
}

export interface SourceOverview {
  /** Every source, most connected first. */
  ranking: SourceStanding[];
  heatMap: OverlapMatrix;
  /** Sources that share text, each cluster ranked like `ranking`; clusters largest first, no singletons. */
  clusters: string[][];
  /** Sources that share no passage with any other. */
  unconnected: number;
}

interface Range {
  start: number;
  end: number;
}

/** Length covered by the ranges, overlaps counted once. */
export function coveredLength(ranges: readonly Range[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -Infinity;
  for (const { start, end } of sorted) {
    const from = Math.max(start, reach);
    if (end > from) total += end - from;
    reach = Math.max(reach, end);
  }
  return total;
}

function contentLength(passages: readonly Passage[] | undefined): number {
  return (passages ?? []).reduce((sum, passage) => (passage.boilerplate === null ? sum + passage.end - passage.start : sum), 0);
}

const share = (aligned: number, content: number): number => (content === 0 ? 0 : Math.min(1, aligned / content));

function heatMap(docs: string[], groups: readonly AlignmentGroup[], content: ReadonlyMap<string, number>): OverlapMatrix {
  const indexOf = new Map(docs.map((id, index) => [id, index]));
  const ranges = docs.map(() => new Map<number, Range[]>());
  for (const group of groups) {
    const shown = group.passages.filter((passage) => indexOf.has(passage.doc));
    for (const own of shown) {
      const row = indexOf.get(own.doc)!;
      for (const other of shown) {
        const column = indexOf.get(other.doc)!;
        if (column === row) continue;
        const list = ranges[row]!.get(column);
        if (list) list.push(own);
        else ranges[row]!.set(column, [own]);
      }
    }
  }
  return {
    docs,
    share: docs.map((doc, row) => docs.map((_, column) => (row === column ? 1 : share(coveredLength(ranges[row]!.get(column) ?? []), content.get(doc) ?? 0)))),
  };
}

export function summarizeSources(documentIds: readonly string[], passages: Readonly<Record<string, Passage[]>>, groups: readonly AlignmentGroup[], heatMapSize: number): SourceOverview {
  const indexOf = new Map(documentIds.map((id, index) => [id, index]));
  const content = new Map(documentIds.map((id) => [id, contentLength(ownValue(passages, id))]));
  const aligned = documentIds.map((): Range[] => []);
  const links = documentIds.map(() => 0);
  const { root, join } = unionFind(documentIds.length);
  for (const group of groups) {
    const members = [...new Set(group.passages.map((passage) => indexOf.get(passage.doc)).filter((index) => index !== undefined))];
    if (members.length < 2) continue;
    for (const member of members) {
      links[member]! += members.length - 1;
      join(members[0]!, member);
    }
    for (const passage of group.passages) {
      const index = indexOf.get(passage.doc);
      if (index !== undefined) aligned[index]!.push(passage);
    }
  }
  const standings = documentIds.map((id, index) => ({ id, alignedShare: share(coveredLength(aligned[index]!), content.get(id) ?? 0), links: links[index]! }));
  const order = standings.map((_, index) => index).sort((a, b) => standings[b]!.links - standings[a]!.links || standings[b]!.alignedShare - standings[a]!.alignedShare || (documentIds[a]! < documentIds[b]! ? -1 : 1));
  const clustersByRoot = new Map<number, string[]>();
  for (const index of order) {
    if (links[index] === 0) continue;
    const key = root(index);
    const cluster = clustersByRoot.get(key);
    if (cluster) cluster.push(documentIds[index]!);
    else clustersByRoot.set(key, [documentIds[index]!]);
  }
  // Stable: clusters of one size keep the order of their best-connected member.
  const clusters = [...clustersByRoot.values()].sort((a, b) => b.length - a.length);
  return {
    ranking: order.map((index) => standings[index]!),
    heatMap: heatMap([...clusters.flat(), ...order.filter((index) => links[index] === 0).map((index) => documentIds[index]!)].slice(0, heatMapSize), groups, content),
    clusters,
    unconnected: links.filter((count) => count === 0).length,
  };
}
