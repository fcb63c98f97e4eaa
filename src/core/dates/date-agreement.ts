// Whether the dates in one cluster agree, decided on their distinct readings. A wire story
// reprinted 1,000 times gives 1,000 mentions but a handful of readings ("2022", "2021-02"), so
// the pairwise tests run over readings and documents with the same readings count once.
import { datesCompatible } from './date-labels';
import type { DateMention } from './date-mentions';
import type { DateResolution } from './resolve-date';

type Interval = Extract<DateResolution, { kind: 'interval' }>;
export type ResolvedDate = DateMention & { resolution: Interval };

interface Readings {
  /** Distinct intervals, in order of first mention. */
  intervals: Interval[];
  /** Index into `intervals` of each mention. */
  readingOf: Map<ResolvedDate, number>;
  /** Whether readings i and j can both be right; computed once per pair. */
  compatible: (i: number, j: number) => boolean;
}

function readingsOf(mentions: readonly ResolvedDate[]): Readings {
  const indexByKey = new Map<string, number>();
  const intervals: Interval[] = [];
  const readingOf = new Map<ResolvedDate, number>();
  for (const mention of mentions) {
    const { start, end, granularity, approximate } = mention.resolution;
    const key = `${start}|${end}|${granularity}|${approximate}`;
    let index = indexByKey.get(key);
    if (index === undefined) {
      index = intervals.length;
      intervals.push(mention.resolution);
      indexByKey.set(key, index);
    }
    readingOf.set(mention, index);
  }
  const known = new Map<number, boolean>();
  const compatible = (i: number, j: number): boolean => {
    const key = i * intervals.length + j;
    let answer = known.get(key);
    if (answer === undefined) {
      answer = datesCompatible(intervals[i]!, intervals[j]!);
      known.set(key, answer);
    }
    return answer;
  };
  return { intervals, readingOf, compatible };
}

/**
 * Documents disagree when one states a date that nothing in another document allows; a document
 * that dates an event two ways does not disagree with its own copy.
 */
export function documentsDisagree(mentions: readonly ResolvedDate[]): boolean {
  const { readingOf, compatible } = readingsOf(mentions);
  const readingsPerDoc = new Map<string, Set<number>>();
  for (const mention of mentions) {
    const readings = readingsPerDoc.get(mention.doc) ?? new Set<number>();
    readings.add(readingOf.get(mention)!);
    readingsPerDoc.set(mention.doc, readings);
  }
  // Documents with the same readings answer alike: one entry each, with how many documents share it.
  const profiles = new Map<string, { readings: number[]; docs: number }>();
  for (const readings of readingsPerDoc.values()) {
    const sorted = [...readings].sort((a, b) => a - b);
    const key = sorted.join(',');
    const profile = profiles.get(key);
    if (profile) profile.docs += 1;
    else profiles.set(key, { readings: sorted, docs: 1 });
  }
  const list = [...profiles.values()];
  return list.some((a) =>
    list.some(
      (b) => (a !== b || a.docs > 1) && a.readings.some((reading) => b.readings.every((other) => !compatible(reading, other))),
    ),
  );
}

/** The mentions that agree with the one that agrees with most documents; the rest disagree. */
export function splitMajority(mentions: readonly ResolvedDate[]): { majority: ResolvedDate[]; outliers: ResolvedDate[] } {
  const { intervals, readingOf, compatible } = readingsOf(mentions);
  const docsOfReading = intervals.map(() => new Set<string>());
  for (const mention of mentions) docsOfReading[readingOf.get(mention)!]!.add(mention.doc);
  const all = intervals.map((_, index) => index);
  let best = new Set<number>();
  let bestDocs = 0;
  // Every interval agrees with itself (start ≤ end), so a reading always agrees with its anchor.
  for (const anchor of all) {
    const agreeing = all.filter((other) => other === anchor || compatible(anchor, other));
    const mutual = agreeing.filter((member) => agreeing.every((other) => compatible(member, other)));
    const docs = new Set(mutual.flatMap((reading) => [...docsOfReading[reading]!])).size;
    if (docs > bestDocs) {
      best = new Set(mutual);
      bestDocs = docs;
    }
  }
  const majority = mentions.filter((mention) => best.has(readingOf.get(mention)!));
  const outliers = mentions.filter((mention) => !best.has(readingOf.get(mention)!));
  return { majority, outliers };
}
