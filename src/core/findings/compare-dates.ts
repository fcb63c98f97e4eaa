// Dates of the same event compared across documents. Two date mentions are about the same event
// when the lexicon gives them the same invasion/anniversary and place, or when they share an
// event category (or have none) and enough nearby words — fewer when their passages are aligned.
import type { Finding, Mention } from '../model/analysis';
import { daysBetween, parseIsoDate } from './calendar';
import { clusterAcrossDocuments, documentsOf, groupBy, listSources, rarestWords, type AlignmentIndex, type ClusterRules } from './clusters';
import { documentsDisagree, splitMajority, type ResolvedDate } from './date-agreement';
import { dateValue, dateWords } from './date-labels';
import { makeFinding } from './finding-id';
import type { DateMention } from './mention-types';
import { jaccard } from './text-units';


/** Share of nearby words two unaligned mentions need to be taken as the same event. */
const SAME_EVENT_WORDS = 0.4;
/** Aligned passages already tell the same story, so less shared wording is needed. */
const SAME_EVENT_WORDS_ALIGNED = 0.2;

/** Words kept per date mention for blocking: two mentions must share one to be compared. */
const BLOCKING_WORDS = 3;

function isStrong(mention: DateMention): boolean {
  return mention.event.category === 'invasion' || mention.event.category === 'anniversary';
}

function sameEvent(groupA: readonly DateMention[], groupB: readonly DateMention[], alignment: AlignmentIndex): boolean {
  const a = groupA[0]!;
  const b = groupB[0]!;
  if (isStrong(a) || isStrong(b)) {
    return a.event.category === b.event.category && a.event.target !== null && a.event.target === b.event.target;
  }
  if (a.event.category !== b.event.category) return false;
  const aligned = alignment.aligned(groupA, groupB);
  // Aligned passages tell one story: the same expression in both ("Friday", "last week") dates the same thing.
  if (aligned && a.text.toLowerCase() === b.text.toLowerCase()) return true;
  const threshold = aligned ? SAME_EVENT_WORDS_ALIGNED : SAME_EVENT_WORDS;
  return jaccard(a.event.words, b.event.words) >= threshold;
}

function dateRules(mentions: DateMention[], alignment: AlignmentIndex): ClusterRules<DateMention> {
  const frequency = new Map<string, number>();
  for (const mention of mentions) for (const word of mention.event.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return {
    signature: (mention) =>
      [mention.text.toLowerCase(), JSON.stringify(mention.resolution), mention.event.category, mention.event.target, [...mention.event.words].sort().join(' ')].join('|'),
    blocks: (mention) => {
      if (isStrong(mention)) return [`event:${mention.event.category}:${mention.event.target}`];
      const category = mention.event.category ?? 'none';
      return [
        ...[...alignment.groupsOf(mention)].map((group) => `group:${group}`),
        ...rarestWords(mention.event.words, frequency, BLOCKING_WORDS).map((word) => `${category}:${word}`),
      ];
    },
    linked: (a, b) => sameEvent(a, b, alignment),
  };
}

function isResolved(mention: DateMention): mention is ResolvedDate {
  return mention.resolution.kind === 'interval';
}

function isRelative(mention: DateMention): boolean {
  return !/\d{4}/.test(mention.text);
}

/** “001 (“last year”, published 2023-07-13 → 2022)”, one entry per wording and reading, however many sources share it. */
function describe(mentions: ResolvedDate[], published: ReadonlyMap<string, string | null>, join: string): string {
  const readings = groupBy(mentions, (mention) => `${mention.text.toLowerCase()}|${published.get(mention.doc) ?? ''}|${dateValue(mention.resolution)}`);
  return [...readings.values()]
    .map((group) => {
      const [mention] = group as [ResolvedDate];
      const docs = listSources(documentsOf(group));
      if (!isRelative(mention)) return `${docs} (“${mention.text}”)`;
      return `${docs} (“${mention.text}”, published ${published.get(mention.doc) ?? 'undated'} → ${dateWords(mention.resolution)})`;
    })
    .join(join);
}

/** “002 says February 2021”, for sources that wrote the date out. */
function describeStated(mentions: ResolvedDate[], published: ReadonlyMap<string, string | null>): string {
  const relative = mentions.filter(isRelative);
  const stated = groupBy(mentions.filter((mention) => !isRelative(mention)), (mention) => dateValue(mention.resolution));
  const parts = [...stated.values()].map((group) => {
    const docs = documentsOf(group);
    return `${listSources(docs)} ${docs.length > 1 ? 'say' : 'says'} ${dateWords(group[0]!.resolution)}`;
  });
  if (relative.length > 0) parts.push(describe(relative, published, ' and '));
  return parts.join(' and ');
}

function toMention(mention: DateMention): Mention {
  const value = mention.resolution.kind === 'interval' ? dateValue(mention.resolution) : `unresolved: ${mention.resolution.message}`;
  return { doc: mention.doc, start: mention.start, end: mention.end, text: mention.text, value };
}

function lengthInDays(mention: ResolvedDate): number {
  return daysBetween(parseIsoDate(mention.resolution.start)!, parseIsoDate(mention.resolution.end)!);
}

/** The least precise agreeing date, which states what they all agree on ("2022"). */
function widest(mentions: ResolvedDate[]): ResolvedDate {
  return mentions.reduce((best, mention) => (lengthInDays(mention) > lengthInDays(best) ? mention : best));
}

function summarise(label: string, resolved: ResolvedDate[], unresolved: DateMention[], published: ReadonlyMap<string, string | null>): { verdict: Finding['verdict']; summary: string } {
  const undated = unresolved.length > 0 ? `; ${listSources(documentsOf(unresolved))} cannot be placed (no publication date)` : '';
  if (!documentsDisagree(resolved)) {
    const values = new Set(resolved.map((mention) => dateValue(mention.resolution)));
    const list = describe(resolved, published, ', ');
    if (values.size === 1) return { verdict: 'consistent', summary: `${label}: ${list} agree on ${dateWords(resolved[0]!.resolution)}${undated}` };
    return { verdict: 'variant', summary: `${label}: ${list} are compatible but differently precise${undated}` };
  }
  const { majority, outliers } = splitMajority(resolved);
  const outlierText = describeStated(outliers, published);
  const majorityText = describe(majority, published, ' and ');
  const verb = documentsOf(majority).length > 1 ? 'put' : 'puts';
  return { verdict: 'discrepant', summary: `${label}: ${outlierText}, but ${majorityText} ${verb} it in ${dateWords({ ...widest(majority).resolution, approximate: false })}${undated}` };
}

export function compareDates(mentions: DateMention[], alignment: AlignmentIndex, published: ReadonlyMap<string, string | null>): Finding[] {
  const comparable = mentions.filter((mention) => mention.resolution.kind === 'interval' || mention.resolution.reason === 'undated-document');
  const findings: Finding[] = [];
  for (const cluster of clusterAcrossDocuments(comparable, dateRules(comparable, alignment))) {
    const resolved = cluster.filter(isResolved);
    if (documentsOf(resolved).length < 2) continue;
    const unresolved = cluster.filter((mention) => !isResolved(mention));
    const label = cluster.find((mention) => mention.event.category === 'invasion')?.event.label ?? cluster[0]!.event.label;
    const { verdict, summary } = summarise(label, resolved, unresolved, published);
    findings.push(makeFinding('date', verdict, summary, cluster.map(toMention)));
  }
  return findings;
}
