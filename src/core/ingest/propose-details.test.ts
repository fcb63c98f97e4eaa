import { describe, expect, it } from 'vitest';
import { proposeFromPage, sourcesOfKept, splitAuthors, urlFromFirstLine, type PageMetadata } from './propose-details';

const NONE: PageMetadata = { canonical: null, ogUrl: null, ogSiteName: null, articleAuthors: [], byline: null, siteName: null };

describe('proposeFromPage', () => {
  it('prefers the canonical link to og:url, and resolves a relative canonical link against og:url', () => {
    expect(proposeFromPage({ ...NONE, canonical: 'https://news.example.org/a', ogUrl: 'https://m.example.org/a?utm=x' }).url).toEqual({ value: 'https://news.example.org/a', from: 'link rel=canonical' });
    expect(proposeFromPage({ ...NONE, canonical: '/politics/a', ogUrl: 'https://news.example.org/b' }).url).toEqual({ value: 'https://news.example.org/politics/a', from: 'link rel=canonical' });
    expect(proposeFromPage({ ...NONE, canonical: '/politics/a' }).url).toBeUndefined();
    expect(proposeFromPage({ ...NONE, ogUrl: 'https://news.example.org/b' }).url).toEqual({ value: 'https://news.example.org/b', from: 'og:url' });
  });

  it('never proposes an address that is not http(s)', () => {
    expect(proposeFromPage({ ...NONE, canonical: 'javascript:alert(1)', ogUrl: 'file:///c/page.html' }).url).toBeUndefined();
    expect(proposeFromPage({ ...NONE, canonical: 'javascript:alert(1)', ogUrl: 'https://news.example.org/b' }).url?.from).toBe('og:url');
  });

  it('takes the outlet from og:site_name, else from the site name Readability found', () => {
    expect(proposeFromPage({ ...NONE, ogSiteName: ' Fox\nNews ', siteName: 'FOX News Network' }).outlet).toEqual({ value: 'Fox News', from: 'og:site_name' });
    expect(proposeFromPage({ ...NONE, siteName: 'Al Jazeera' }).outlet?.value).toBe('Al Jazeera');
    expect(proposeFromPage(NONE)).toEqual({});
  });

  it('takes author names from article:author (not profile URLs), else from the byline; the outlet is not an author', () => {
    const page = { ...NONE, ogSiteName: 'Reuters', articleAuthors: ['https://www.facebook.com/reuters', 'Ana Lima'], byline: 'By Ben Okafor' };
    expect(proposeFromPage(page).authors).toEqual({ value: ['Ana Lima'], from: 'article:author' });
    expect(proposeFromPage({ ...page, articleAuthors: ['https://www.facebook.com/reuters'] }).authors).toEqual({ value: ['Ben Okafor'], from: 'byline (Readability)' });
    expect(proposeFromPage({ ...page, articleAuthors: [], byline: 'Ana Lima, Reuters' }).authors?.value).toEqual(['Ana Lima']);
    expect(proposeFromPage({ ...page, articleAuthors: [], byline: 'Reuters' }).authors).toBeUndefined();
  });
});

describe('splitAuthors', () => {
  it.each([
    ['By Ana Lima and Ben Okafor', ['Ana Lima', 'Ben Okafor']],
    ['Ana Lima, Ben Okafor & Chen Wei', ['Ana Lima', 'Ben Okafor', 'Chen Wei']],
    ['by Ana Lima | Updated 3 hours ago', ['Ana Lima']],
    ['Ana Lima; Ana Lima', ['Ana Lima']],
    ['https://twitter.com/analima', []],
    ['', []],
  ])('%s', (byline, names) => {
    expect(splitAuthors(byline)).toEqual(names);
  });
});

describe('urlFromFirstLine', () => {
  it('takes an address alone on the first non-empty line out of the text', () => {
    expect(urlFromFirstLine('\n  https://news.example.org/a?b=1#c  \n\nHeadline\nBody')).toEqual({
      url: { value: 'https://news.example.org/a?b=1#c', from: 'first line of the text' },
      text: 'Headline\nBody',
    });
    expect(urlFromFirstLine('https://news.example.org/a')).toEqual({ url: { value: 'https://news.example.org/a', from: 'first line of the text' }, text: '' });
  });

  it.each([
    ['an address followed by words', 'https://news.example.org/a says\nBody'],
    ['an address on the second line', 'Headline\nhttps://news.example.org/a'],
    ['an address without a scheme', 'news.example.org/a\nBody'],
    ['a script address', 'javascript:alert(1)\nBody'],
    ['an ftp address', 'ftp://files.example.org/a\nBody'],
    ['a host without a top-level domain', 'http://intranet/a\nBody'],
  ])('leaves the text alone for %s', (_, text) => {
    expect(urlFromFirstLine(text)).toBeNull();
  });
});

describe('sourcesOfKept', () => {
  const proposals = {
    url: { value: 'https://news.example.org/a', from: 'og:url' },
    outlet: { value: 'Example News', from: 'og:site_name' },
    authors: { value: ['Ana Lima', 'Ben Okafor'], from: 'article:author' },
  };

  it('keeps where a detail came from only while it holds the proposed value', () => {
    expect(sourcesOfKept(proposals, { url: 'https://news.example.org/a', outlet: 'Example News', authors: ['Ana Lima', 'Ben Okafor'] })).toEqual({
      url: 'og:url',
      outlet: 'og:site_name',
      authors: 'article:author',
    });
    expect(sourcesOfKept(proposals, { url: null, outlet: 'Example News Daily', authors: ['Ben Okafor', 'Ana Lima'] })).toEqual({});
    expect(sourcesOfKept({}, { url: 'https://news.example.org/a', outlet: 'X', authors: [] })).toEqual({});
  });
});
