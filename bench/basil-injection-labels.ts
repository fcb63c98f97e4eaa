// Hand labels of the injection bench's sites (basil-findings.ts). The bench picks a site by a proxy
// — another outlet states the same token in a sentence sharing three words with ours — and the proxy
// can set a weekday or a figure against another fact. Each site was read by hand, both sentences:
//   same  — the other outlet's mention states the same fact (one event's day, one amount, one person);
//   other — it states another fact (another event on that weekday, another amount of that size);
//   none  — the token is no fact to compare ("Fox News Sunday", "9/11", a clock time).
// basil-injection-labels.json holds only each site's key — story, kind, the changed span and its
// counterparts by document and offsets — and its label: never article text. A site whose key is not
// there (the site choice or the text reading changed) is listed as unlabelled, to be read again.
//   npx tsx bench/basil-findings.ts <path> --sites [number|weekday|surname]   (every site, for reading)
import { readFileSync } from 'node:fs';
import type { AnalysisDocument } from '../src/core/model/document';

export type SiteLabel = 'same' | 'other' | 'none';

export interface Span {
  doc: string;
  start: number;
  end: number;
}
export type InjectionKind = 'number' | 'weekday' | 'surname';
export interface Injection extends Span {
  kind: InjectionKind;
  replacement: string;
  /** Where the other outlets state the same token in a sentence like ours: the changed fact's counterparts. */
  counterparts: Span[];
}

const LABELS = new URL('./basil-injection-labels.json', import.meta.url);
const SITE_LABELS = new Set<string>(['same', 'other', 'none']);

export function readSiteLabels(): Map<string, SiteLabel> {
  const raw = JSON.parse(readFileSync(LABELS, 'utf8')) as { sites: Record<string, string> };
  const labels = new Map<string, SiteLabel>();
  for (const [key, label] of Object.entries(raw.sites)) {
    if (!SITE_LABELS.has(label)) throw new Error(`basil-injection-labels.json: site "${key}" has label "${label}"; expected same, other or none`);
    labels.set(key, label as SiteLabel);
  }
  return labels;
}

const place = (span: Span): string => `${span.doc}:${span.start}-${span.end}`;

/** Story (first 8 hex digits of its triplet id), kind, the changed span, then its counterparts in order. */
export function siteKey(story: string, injection: Injection): string {
  return [story.slice(0, 8), injection.kind, place(injection), ...injection.counterparts.map(place)].join(' ');
}

export function sentenceOf(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('\n', index)) + 1;
  const ends = ['. ', '\n'].map((mark) => text.indexOf(mark, index)).filter((end) => end >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}

/** A site for reading: its key, label, and the sentences of the changed token and its counterparts (printed, never stored). */
export function describeSite(key: string, label: SiteLabel | undefined, injection: Injection, docs: AnalysisDocument[]): string[] {
  const textOf = (id: string): string => docs.find((doc) => doc.id === id)!.text;
  const marked = (span: Span): string => {
    const sentence = sentenceOf(textOf(span.doc), span.start);
    const from = textOf(span.doc).indexOf(sentence, Math.max(0, span.start - sentence.length));
    const at = span.start - from;
    return `${sentence.slice(0, at)}[[${sentence.slice(at, at + span.end - span.start)}]]${sentence.slice(at + span.end - span.start)}`;
  };
  return [`${key}  [${label ?? '?'}]`, `    ${injection.doc}: ${marked(injection)}`, ...injection.counterparts.map((counterpart) => `    ${counterpart.doc}: ${marked(counterpart)}`)];
}
