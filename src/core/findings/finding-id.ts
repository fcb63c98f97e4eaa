// Findings get ids derived from what they are (kind and the spans they cite), so the same
// corpus always yields the same ids and a claim accepted from a finding can find it again.
import type { Finding, FindingKind, FindingReason, FindingVerdict, Mention } from '../model/analysis';
import { confidenceOf } from './confidence';
import { stancesOf } from './stances';

/** A mention as a comparison gives it: the stance is decided with the verdict, in makeFinding. */
export type ComparedMention = Omit<Mention, 'stance'>;

/** FNV-1a, 32 bits: synchronous (crypto.subtle is not) and stable across platforms. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function compareMentions(a: { doc: string; start: number; end: number }, b: { doc: string; start: number; end: number }): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end;
}

export function findingId(kind: FindingKind, mentions: ReadonlyArray<{ doc: string; start: number; end: number }>): string {
  const spans = [...mentions].sort(compareMentions).map((mention) => `${mention.doc}:${mention.start}-${mention.end}`).join('|');
  const key = `${kind}|${spans}`;
  const hash = fnv1a(key, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(key, 0x9747b28c).toString(16).padStart(8, '0');
  return `${kind}-${hash}`;
}

export interface FindingAbout {
  kind: FindingKind;
  verdict: FindingVerdict;
  subject: string;
  reason: FindingReason;
  summary: string;
}

/** A finding with its mentions in document order, each with its stance, and its id derived from them. */
export function makeFinding(about: FindingAbout, mentions: ComparedMention[]): Finding {
  const unique = new Map(mentions.map((mention) => [`${mention.doc}:${mention.start}:${mention.end}`, mention]));
  const sorted = [...unique.values()].sort(compareMentions);
  const stances = stancesOf(about.verdict, sorted);
  const withStances = sorted.map((mention, index) => ({ ...mention, stance: stances[index]! }));
  return {
    id: findingId(about.kind, sorted),
    kind: about.kind,
    verdict: about.verdict,
    subject: about.subject,
    reason: about.reason,
    confidence: confidenceOf(about.reason),
    summary: about.summary,
    mentions: withStances,
  };
}
