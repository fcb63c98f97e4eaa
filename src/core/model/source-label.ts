// The one way a source is named wherever the app, the CLI or an export mentions it: outlet first,
// then a short title ("Fox News · Senate overrides Obama’s veto…"). Labels are made for a whole
// set of sources at once so that two sources that would read the same are told apart — by more
// of their titles, then their dates, then their web sites, then a number — and only those two.
// Never a generated id, slug or code.
import type { AnalysisResult } from './analysis';
import type { DocumentMeta } from './document';

export type NamedSource = Pick<DocumentMeta, 'id' | 'title' | 'outlet'> & Partial<Pick<DocumentMeta, 'published' | 'url'>>;

export const SHORT_TITLE_LENGTH = 40;
const SHORT_OUTLET_LENGTH = 32;
const SEPARATOR = ' · ';

/** `text` cut at a word boundary to at most `max` characters, with "…" when cut; a remark in parentheses that does not fit goes whole. */
export function shortenText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const aside = clean.indexOf(' (');
  if (aside > 2 && aside < max) return `${clean.slice(0, aside)}…`;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function compose(outlet: string, title: string): string {
  if (!outlet) return title || 'Untitled source';
  return title ? `${outlet}${SEPARATOR}${title}` : outlet;
}

/** The label of one source on its own (no other source to tell it from). */
export function sourceLabel(source: NamedSource, titleLength = SHORT_TITLE_LENGTH): string {
  return compose(shortenText(source.outlet, SHORT_OUTLET_LENGTH), shortenText(source.title, titleLength));
}

function host(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url);
  return match?.[1]?.toLowerCase().replace(/^www\./, '') ?? null;
}

/** Labels that more than one source would carry. */
function clashes(labels: ReadonlyMap<string, string>): Set<string> {
  const seen = new Map<string, number>();
  for (const label of labels.values()) seen.set(label, (seen.get(label) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([label]) => label));
}

/** Rewrites the labels of clashing sources with `next`; sources that already read apart keep theirs. */
function refine(labels: Map<string, string>, sources: readonly NamedSource[], next: (source: NamedSource, label: string) => string): void {
  const clashing = clashes(labels);
  if (clashing.size === 0) return;
  for (const source of sources) {
    const label = labels.get(source.id)!;
    if (clashing.has(label)) labels.set(source.id, next(source, label));
  }
}

/**
 * A label for every source, unique within the set: the short label where it is unambiguous,
 * otherwise the full title, then the publication date, then the web site, then "(2)", "(3)" in
 * the order given. Sources are matched by id.
 */
export function labelSources(sources: readonly NamedSource[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const source of sources) labels.set(source.id, sourceLabel(source));
  refine(labels, sources, (source) => compose(shortenText(source.outlet, SHORT_OUTLET_LENGTH), source.title.replace(/\s+/g, ' ').trim()));
  refine(labels, sources, (source, label) => (source.published ? `${label} (${source.published})` : label));
  refine(labels, sources, (source, label) => {
    const site = host(source.url);
    return site ? `${label} (${site})` : label;
  });
  const clashing = clashes(labels);
  const counts = new Map<string, number>();
  for (const source of sources) {
    const label = labels.get(source.id)!;
    if (!clashing.has(label)) continue;
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    if (count > 1) labels.set(source.id, `${label} (${count})`);
  }
  return labels;
}

/** The label of `id` in a set from labelSources, or a neutral word when the source is unknown. */
export function labelOf(labels: ReadonlyMap<string, string>, id: string): string {
  return labels.get(id) ?? 'an unknown source';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ID_CHARACTERS = /^[\w-]+$/;
const patterns = new WeakMap<ReadonlyMap<string, string>, RegExp>();

/**
 * One pass over a sentence finds every id: each run of word characters and hyphens is looked up
 * (seed, pasted and most file ids are such runs), and the rarer ids with other characters (a CLI
 * file "report v2.1") are tried first, longest first. A 5,000-source library costs one lookup per
 * word instead of one search per source.
 */
function idPattern(labels: ReadonlyMap<string, string>): RegExp {
  let pattern = patterns.get(labels);
  if (!pattern) {
    const others = [...labels.keys()].filter((id) => !ID_CHARACTERS.test(id)).sort((a, b) => b.length - a.length);
    const alternatives = others.map(escapeRegExp).join('|');
    pattern = new RegExp(alternatives ? `(?<![\\w-])(?:${alternatives})(?![\\w-])|[\\w-]+` : '[\\w-]+', 'g');
    patterns.set(labels, pattern);
  }
  return pattern;
}

/**
 * Writes every document id named in an engine's sentence (a finding's summary, a provenance
 * reason) as the source's label. The engine names sources by id so that its cached results stay
 * right when an outlet or title is edited.
 */
export function nameSources(sentence: string, labels: ReadonlyMap<string, string>): string {
  return sentence.replace(idPattern(labels), (token) => labels.get(token) ?? token);
}

/** An analysis result with its findings' summaries and provenance reasons naming sources by label. */
export function nameSourcesInResult(result: AnalysisResult, labels: ReadonlyMap<string, string>): AnalysisResult {
  return {
    ...result,
    groups: result.groups.map((group) => (group.provenance ? { ...group, provenance: { ...group.provenance, reason: nameSources(group.provenance.reason, labels) } } : group)),
    findings: result.findings.map((finding) => ({ ...finding, summary: nameSources(finding.summary, labels) })),
  };
}
