// Web pages become article text in the web-page worker (web-page.worker.ts), off the main thread:
// 1. measureHtml refuses a page too large or too deeply nested for a DOM (html-budget.ts);
// 2. linkedom builds the page as a DOM that is no browser's: no script runs, nothing loads;
// 3. Readability picks the article; when it finds none, the page's body text is used;
// 4. blockText turns it into text, block elements becoming paragraph breaks;
// 5. the page's metadata (date, address, site, authors) is read for the details to propose.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageMetadata } from '../core/ingest';
import { measureHtml } from './html-budget';

export interface HtmlArticle {
  title: string | null;
  text: string;
  /** From <html lang>, when the page declares one. */
  language: string | null;
  /** The publication time the page declares in its metadata, as written there. */
  publishedTime: string | null;
  /** Which metadata the publication time was read from. */
  publishedTimeFrom: string;
  /** What the page declares about its address, site and authors. */
  metadata: PageMetadata;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'HEAD', 'BUTTON', 'SELECT']);

// Node.TEXT_NODE and Node.ELEMENT_NODE: a worker has no global Node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The visible text of an element, one paragraph per block element, separated by blank lines. */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (block) blocks.push(block);
    current = '';
  };
  const walk = (node: Node, preformatted: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      current += preformatted ? value : value.replace(/[ \t\n\r\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (tag === 'TD' || tag === 'TH') current += ' ';
    for (const child of Array.from(element.childNodes)) walk(child, preformatted || tag === 'PRE');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks.join('\n\n');
}

/** A web page's article, or why it was not read (the reason, without the file's name). */
export type WebPageReading = { ok: true; article: HtmlArticle } | { ok: false; reason: string };

function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function readWebPage(html: string): WebPageReading {
  const measure = measureHtml(html);
  if (!measure.ok) return measure;
  const page = parsePage(html);
  const language = page.documentElement.getAttribute('lang')?.trim() || null;
  const pageTitle = page.title.replace(/\s+/g, ' ').trim() || null;
  const article = new Readability(page.cloneNode(true) as Document).parse();
  let text = '';
  if (article?.content) text = blockText(parsePage(`<!doctype html><html><body>${article.content}</body></html>`).body);
  if (!text.trim() && page.body) text = blockText(page.body);
  const title = article?.title?.replace(/\s+/g, ' ').trim() || pageTitle;
  const meta = (property: string) => page.querySelector(`meta[property="${property}"]`)?.getAttribute('content')?.trim() || null;
  const articlePublished = meta('article:published_time');
  const publishedTime = article?.publishedTime?.trim() || articlePublished;
  const publishedTimeFrom = publishedTime === articlePublished ? 'article:published_time' : 'page metadata (Readability)';
  const metadata: PageMetadata = {
    canonical: page.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? null,
    ogUrl: meta('og:url'),
    ogSiteName: meta('og:site_name'),
    articleAuthors: Array.from(page.querySelectorAll('meta[property="article:author"][content]'), (element) => element.getAttribute('content') ?? ''),
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
  };
  return { ok: true, article: { title, text, language, publishedTime, publishedTimeFrom, metadata } };
}
