import type { DocumentMeta } from '../../core/model/document';
import { shorten } from './claim-labels';

/** A short name for a source in tight spaces: a seed's number ("002"), else its shortened title. */
export function sourceLabel(doc: Pick<DocumentMeta, 'id' | 'title'>): string {
  const numbered = /^(\d{3})_/.exec(doc.id);
  return numbered ? numbered[1]! : shorten(doc.title, 28);
}
