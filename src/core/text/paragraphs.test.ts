import { describe, expect, it } from 'vitest';
import { segmentParagraphs } from './paragraphs';

const paragraphsOf = (text: string): string[] => segmentParagraphs(text).map((range) => text.slice(range.start, range.end));

describe('segmentParagraphs', () => {
  it('splits on blank lines and trims each block', () => {
    expect(paragraphsOf('  One.\n\n\n Two. \r\n\r\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('takes each line as a paragraph when a text has one paragraph per line', () => {
    expect(paragraphsOf('Heading without punctuation\nFirst paragraph.\nSecond paragraph.')).toEqual(['Heading without punctuation', 'First paragraph.', 'Second paragraph.']);
  });

  it('keeps a hard-wrapped block together when its lines continue mid-sentence', () => {
    const text = 'The minister said that the two\ncountries would deepen their\nties.\n\nNext.';
    expect(paragraphsOf(text)).toEqual(['The minister said that the two\ncountries would deepen their\nties.', 'Next.']);
  });

  it('returns nothing for blank text', () => {
    expect(segmentParagraphs(' \n\n\t\n')).toEqual([]);
  });
});
