// Proposes a document's URL, outlet and authors from what a web page says about itself, or a
// pasted text's first line; each proposal says where it was read, as date proposals do.
//   1. proposeFromPage    picks, per detail, the most explicit metadata the page has
//                         (canonical link over og:url; og:site_name over Readability's site name;
//                         article:author over Readability's byline)
//   2. splitAuthors       turns a byline ("By Ana Lima and Ben Okafor") into names
//   3. urlFromFirstLine   a web address alone on the first line becomes the URL and leaves the text
import type { ProposedField } from '../model/document';
import { checkHttpUrl } from './http-url';

export interface Proposal<T> {
  value: T;
  /** Where it was read, as the analyst may look it up in the page: "og:site_name", "link rel=canonical"… */
  from: string;
}

export interface ProposedDetails {
  url?: Proposal<string>;
  outlet?: Proposal<string>;
  authors?: Proposal<string[]>;
}

/** What a web page declares about itself, as written there (the data layer reads it from the HTML). */
export interface PageMetadata {
  /** href of <link rel="canonical">, possibly relative. */
  canonical: string | null;
  /** content of <meta property="og:url">. */
  ogUrl: string | null;
  /** content of <meta property="og:site_name">. */
  ogSiteName: string | null;
  /** content of every <meta property="article:author"> (names or profile URLs). */
  articleAuthors: string[];
  /** Readability's byline: JSON-LD author, a meta author, or the byline printed in the article. */
  byline: string | null;
  /** Readability's site name: JSON-LD publisher or og:site_name. */
  siteName: string | null;
}

const WHITESPACE = /\s+/g;
const MAX_NAME_LENGTH = 80;

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(WHITESPACE, ' ').trim();
}

/** An absolute http(s) URL from `href`, resolved against `base` when it is relative. */
function absoluteUrl(href: string, base: string | null): string | null {
  const direct = checkHttpUrl(href);
  if (direct.ok) return direct.url;
  if (base === null || /^[a-z][a-z0-9+.-]*:/i.test(href.trim())) return null;
  try {
    const resolved = checkHttpUrl(new URL(href.trim(), base).href);
    return resolved.ok ? resolved.url : null;
  } catch {
    return null;
  }
}

/** Names in a byline: "By Ana Lima, Ben Okafor and Chen Wei" → three names; "Reuters staff" stays one. */
export function splitAuthors(byline: string): string[] {
  const names = clean(byline)
    .replace(/^by\s+/i, '')
    .split(/\s*(?:[,;&|•·]|\band\b)\s*/i)
    .map((name) => name.replace(/^by\s+/i, '').trim())
    .filter((name) => name !== '' && name.length <= MAX_NAME_LENGTH && !/\d/.test(name) && !checkHttpUrl(name).ok);
  return [...new Set(names)];
}

function isWebAddress(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value.trim()) || /^www\./i.test(value.trim());
}

export function proposeFromPage(page: PageMetadata): ProposedDetails {
  const details: ProposedDetails = {};
  const ogUrl = page.ogUrl === null ? null : absoluteUrl(page.ogUrl, null);
  const canonical = page.canonical === null ? null : absoluteUrl(page.canonical, ogUrl);
  if (canonical !== null) details.url = { value: canonical, from: 'link rel=canonical' };
  else if (ogUrl !== null) details.url = { value: ogUrl, from: 'og:url' };

  const ogSiteName = clean(page.ogSiteName);
  const siteName = clean(page.siteName);
  if (ogSiteName) details.outlet = { value: ogSiteName, from: 'og:site_name' };
  else if (siteName) details.outlet = { value: siteName, from: 'site name (Readability, from the page’s structured data)' };

  const outlet = details.outlet?.value.toLowerCase();
  const notOutlet = (name: string) => name.toLowerCase() !== outlet;
  // article:author is often a profile URL (Facebook's convention); only names are proposed.
  const metaAuthors = page.articleAuthors.map(clean).filter((name) => name && !isWebAddress(name));
  const fromMeta = [...new Set(metaAuthors.flatMap(splitAuthors))].filter(notOutlet);
  const fromByline = splitAuthors(page.byline ?? '').filter(notOutlet);
  if (fromMeta.length > 0) details.authors = { value: fromMeta, from: 'article:author' };
  else if (fromByline.length > 0) details.authors = { value: fromByline, from: 'byline (Readability)' };
  return details;
}

export const FIRST_LINE_URL = 'first line of the text';

/**
 * A text whose first non-empty line is only a web address (as when an analyst pastes the address
 * bar, then the article): the address becomes the URL and is taken out of the text, so it is not
 * compared, searched or quoted as if the article said it.
 */
export function urlFromFirstLine(text: string): { url: Proposal<string>; text: string } | null {
  const match = /^\s*([^\s]+)[ \t]*(?:\n|$)/.exec(text);
  if (!match?.[1] || !/^https?:\/\//i.test(match[1])) return null;
  const checked = checkHttpUrl(match[1]);
  if (!checked.ok) return null;
  return { url: { value: checked.url, from: FIRST_LINE_URL }, text: text.slice(match[0].length).replace(/^\s*\n/, '') };
}

/** Where the saved value of each detail was read: kept only for details still holding their proposal. */
export function sourcesOfKept(proposals: ProposedDetails, saved: { url: string | null; outlet: string; authors: string[] }): Partial<Record<ProposedField, string>> {
  const kept: Partial<Record<ProposedField, string>> = {};
  if (proposals.url && proposals.url.value === saved.url) kept.url = proposals.url.from;
  if (proposals.outlet && proposals.outlet.value === saved.outlet) kept.outlet = proposals.outlet.from;
  if (proposals.authors && proposals.authors.value.join('\n') === saved.authors.join('\n')) kept.authors = proposals.authors.from;
  return kept;
}
