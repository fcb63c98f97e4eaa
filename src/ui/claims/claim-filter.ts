import type { Claim, ClaimStatus } from '../../core/model/claims';

export interface ClaimFilter {
  status: ClaimStatus | 'all';
  /** A document id: claims with evidence in that source. */
  source: string | 'all';
  tag: string | 'all';
  /** Words to find in the statement, note, tags or quoted evidence (case-insensitive). */
  query: string;
}

export const NO_FILTER: ClaimFilter = { status: 'all', source: 'all', tag: 'all', query: '' };

export function isFiltering(filter: ClaimFilter): boolean {
  return filter.status !== 'all' || filter.source !== 'all' || filter.tag !== 'all' || filter.query.trim() !== '';
}

/** Per claim object: an edit makes a new object for the claim it changed, every other claim keeps its text here. */
const searchable = new WeakMap<Claim, string>();

function searchableText(claim: Claim): string {
  let text = searchable.get(claim);
  if (text === undefined) {
    text = [claim.statement, claim.note, ...claim.tags, ...claim.evidence.map((e) => e.quote.exact)].join('\n').toLowerCase();
    searchable.set(claim, text);
  }
  return text;
}

/** Claims passing every filter; every word of the query must occur somewhere in the claim. */
export function filterClaims(claims: readonly Claim[], filter: ClaimFilter): Claim[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return claims.filter((claim) => {
    if (filter.status !== 'all' && claim.status !== filter.status) return false;
    if (filter.source !== 'all' && !claim.evidence.some((e) => e.docId === filter.source)) return false;
    if (filter.tag !== 'all' && !claim.tags.includes(filter.tag)) return false;
    if (words.length === 0) return true;
    const text = searchableText(claim);
    return words.every((word) => text.includes(word));
  });
}

/** Every tag in use, sorted, for the tag filter. */
export function tagsInUse(claims: readonly Claim[]): string[] {
  const tags = new Set<string>();
  for (const claim of claims) for (const tag of claim.tags) tags.add(tag);
  return [...tags].sort((a, b) => a.localeCompare(b));
}
