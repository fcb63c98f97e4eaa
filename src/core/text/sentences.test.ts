import { describe, expect, it } from 'vitest';
import { intlSentenceSplitter, type SentenceSplitter } from './sentence-boundaries';
import { segmentSentences } from './sentences';

const sentencesOf = (text: string, splitter?: SentenceSplitter): string[] => segmentSentences(text, splitter).map((range) => text.slice(range.start, range.end));

describe('segmentSentences', () => {
  it('does not break after titles, month abbreviations or initialisms', () => {
    expect(sentencesOf('Said Mr. Lavrov on Friday. Then he left.')).toEqual(['Said Mr. Lavrov on Friday.', 'Then he left.']);
    expect(sentencesOf('The talks took place in Moscow, Russia, Monday, Sept. 18, 2023. They lasted hours.')).toEqual([
      'The talks took place in Moscow, Russia, Monday, Sept. 18, 2023.',
      'They lasted hours.',
    ]);
    expect(sentencesOf('He described U.S. attempts to impose its will. Both sides agreed.')).toEqual(['He described U.S. attempts to impose its will.', 'Both sides agreed.']);
  });

  it('still breaks after an initialism that ends a sentence', () => {
    expect(sentencesOf('The money went to the U.S. The rest stayed home.')).toEqual(['The money went to the U.S.', 'The rest stayed home.']);
    expect(sentencesOf('The deal was signed in the U.S. On Monday it collapsed.')).toEqual(['The deal was signed in the U.S.', 'On Monday it collapsed.']);
  });

  it('decides by what follows "U.S." and "Mr.", whatever space, quotation mark or parenthesis is around them', () => {
    expect(sentencesOf('He met U.S.\u00a0officials on Friday. They left.')).toEqual(['He met U.S.\u00a0officials on Friday.', 'They left.']);
    expect(sentencesOf('It tracks nine leading U.S. Internet companies: Microsoft and Yahoo. They deny it.')).toHaveLength(2);
    expect(sentencesOf('Arpaio endorsed him on Tuesday during a swing with Mr. Perry through New Hampshire. He left.')).toEqual([
      'Arpaio endorsed him on Tuesday during a swing with Mr. Perry through New Hampshire.',
      'He left.',
    ]);
    expect(sentencesOf('Boehner met on Sunday as a senator said his party should accede to Mr.\u00a0Obama’s demand. He left.')).toHaveLength(2);
    expect(sentencesOf('“Mr. Perry is here,” he said (Mr. Romney was not). He left.')).toEqual(['“Mr. Perry is here,” he said (Mr. Romney was not).', 'He left.']);
  });

  it('keeps quotations, ellipses and a quote closed after the full stop together', () => {
    const text = '“Both sides should (…) strengthen coordination,” Wang said. “Xi Jinping… was among the first,” Lavrov said.';
    expect(sentencesOf(text)).toEqual(['“Both sides should (…) strengthen coordination,” Wang said.', '“Xi Jinping… was among the first,” Lavrov said.']);
    expect(sentencesOf('into bilateral relations”. , according to the press release.')).toHaveLength(1);
  });

  it('takes a line without final punctuation as one sentence', () => {
    expect(sentencesOf('China vows to strengthen cooperation with Russia')).toEqual(['China vows to strengthen cooperation with Russia']);
  });

  it('trims whitespace and returns offsets that slice back', () => {
    const text = '  First one.   Second one!  ';
    const ranges = segmentSentences(text);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['First one.', 'Second one!']);
  });

  it('splits a 400 K character paragraph and still covers it exactly', () => {
    const sentence = 'The minister said the talks went well on Friday. ';
    const text = sentence.repeat(8000);
    const ranges = segmentSentences(text);
    expect(ranges).toHaveLength(8000);
    expect(ranges.every((range) => text.slice(range.start, range.end) === sentence.trim())).toBe(true);
  });

  it('cuts a long paragraph without sentence ends only at spaces', () => {
    const text = Array.from({ length: 5000 }, (_, index) => `word${index}`).join(' ');
    const ranges = intlSentenceSplitter(text);
    expect(ranges[0]?.start).toBe(0);
    expect(ranges.at(-1)?.end).toBe(text.length);
    for (const [index, range] of ranges.entries()) {
      if (index > 0) expect(range.start).toBe(ranges[index - 1]?.end);
      expect(/^\S/u.test(text.slice(range.start, range.start + 1))).toBe(true);
    }
  });

  it('repairs any splitter behind the seam: a naive one breaking after every full stop', () => {
    const naive: SentenceSplitter = (text) => {
      const ranges: { start: number; end: number }[] = [];
      let start = 0;
      for (const match of text.matchAll(/\.\s*/gu)) {
        const end = (match.index ?? 0) + match[0].length;
        ranges.push({ start, end });
        start = end;
      }
      if (start < text.length) ranges.push({ start, end: text.length });
      return ranges;
    };
    expect(sentencesOf('Mr. Wang met Dr. Lavrov. They talked', naive)).toEqual(['Mr. Wang met Dr. Lavrov.', 'They talked']);
  });
});
