import type { DocumentMeta } from '../../core/model/document';
import { shorten } from './claim-labels';

/** A short name for a source in tight spaces: a seed's number ("002"), else its shortened title. */
export function sourceLabel(doc: Pick<DocumentMeta, 'id' | 'title'>): string {
  const numbered = /^(\d{3})_/.exec(doc.id);
  return numbered ? numbered[1]! : shorten(doc.title, 28);
}

/** Short names of every source the library has held, removed ones included, so orphaned evidence still says where it came from. */
export function sourceNamesOf(docs: ReadonlyArray<Pick<DocumentMeta, 'id' | 'title'>>): ReadonlyMap<string, string> {
  return new Map(docs.map((doc) => [doc.id, sourceLabel(doc)]));
}
