import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, measureHtml } from './html-budget';
import { blockText, readWebPage, type HtmlArticle } from './web-page-text';

function articleOf(html: string): HtmlArticle {
  const reading = readWebPage(html);
  if (!reading.ok) throw new Error(reading.reason);
  return reading.article;
}

const ARTICLE = `<!doctype html><html lang="fr"><head><title>Lavrov à Pékin | Newsroom</title>
<meta property="article:published_time" content="2024-04-09T10:00:00+08:00"><meta property="og:site_name" content="Newsroom">
<script>window.__ran = true;</script><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Lavrov à Pékin</h1>
<p>Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday for talks with Wang Yi, his
Chinese counterpart, the ministry said in a statement published on its website.</p>
<p>The two ministers were expected to discuss the war in Ukraine, the situation in the Asia-Pacific
region and preparations for a visit by President Vladimir Putin later in the year.</p>
<p>“Our relations are at their highest level in history,” Lavrov said at the start of the meeting,<br>according to a transcript.</p>
<img src="x" onerror="window.__ran = true">
</article><footer>© Newsroom</footer></body></html>`;

describe('readWebPage', () => {
  it('keeps the article paragraphs as blank-line separated text and drops scripts and styles', () => {
    const article = articleOf(ARTICLE);
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs.some((p) => p.startsWith('Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday for talks with Wang Yi, his Chinese'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('The two ministers'))).toBe(true);
    expect(article.text).toContain('at the start of the meeting,\naccording to a transcript.');
    expect(article.text).not.toMatch(/__ran|color:red/);
    expect(article.language).toBe('fr');
    expect(article.publishedTime).toBe('2024-04-09T10:00:00+08:00');
    expect(article.metadata).toMatchObject({ ogSiteName: 'Newsroom', siteName: 'Newsroom', canonical: null, ogUrl: null, articleAuthors: [] });
    expect(article.publishedTimeFrom).toBe('article:published_time');
    expect(article.title).toContain('Lavrov à Pékin');
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('falls back to the body text when there is no article', () => {
    const article = articleOf('<html><body><div>Short note.</div><div>Second line.</div></body></html>');
    expect(article.text).toBe('Short note.\n\nSecond line.');
    expect(article.title).toBeNull();
    expect(article.publishedTime).toBeNull();
  });
});

describe('blockText', () => {
  it('collapses inline whitespace but keeps the line breaks of preformatted text', () => {
    const root = parseHTML('<html><body><p>a   b\n c</p><pre>x\n  y</pre><ul><li>one</li><li>two</li></ul></body></html>').document.body as unknown as Element;
    expect(blockText(root)).toBe('a b c\n\nx\ny\n\none\n\ntwo');
  });
});

describe('web page budget', () => {
  const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}Deep text.${'</div>'.repeat(depth)}</body></html>`;

  it('reads a deeply nested page within the limit, and refuses one nested deeper, naming the limit', () => {
    expect(articleOf(nested(60)).text).toBe('Deep text.');
    expect(measureHtml(nested(MAX_HTML_DEPTH - 2))).toMatchObject({ ok: true, depth: MAX_HTML_DEPTH });
    expect(measureHtml(nested(MAX_HTML_DEPTH - 1))).toMatchObject({ ok: false });
    const refused = readWebPage(nested(40_000));
    expect(refused).toEqual({ ok: false, reason: expect.stringContaining('nests elements more than 256 deep; the limit is 256') });
  });

  it('refuses a page with more elements than the limit, and counts void and implied-closed elements as the DOM does', () => {
    const many = `<html><body>${'<p>One line.'.repeat(50)}</body></html>`;
    expect(measureHtml(many, { depth: 512, elements: 100 })).toEqual({ ok: true, elements: 52, depth: 3 });
    expect(measureHtml(many, { depth: 512, elements: 40 })).toEqual({ ok: false, reason: expect.stringContaining('more than 40 elements; the limit is 40') });
    expect(measureHtml('<html><body><p>a<br>b<img src=x><ul><li>c<li>d</ul></body></html>')).toEqual({ ok: true, elements: 8, depth: 4 });
  });
});
