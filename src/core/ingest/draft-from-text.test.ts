import { describe, expect, it } from 'vitest';
import { textFingerprint } from './duplicates';
import { draftFromText } from './draft-from-text';
import { readDocument } from './read-document';

const file = (name: string, text: string | Uint8Array) => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer };
};
const noPages = async () => {
  throw new Error('no web page expected');
};

describe('draftFromText', () => {
  it('carries the text’s fingerprint and word count, so the dialog never recomputes them per keystroke', () => {
    const draft = draftFromText('Talks in Jakarta\n\nWang Yi met Sergei Lavrov.', 'talks.txt', { kind: 'pasted' });
    expect(draft.fingerprint).toBe(textFingerprint('Talks in Jakarta Wang Yi met Sergei Lavrov.'));
    expect(draft.wordCount).toBe(8);
  });
});

describe('readDocument', () => {
  it('reads a text file without the page reader, and refuses before reading a file too large', async () => {
    const reading = await readDocument(file('talks.md', 'Talks\r\n\r\ndate 2023-07-13\r\n'), noPages);
    expect(reading).toMatchObject({ status: 'ready', draft: { text: 'Talks\n\ndate 2023-07-13\n', published: '2023-07-13', origin: { format: 'markdown' } } });
    let read = false;
    const huge = { name: 'huge.txt', size: 11 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    expect(await readDocument(huge, noPages)).toMatchObject({ status: 'rejected', problem: { code: 'too-large', source: 'huge.txt' } });
    expect(read).toBe(false);
  });

  it('passes a web page to the page reader and keeps its refusal', async () => {
    const refused = await readDocument(file('deep.html', '<div>'), async (_, fileName) => ({ ok: false, problem: { code: 'too-complex', source: fileName, reason: 'too deep', message: `${fileName}: too deep` } }));
    expect(refused).toMatchObject({ status: 'rejected', problem: { code: 'too-complex', message: 'deep.html: too deep' } });
  });
});
