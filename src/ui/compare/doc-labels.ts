import type { DocumentMeta } from '../../core/model/document';

/** A short label for tight headers: the id up to its first "_" ("000_900e…" → "000"), else 8 characters. */
export function abbreviateId(id: string): string {
  const head = id.split('_', 1)[0]!;
  return head.length > 0 && head.length <= 8 ? head : id.slice(0, 8);
}

export function shortTitle(doc: Pick<DocumentMeta, 'id' | 'title'>): string {
  return `${abbreviateId(doc.id)} ${doc.title}`;
}
