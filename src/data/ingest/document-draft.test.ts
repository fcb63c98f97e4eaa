import { describe, expect, it } from 'vitest';
import { readWebPage } from '../../worker/web-page-text';
import { contentHash } from '../../core/content-hash';
import { draftFromText } from '../../core/ingest';
import { documentFromDraft, readDocumentFile as readInWorker } from './document-draft';
import { webPageResult } from './web-page-runner';

const file = (parts: BlobPart[], name: string) => new File(parts, name);
/** Node has no Web Worker: the page is read in this thread, by the code the worker runs. */
const readDocumentFile = (chosen: File) => readInWorker(chosen, async (html, fileName) => webPageResult(readWebPage(html), fileName));

describe('readDocumentFile', () => {
  it('reads a .txt file with a stated date as a draft with the date proposed', async () => {
    const reading = await readDocumentFile(file(['Lavrov in Beijing\r\nPublished 12 March 2024\r\n\r\nText.'], 'lavrov.txt'));
    expect(reading.status).toBe('ready');
    if (reading.status !== 'ready') return;
    expect(reading.draft).toMatchObject({ title: 'Lavrov in Beijing', published: '2024-03-12', origin: { kind: 'file', fileName: 'lavrov.txt', format: 'text' } });
    expect(reading.draft.text).toBe('Lavrov in Beijing\nPublished 12 March 2024\n\nText.');
  });

  it('proposes the date and outlet a web page declares in its metadata', async () => {
    const html = `<html><head><title>Talks</title><meta property="article:published_time" content="2023-09-18T23:30:00-04:00">
      <meta property="og:site_name" content="Example News"></head><body><p>Wang Yi met Lavrov in Moscow on Monday.</p></body></html>`;
    const reading = await readDocumentFile(file([html], 'talks.html'));
    expect(reading.status).toBe('ready');
    if (reading.status !== 'ready') return;
    expect(reading.draft).toMatchObject({ published: '2023-09-18', outlet: 'Example News', proposal: { source: 'page-metadata', from: 'article:published_time' } });
    const document = await documentFromDraft(reading.draft);
    expect(document).toMatchObject({ publishedBasis: 'stated', note: 'Publication date read from article:published_time: “2023-09-18T23:30:00-04:00”.' });
  });

  it.each([
    [['%PDF-1.7'], 'report.pdf', 'unsupported-type'],
    [[new Uint8Array([0x61, 0x00, 0x62])], 'binary.txt', 'binary'],
    [[new Uint8Array([0x63, 0x61, 0x66, 0xe9])], 'latin1.txt', 'not-utf8'],
    [['  \n\n '], 'empty.md', 'empty'],
    [['<html><body><script>alert(1)</script></body></html>'], 'blank.html', 'empty'],
    [[`<html><body>${'<div>'.repeat(300)}Deep.</body></html>`], 'deep.html', 'too-complex'],
  ])('refuses %#: %s as %s', async (parts, name, code) => {
    const reading = await readDocumentFile(file(parts as BlobPart[], name));
    expect(reading).toMatchObject({ status: 'rejected', fileName: name, problem: { code, source: name } });
  });
});

const SOURCE_PAGE = `<!doctype html><html lang="en"><head><title>Senate overrides veto | Example News</title>
<link rel="canonical" href="/politics/senate-overrides-veto">
<meta property="og:url" content="https://www.example-news.org/politics/senate-overrides-veto?utm_source=share">
<meta property="og:site_name" content="Example News">
<meta property="article:author" content="https://www.facebook.com/examplenews">
<meta property="article:author" content="Ana Lima">
<meta property="article:author" content="Ben Okafor">
<meta property="article:published_time" content="2016-09-28T15:02:00-04:00">
</head><body><article><h1>Senate overrides veto</h1><p class="byline">By Someone Else</p>
<p>The Senate voted 97 to 1 on Wednesday to override the veto, the first override of the presidency.</p>
<p>The House followed hours later with a vote of 348 to 77, and the bill became law.</p></article></body></html>`;

describe('draft details from a web page', () => {
  it('proposes URL, outlet and authors with where each was read, and keeps the sources of unchanged ones', async () => {
    const reading = await readDocumentFile(file([SOURCE_PAGE], 'senate.html'));
    if (reading.status !== 'ready') throw new Error('expected a draft');
    const { draft } = reading;
    expect(draft).toMatchObject({ url: 'https://www.example-news.org/politics/senate-overrides-veto', outlet: 'Example News', authors: 'Ana Lima, Ben Okafor', published: '2016-09-28' });
    expect(draft.details).toEqual({
      url: { value: 'https://www.example-news.org/politics/senate-overrides-veto', from: 'link rel=canonical' },
      outlet: { value: 'Example News', from: 'og:site_name' },
      authors: { value: ['Ana Lima', 'Ben Okafor'], from: 'article:author' },
    });
    const kept = await documentFromDraft(draft);
    expect(kept).toMatchObject({ url: draft.details.url!.value, outlet: 'Example News', authors: ['Ana Lima', 'Ben Okafor'] });
    expect(kept.proposedFrom).toEqual({ url: 'link rel=canonical', outlet: 'og:site_name', authors: 'article:author' });
    const edited = await documentFromDraft({ ...draft, outlet: 'Example News (US)', authors: 'Ana Lima' });
    expect(edited.proposedFrom).toEqual({ url: 'link rel=canonical' });
    expect(edited.authors).toEqual(['Ana Lima']);
  });
});

describe('a URL on the first line of a pasted text', () => {
  it('becomes the proposed URL and leaves the text, which starts at the next non-empty line', async () => {
    const draft = draftFromText('https://www.example-news.org/a/b?c=1\n\nSenate overrides veto\nThe Senate voted.', 'Pasted text', { kind: 'pasted' });
    expect(draft).toMatchObject({ url: 'https://www.example-news.org/a/b?c=1', text: 'Senate overrides veto\nThe Senate voted.', title: 'Senate overrides veto' });
    expect(draft.details.url?.from).toBe('first line of the text');
    expect((await documentFromDraft(draft)).proposedFrom).toEqual({ url: 'first line of the text' });
  });

  it('leaves a first line that says more than an address, or an address that is not http(s), in the text', () => {
    for (const text of ['https://example.org/a is where it ran\nBody', 'javascript:alert(1)\nBody', 'Body\nhttps://example.org/a']) {
      const draft = draftFromText(text, 'Pasted text', { kind: 'pasted' });
      expect(draft).toMatchObject({ url: '', text, details: {} });
    }
  });
});

describe('documentFromDraft', () => {
  it('counts a kept proposal as stated and a changed date as the analyst’s', async () => {
    const draft = draftFromText('Title line\ndate 2023-07-13\nBody', 'Pasted text', { kind: 'pasted' });
    const kept = await documentFromDraft(draft);
    expect(kept).toMatchObject({ title: 'Title line', published: '2023-07-13', publishedBasis: 'stated' });
    expect(kept.id).toMatch(/^title-line-[0-9a-f]{8}$/);
    const changed = await documentFromDraft({ ...draft, published: '2023-07-14' });
    expect(changed.publishedBasis).toBe('analyst');
    const none = await documentFromDraft({ ...draft, published: '' });
    expect(none).toMatchObject({ published: null, publishedBasis: null });
  });
});

describe('a draft read in the add dialog’s worker', () => {
  it('becomes a document with the hash the worker computed, the same as hashing its text here', async () => {
    const draft = draftFromText('Harbour vote\n\nThe council approved the budget.', 'vote.txt', { kind: 'file', fileName: 'vote.txt', format: 'text' });
    const now = new Date('2024-05-01T10:00:00.000Z');
    const here = await documentFromDraft(draft, now);
    const read = await documentFromDraft({ ...draft, contentHash: await contentHash(draft.text) }, now);
    expect(read).toEqual(here);
    expect((await documentFromDraft({ ...draft, contentHash: 'f'.repeat(64) }, now)).contentHash).toBe('f'.repeat(64));
  });
});
