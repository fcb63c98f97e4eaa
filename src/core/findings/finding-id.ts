// Findings get ids derived from what they are (kind and the spans they cite), so the same
// corpus always yields the same ids and a claim accepted from a finding can find it again.
import type { Finding, FindingKind, FindingVerdict, Mention } from '../model/analysis';

/** FNV-1a, 32 bits: synchronous (crypto.subtle is not) and stable across platforms. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function compareMentions(a: Mention, b: Mention): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end;
}

export function findingId(kind: FindingKind, mentions: Mention[]): string {
  const spans = [...mentions].sort(compareMentions).map((mention) => `${mention.doc}:${mention.start}-${mention.end}`).join('|');
  const key = `${kind}|${spans}`;
  const hash = fnv1a(key, 0x811c9dc5).toString(16).padStart(8, '0') + fnv1a(key, 0x9747b28c).toString(16).padStart(8, '0');
  return `${kind}-${hash}`;
}

/** A finding with its mentions in document order and its id derived from them. */
export function makeFinding(kind: FindingKind, verdict: FindingVerdict, summary: string, mentions: Mention[]): Finding {
  const unique = new Map(mentions.map((mention) => [`${mention.doc}:${mention.start}:${mention.end}`, mention]));
  const sorted = [...unique.values()].sort(compareMentions);
  return { id: findingId(kind, sorted), kind, verdict, summary, mentions: sorted };
}
