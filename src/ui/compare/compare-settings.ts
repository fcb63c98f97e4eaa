// The compare view's state lives in the route (#/compare?docs=a,b&base=a&ignore=case&view=variants&…) so a
// reload or a shared link shows the same comparison. Defaults are left out of the URL.
import type { WordDiffOptions } from '../../core/diff';

/** Page furniture: folded into one line per stretch (the default), shown in full, or hidden. */
export type FurnitureMode = 'fold' | 'show' | 'hide';

/** Side by side (2–4 sources) or the variants view's apparatus (2–50). */
export type CompareLayout = 'columns' | 'variants';

export interface CompareSettings {
  layout: CompareLayout;
  /** The source the others are diffed against when 3–4 are compared, and the variants view's base text. */
  base: string | null;
  diff: WordDiffOptions;
  /** Groups scoring below this are shown as unaligned passages. */
  minScore: number;
  /** Hide rows whose passages are identical. */
  differencesOnly: boolean;
  furniture: FurnitureMode;
  /** Align page furniture with other sources too (normally left out of alignment). */
  alignFurniture: boolean;
}

export const MAX_COLUMNS = 4;
export const MAX_VARIANT_SOURCES = 50;

const IGNORE_FLAGS = { case: 'ignoreCase', punct: 'ignorePunctuation', quotes: 'ignoreQuoteStyle' } as const satisfies Record<string, keyof WordDiffOptions>;
type IgnoreFlag = keyof typeof IGNORE_FLAGS;

export function parseCompareSettings(params: Readonly<Record<string, string>>): CompareSettings {
  const ignored = new Set((params.ignore ?? '').split(',').filter(Boolean));
  const minScore = Number(params.min);
  return {
    layout: params.view === 'variants' ? 'variants' : 'columns',
    base: params.base || null,
    diff: {
      ignoreCase: ignored.has('case'),
      ignorePunctuation: ignored.has('punct'),
      ignoreQuoteStyle: ignored.has('quotes'),
    },
    minScore: Number.isFinite(minScore) ? Math.min(1, Math.max(0, minScore)) : 0,
    differencesOnly: params.only === 'differences',
    furniture: params.furniture === 'hide' || params.furniture === 'show' ? params.furniture : 'fold',
    alignFurniture: params.align === 'furniture',
  };
}

export function compareParams(settings: CompareSettings): Record<string, string> {
  const params: Record<string, string> = {};
  if (settings.layout === 'variants') params.view = 'variants';
  if (settings.base) params.base = settings.base;
  const ignore = (Object.keys(IGNORE_FLAGS) as IgnoreFlag[]).filter((flag) => settings.diff[IGNORE_FLAGS[flag]]);
  if (ignore.length > 0) params.ignore = ignore.join(',');
  if (settings.minScore > 0) params.min = String(Math.round(settings.minScore * 100) / 100);
  if (settings.differencesOnly) params.only = 'differences';
  if (settings.furniture !== 'fold') params.furniture = settings.furniture;
  if (settings.alignFurniture) params.align = 'furniture';
  return params;
}

/** The base for diffs: the chosen one if it is among the columns, else the first column. */
export function effectiveBase(settings: CompareSettings, columns: readonly string[]): string | null {
  return settings.base && columns.includes(settings.base) ? settings.base : (columns[0] ?? null);
}

/** The sources a route names that are in the library, each once, as many as the layout shows. */
export function chosenSources(docs: readonly string[], known: (id: string) => boolean, layout: CompareLayout): string[] {
  return docs.filter((id, index) => id && docs.indexOf(id) === index && known(id)).slice(0, layout === 'variants' ? MAX_VARIANT_SOURCES : MAX_COLUMNS);
}

/** What normalising a reading means under the diff options: whitespace always, case, punctuation and quote style on request. */
export function readingKey(options: WordDiffOptions): (text: string) => string {
  return (text) => {
    let key = text.replace(/\s+/gu, ' ').trim();
    if (options.ignoreQuoteStyle) key = key.replace(/[‘’‚‛′`´]/gu, "'").replace(/[“”„‟″«»]/gu, '"');
    if (options.ignorePunctuation) key = key.replace(/[\p{P}\p{S}]+/gu, '').replace(/\s+/gu, ' ').trim();
    if (options.ignoreCase) key = key.toLowerCase();
    return key;
  };
}
