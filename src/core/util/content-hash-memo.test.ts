import { describe, expect, it } from 'vitest';
import { contentHashMemo } from './content-hash-memo';

describe('contentHashMemo', () => {
  it('computes a text’s fact once per content hash, whatever object carries it', () => {
    const seen: string[] = [];
    const lengths = contentHashMemo((text: string) => {
      seen.push(text);
      return text.length;
    });
    expect(lengths.of({ text: 'four', contentHash: 'h1' })).toBe(4);
    expect(lengths.of({ text: 'four', contentHash: 'h1' })).toBe(4);
    expect(lengths.of({ text: 'three', contentHash: 'h2' })).toBe(5);
    expect(seen).toEqual(['four', 'three']);
  });

  it('uses a fact recorded from elsewhere instead of computing it', () => {
    const lengths = contentHashMemo((text: string) => text.length);
    expect(lengths.has('h1')).toBe(false);
    lengths.remember([{ contentHash: 'h1' }], [42]);
    expect(lengths.has('h1')).toBe(true);
    expect(lengths.of({ text: 'four', contentHash: 'h1' })).toBe(42);
  });
});
