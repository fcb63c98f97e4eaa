import type { DocumentMeta } from '../../core/model/document';

/** Longest abbreviation built from a slug's words; headers of a 30-column heat map must stay narrow. */
const MAX_ABBREVIATION = 6;

/**
 * A short label for tight headers. Seed ids keep their number ("000_900e…" → "000"); slug ids
 * ("generated-report-12-1a2b3c4d") become word initials with numbers kept ("gr12"), hash dropped.
 */
export function abbreviateId(id: string): string {
  const head = id.split('_', 1)[0]!;
  if (id.includes('_') && head.length > 0 && head.length <= 8) return head;
  const words = id.split('-').filter(Boolean);
  if (words.length < 2) return id.slice(0, 8);
  const initials = words
    .slice(0, -1)
    .map((word) => (/^\d+$/.test(word) ? word : word[0]!))
    .join('');
  return initials.slice(0, MAX_ABBREVIATION) || id.slice(0, 8);
}

export function shortTitle(doc: Pick<DocumentMeta, 'id' | 'title'>): string {
  return `${abbreviateId(doc.id)} ${doc.title}`;
}
