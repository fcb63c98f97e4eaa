// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockText, htmlToArticleText } from './html-to-text';

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

describe('htmlToArticleText', () => {
  it('keeps the article paragraphs as blank-line separated text and drops scripts and styles', () => {
    const article = htmlToArticleText(ARTICLE);
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
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('falls back to the body text when there is no article', () => {
    const article = htmlToArticleText('<html><body><div>Short note.</div><div>Second line.</div></body></html>');
    expect(article.text).toBe('Short note.\n\nSecond line.');
    expect(article.title).toBeNull();
    expect(article.publishedTime).toBeNull();
  });
});

describe('blockText', () => {
  it('collapses inline whitespace but keeps the line breaks of preformatted text', () => {
    const root = new DOMParser().parseFromString('<body><p>a   b\n c</p><pre>x\n  y</pre><ul><li>one</li><li>two</li></ul></body>', 'text/html').body;
    expect(blockText(root)).toBe('a b c\n\nx\ny\n\none\n\ntwo');
  });
});
