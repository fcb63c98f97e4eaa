// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { documentFromDraft, draftFromText, readDocumentFile } from './document-draft';

const file = (parts: BlobPart[], name: string) => new File(parts, name);

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
    expect(reading.draft).toMatchObject({ published: '2023-09-18', outlet: 'Example News', proposal: { source: 'page-metadata' } });
    const document = await documentFromDraft(reading.draft);
    expect(document).toMatchObject({ publishedBasis: 'stated', note: 'Publication date read from the page metadata: “2023-09-18T23:30:00-04:00”.' });
  });

  it.each([
    [['%PDF-1.7'], 'report.pdf', 'unsupported-type'],
    [[new Uint8Array([0x61, 0x00, 0x62])], 'binary.txt', 'binary'],
    [[new Uint8Array([0x63, 0x61, 0x66, 0xe9])], 'latin1.txt', 'not-utf8'],
    [['  \n\n '], 'empty.md', 'empty'],
    [['<html><body><script>alert(1)</script></body></html>'], 'blank.html', 'empty'],
  ])('refuses %#: %s as %s', async (parts, name, code) => {
    const reading = await readDocumentFile(file(parts as BlobPart[], name));
    expect(reading).toMatchObject({ status: 'rejected', fileName: name, problem: { code, source: name } });
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
