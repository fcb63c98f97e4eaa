import { describe, expect, it } from 'vitest';
import { rememberedForLongTexts } from './long-text-memo';

describe('rememberedForLongTexts', () => {
  it('walks a long text once however often it is asked, and a short text every time', () => {
    const walked: number[] = [];
    const length = rememberedForLongTexts((text) => {
      walked.push(text.length);
      return text.length;
    });
    const long = 'a'.repeat(200_000);
    expect([length(long), length(long), length(`${long}`), length('short'), length('short')]).toEqual([200_000, 200_000, 200_000, 5, 5]);
    expect(walked).toEqual([200_000, 5, 5]);
  });

  it('keeps the last 16 long texts, forgetting the oldest first', () => {
    const walked: string[] = [];
    const first = rememberedForLongTexts((text) => {
      walked.push(text[0]!);
      return text[0];
    });
    const texts = Array.from({ length: 17 }, (_, index) => String.fromCharCode(65 + index).repeat(100_000));
    for (const text of texts) first(text);
    first(texts[16]!);
    first(texts[0]!);
    expect(walked.join('')).toBe('ABCDEFGHIJKLMNOPQA');
  });
});
