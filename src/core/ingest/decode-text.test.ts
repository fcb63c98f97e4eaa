import { describe, expect, it } from 'vitest';
import { checkNotEmpty, decodeTextBytes, MAX_FILE_BYTES } from './decode-text';
import { classifyFileName } from './file-kind';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeTextBytes', () => {
  it('decodes UTF-8 text exactly', () => {
    expect(decodeTextBytes(utf8('Wang Yi — “strategic” ✓\n'), 'a.txt')).toEqual({ ok: true, value: 'Wang Yi — “strategic” ✓\n' });
  });

  it('keeps a byte-order mark, so offsets and the content hash match the file as other tools read it', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Jakarta, July 13.')]);
    expect(decodeTextBytes(withBom, 'bom.txt')).toEqual({ ok: true, value: '\uFEFFJakarta, July 13.' });
  });

  it('refuses a file with NUL bytes as binary, naming the file', () => {
    const result = decodeTextBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'scan.txt');
    expect(result).toMatchObject({ ok: false, problem: { code: 'binary', source: 'scan.txt' } });
    if (!result.ok) expect(result.problem.message).toMatch(/^scan\.txt: .*binary/);
  });

  it('refuses bytes that are not valid UTF-8', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
    expect(decodeTextBytes(latin1, 'cafe.txt')).toMatchObject({ ok: false, problem: { code: 'not-utf8', source: 'cafe.txt' } });
  });

  it('refuses a file over 10 MB and says how large it is', () => {
    const result = decodeTextBytes(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'huge.txt');
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-large' } });
    if (!result.ok) expect(result.problem.message).toContain('10.0 MB');
  });

  it('accepts a file of exactly 10 MB', () => {
    expect(decodeTextBytes(new Uint8Array(MAX_FILE_BYTES).fill(0x61), 'big.txt').ok).toBe(true);
  });
});

describe('checkNotEmpty', () => {
  it('refuses empty and whitespace-only text', () => {
    expect(checkNotEmpty('', 'Pasted text')).toMatchObject({ ok: false, problem: { code: 'empty', source: 'Pasted text' } });
    expect(checkNotEmpty(' \n\t\n', 'blank.txt')).toMatchObject({ ok: false, problem: { code: 'empty' } });
    expect(checkNotEmpty(' a ', 'a.txt').ok).toBe(true);
  });
});

describe('classifyFileName', () => {
  it.each([
    ['report.txt', 'text'],
    ['NOTES.MD', 'markdown'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
  ])('accepts %s as %s', (name, format) => {
    expect(classifyFileName(name)).toEqual({ ok: true, value: format });
  });

  it.each(['report.pdf', 'draft.docx', 'photo.png', 'README', 'a.constructor', 'b.__proto__', 'c.toString'])('refuses %s as unsupported, naming it', (name) => {
    const result = classifyFileName(name);
    expect(result).toMatchObject({ ok: false, problem: { code: 'unsupported-type', source: name } });
    if (!result.ok) expect(result.problem.message).toContain('.txt');
  });
});
