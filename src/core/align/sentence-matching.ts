// Counterparts for the compare view among sentences that passage alignment left alone: two
// outlets writing the same facts in their own words (issue 15).
// 1. each document's content sentences in reading order; the first is its headline when it
//    has no final stop, the first after that its lede;
// 2. candidate links from the shared sentence correspondence (pairSentences) scoring at least
//    MIN_MATCH_SCORE (two ledes: MIN_LEDE_SCORE), only between sentences the caller has not
//    aligned already;
// 3. two documents telling one story (MIN_STORY_LINKS links) have their headlines linked first,
//    even when they share no fact, since a headline is set against a headline;
// 4. each link weighted by its score, plus ROLE_BONUS when both sides are headlines or both
//    ledes, so a lede goes with the other lede rather than with a headline restating it;
// 5. links taken best first: a link joins two groups unless the result would hold two
//    sentences of one document, so each sentence has at most one counterpart per source.
import type { AlignmentGroup, Passage } from '../model/analysis';
import { unionFind } from '../util/union-find';
import { MIN_PAIR_SCORE, pairSentences } from './sentence-pairs';

/** Lowest link score kept here, above the correspondence's own floor (MIN_PAIR_SCORE): a row
 *  claims two sentences are counterparts, and between two articles on one topic (seeds 001 and
 *  002) the sentences that merely share its names and words score up to 0.34. */
export const MIN_MATCH_SCORE = 0.35;
/** Lowest score of a link between two ledes: each outlet's lede tells the event in its own words,
 *  and the shared correspondence's own floor (MIN_PAIR_SCORE) already asks for a shared fact. */
export const MIN_LEDE_SCORE = MIN_PAIR_SCORE;
/** Weight added to a link between two headlines or two ledes. */
export const ROLE_BONUS = 0.2;
/** Links two documents need before their headlines count as telling one story. */
export const MIN_STORY_LINKS = 2;
/** Score given to a headline pair linked by step 3 that shares too little for a link of its own. */
const STORY_HEADLINE_SCORE = 0.3;
/** Step 3's links outweigh every scored link (scores are at most 1). */
const STORY_HEADLINE_WEIGHT = 2;
const FINAL_STOP = /[.!?…][”"’')\]]*\s*$/u;

type Role = 'headline' | 'lede' | 'body';

export interface SentenceMatchOptions {
  /** Sentences already aligned elsewhere: never linked here. */
  aligned?: (passage: Passage) => boolean;
}

interface Candidate {
  left: Passage;
  right: Passage;
  score: number;
  weight: number;
}

function rolesOf(passages: readonly Passage[]): Map<Passage, Role> {
  const roles = new Map<Passage, Role>();
  const [first, second] = passages;
  if (!first) return roles;
  if (FINAL_STOP.test(first.text)) roles.set(first, 'lede');
  else {
    roles.set(first, 'headline');
    if (second) roles.set(second, 'lede');
  }
  return roles;
}

const keyOf = (passage: { doc: string; start: number }): string => `${passage.doc}\u0000${passage.start}`;

/**
 * Groups of sentences from different documents that state the same facts in other words, at
 * most one sentence per document in a group. `documents` holds each document's passages in
 * reading order; page furniture is left out.
 */
export function matchSentences(documents: readonly (readonly Passage[])[], options: SentenceMatchOptions = {}): AlignmentGroup[] {
  const aligned = options.aligned ?? (() => false);
  const content = documents.map((passages) => passages.filter((passage) => passage.boilerplate === null));
  const roles = new Map<Passage, Role>();
  for (const passages of content) for (const [passage, role] of rolesOf(passages)) roles.set(passage, role);
  const free = content.map((passages) => passages.filter((passage) => !aligned(passage)));
  const byKey = new Map(free.flat().map((passage) => [keyOf(passage), passage]));
  const roleOf = (passage: Passage): Role => roles.get(passage) ?? 'body';

  const candidates: Candidate[] = [];
  const storyLinks = new Map<string, number>();
  const docPair = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const pair of pairSentences(free, { minScore: MIN_LEDE_SCORE })) {
    const left = byKey.get(keyOf(pair.a));
    const right = byKey.get(keyOf(pair.b));
    if (!left || !right) continue;
    const sameRole = roleOf(left) !== 'body' && roleOf(left) === roleOf(right);
    if (pair.score < MIN_MATCH_SCORE && !(sameRole && roleOf(left) === 'lede')) continue;
    candidates.push({ left, right, score: pair.score, weight: pair.score + (sameRole ? ROLE_BONUS : 0) });
    if (roleOf(left) === 'body' || roleOf(right) === 'body') storyLinks.set(docPair(left.doc, right.doc), (storyLinks.get(docPair(left.doc, right.doc)) ?? 0) + 1);
  }

  const headlines = free.map((passages) => passages.find((passage) => roleOf(passage) === 'headline') ?? null);
  for (let i = 0; i < headlines.length; i += 1) {
    for (let j = i + 1; j < headlines.length; j += 1) {
      const [left, right] = [headlines[i], headlines[j]];
      if (!left || !right || (storyLinks.get(docPair(left.doc, right.doc)) ?? 0) < MIN_STORY_LINKS) continue;
      const scored = candidates.find((candidate) => (candidate.left === left && candidate.right === right) || (candidate.left === right && candidate.right === left));
      if (scored) scored.weight = STORY_HEADLINE_WEIGHT;
      else candidates.push({ left, right, score: STORY_HEADLINE_SCORE, weight: STORY_HEADLINE_WEIGHT });
    }
  }
  return groupLinks(candidates);
}

/** Step 5: best links first, never two sentences of one document in a group. */
function groupLinks(candidates: Candidate[]): AlignmentGroup[] {
  const passages = [...new Set(candidates.flatMap((candidate) => [candidate.left, candidate.right]))];
  const indexOf = new Map(passages.map((passage, index) => [passage, index]));
  const sets = unionFind(passages.length);
  const docsOf = new Map<number, Set<string>>(passages.map((passage, index) => [index, new Set([passage.doc])]));
  const scoresOf = new Map<number, number[]>();
  const ranked = [...candidates].sort((x, y) => y.weight - x.weight || x.left.start - y.left.start || x.right.start - y.right.start);
  for (const candidate of ranked) {
    const a = sets.root(indexOf.get(candidate.left)!);
    const b = sets.root(indexOf.get(candidate.right)!);
    if (a === b) continue;
    const docsA = docsOf.get(a)!;
    const docsB = docsOf.get(b)!;
    if ([...docsB].some((doc) => docsA.has(doc))) continue;
    sets.join(a, b);
    for (const doc of docsB) docsA.add(doc);
    scoresOf.set(a, [...(scoresOf.get(a) ?? []), ...(scoresOf.get(b) ?? []), candidate.score]);
  }
  const members = new Map<number, Passage[]>();
  passages.forEach((passage, index) => {
    const root = sets.root(index);
    members.set(root, [...(members.get(root) ?? []), passage]);
  });
  const groups: AlignmentGroup[] = [];
  for (const [root, group] of members) {
    if (group.length < 2) continue;
    const sorted = group.sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start));
    const scores = scoresOf.get(root) ?? [];
    const score = scores.reduce((sum, value) => sum + value, 0) / Math.max(1, scores.length);
    const first = sorted[0]!;
    groups.push({
      id: `s-${first.doc}-${first.start}`,
      kind: 'paraphrase',
      score,
      passages: sorted.map(({ doc, start, end, text }) => ({ doc, start, end, text })),
    });
  }
  return groups.sort((x, y) => x.id.localeCompare(y.id));
}
