import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, listEntries } from './expand-inputs';

function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'crosscheck-inputs-'));
  mkdirSync(join(root, 'wire', 'late'), { recursive: true });
  writeFileSync(join(root, 'wire', 'b.txt'), 'B');
  writeFileSync(join(root, 'wire', 'a.md'), 'A');
  writeFileSync(join(root, 'wire', 'late', 'c.txt'), 'C');
  writeFileSync(join(root, 'wire', 'picture.png'), 'not text');
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(root, 'empty', 'notes.pdf'), 'not text');
  return root;
}

const noStdin = () => Promise.reject(new Error('stdin was not expected to be read'));

describe('expandInputs', () => {
  it('reads a directory as its text files, recursively, in name order', async () => {
    const root = corpus();
    expect(await expandInputs({ positionals: [join(root, 'wire')], filesFrom: null }, noStdin)).toEqual([
      join(root, 'wire', 'a.md'),
      join(root, 'wire', 'b.txt'),
      join(root, 'wire', 'late', 'c.txt'),
    ]);
  });

  it('expands a glob itself, including **', async () => {
    const root = corpus();
    expect(await expandInputs({ positionals: [join(root, 'wire', '*.txt')], filesFrom: null }, noStdin)).toEqual([join(root, 'wire', 'b.txt')]);
    expect(await expandInputs({ positionals: [join(root, '**', '*.txt')], filesFrom: null }, noStdin)).toEqual([join(root, 'wire', 'b.txt'), join(root, 'wire', 'late', 'c.txt')]);
  });

  it('reads a list file and a list on stdin, entries being files, directories or globs, each file once', async () => {
    const root = corpus();
    const list = join(root, 'list.txt');
    writeFileSync(list, `${join(root, 'wire', 'b.txt')}\r\n\n${join(root, 'wire', 'late')}\n`);
    expect(await expandInputs({ positionals: [], filesFrom: list }, noStdin)).toEqual([join(root, 'wire', 'b.txt'), join(root, 'wire', 'late', 'c.txt')]);
    const stdin = async () => `${join(root, 'wire', '*.md')}\n${join(root, 'wire', 'b.txt')}\n`;
    expect(await expandInputs({ positionals: [join(root, 'wire', 'b.txt'), '-'], filesFrom: '-' }, stdin)).toEqual([join(root, 'wire', 'b.txt'), join(root, 'wire', 'a.md')]);
  });

  it('names the input that gives no files', async () => {
    const root = corpus();
    await expect(expandInputs({ positionals: [join(root, 'empty')], filesFrom: null }, noStdin)).rejects.toThrow(`${join(root, 'empty')}: the directory holds no .txt or .md files`);
    await expect(expandInputs({ positionals: [join(root, '*.rtf')], filesFrom: null }, noStdin)).rejects.toThrow('the pattern matches no files');
    await expect(expandInputs({ positionals: [], filesFrom: join(root, 'missing-list.txt') }, noStdin)).rejects.toThrow('no such list file');
  });

  it('passes a plain path through, so a missing file is reported when read', async () => {
    expect(await expandInputs({ positionals: ['no/such/file.txt'], filesFrom: null }, noStdin)).toEqual(['no/such/file.txt']);
  });
});

describe('listEntries', () => {
  it('ignores blank lines and Windows line ends', () => {
    expect(listEntries('a.txt\r\n\n  \nb.txt')).toEqual(['a.txt', 'b.txt']);
  });
});
