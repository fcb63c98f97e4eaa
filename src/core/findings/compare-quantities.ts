// Figures compared across documents: the same unit counted in the same context ("18 countries"
// and "18-nation" in aligned passages about one meeting).
import type { Finding, Mention } from '../model/analysis';
import { clusterAcrossDocuments, documentsOf, groupBy, listSources, rarestWords, type AlignmentIndex, type ClusterRules } from './clusters';
import { makeFinding } from './finding-id';
import type { QuantityMention } from './mention-types';
import { jaccard } from './text-units';

/** Share of sentence words two unaligned figures need to be counting the same thing. */
const SAME_THING_WORDS = 0.3;
/** Aligned passages tell the same story; a little shared wording is enough. */
const SAME_THING_WORDS_ALIGNED = 0.1;
/** Figures within this relative distance are a rounding, not a contradiction. */
const ROUNDING_TOLERANCE = 0.1;

/** Context words kept per figure for blocking. */
const BLOCKING_WORDS = 3;

function sameThing(groupA: readonly QuantityMention[], groupB: readonly QuantityMention[], alignment: AlignmentIndex): boolean {
  const a = groupA[0]!;
  const b = groupB[0]!;
  if (a.unit !== b.unit) return false;
  const threshold = alignment.aligned(groupA, groupB) ? SAME_THING_WORDS_ALIGNED : SAME_THING_WORDS;
  return jaccard(a.context, b.context) >= threshold;
}

function quantityRules(mentions: QuantityMention[], alignment: AlignmentIndex): ClusterRules<QuantityMention> {
  const frequency = new Map<string, number>();
  for (const mention of mentions) for (const word of mention.context) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return {
    signature: (mention) => [mention.unit, mention.amount, [...mention.context].sort().join(' ')].join('|'),
    blocks: (mention) => [
      ...[...alignment.groupsOf(mention)].map((group) => `${mention.unit}:group:${group}`),
      ...rarestWords(mention.context, frequency, BLOCKING_WORDS).map((word) => `${mention.unit}:${word}`),
    ],
    linked: (a, b) => sameThing(a, b, alignment),
  };
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= ROUNDING_TOLERANCE * Math.max(a, b);
}

/** Each document's distinct figures, sorted, keyed by how they are written ("18,20"). */
function figuresByDocument(mentions: QuantityMention[]): Map<string, number[]> {
  const amounts = new Map<string, Set<number>>();
  for (const mention of mentions) amounts.set(mention.doc, (amounts.get(mention.doc) ?? new Set<number>()).add(mention.amount));
  return new Map([...amounts].map(([doc, figures]) => [doc, [...figures].sort((a, b) => a - b)]));
}

/**
 * Documents disagree when one gives a figure no figure of another comes close to; a copy never
 * does. Documents giving the same figures answer alike, so each set of figures is tested once.
 */
function documentsDisagree(figures: ReadonlyMap<string, number[]>): boolean {
  const profiles = new Map<string, { amounts: number[]; docs: number }>();
  for (const amounts of figures.values()) {
    const key = amounts.join(',');
    const profile = profiles.get(key);
    if (profile) profile.docs += 1;
    else profiles.set(key, { amounts, docs: 1 });
  }
  const list = [...profiles.values()];
  return list.some((a) => list.some((b) => (a !== b || a.docs > 1) && a.amounts.some((amount) => b.amounts.every((other) => !close(amount, other)))));
}

function value(mention: QuantityMention): string {
  return `${mention.amount} ${mention.unit}`;
}

function toMention(mention: QuantityMention): Mention {
  return { doc: mention.doc, start: mention.start, end: mention.end, text: mention.text, value: value(mention) };
}

export function compareQuantities(mentions: QuantityMention[], alignment: AlignmentIndex): Finding[] {
  const findings: Finding[] = [];
  for (const cluster of clusterAcrossDocuments(mentions, quantityRules(mentions, alignment))) {
    if (documentsOf(cluster).length < 2) continue;
    const amounts = cluster.map((mention) => mention.amount);
    const low = Math.min(...amounts);
    const high = Math.max(...amounts);
    const listed = [...groupBy(cluster, (mention) => mention.text).values()]
      .map((group) => `${listSources(documentsOf(group))} “${group[0]!.text}”`)
      .join(', ');
    const unit = cluster[0]!.unit;
    const figures = figuresByDocument(cluster);
    const amountsPerDoc = new Set([...figures.values()].map((amounts) => amounts.join(',')));
    let verdict: Finding['verdict'];
    let summary: string;
    if (documentsDisagree(figures)) {
      verdict = 'discrepant';
      summary = `Number of ${unit}: ${listed} cannot all be right (${low} vs ${high})`;
    } else if (amountsPerDoc.size === 1) {
      verdict = 'consistent';
      summary = `Number of ${unit}: ${listed} agree${low === high ? ` (${low})` : ''}`;
    } else {
      verdict = 'variant';
      summary = `Number of ${unit}: ${listed} differ by rounding (${low}–${high})`;
    }
    findings.push(makeFinding('number', verdict, summary, cluster.map(toMention)));
  }
  return findings;
}
