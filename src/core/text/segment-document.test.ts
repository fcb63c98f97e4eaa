// The corpus segmenter reads each distinct paragraph once; every document must still come out
// exactly as segmentDocument segments it alone, whatever the paragraphs it shares with others and
// wherever a shared paragraph sits (furniture is decided by position and repetition too).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusSegmenter, segmentDocument } from './segment-document';

const paragraphs = [
  'Wang Yi met Sergey Lavrov in Moscow on Tuesday. Both sides said talks went well.',
  'U.S. District Judge Robert L. Wilkins sentenced him on Friday. He said nothing.',
  'Download our mobile app for the latest news. Copyright 2023.',
  'Photo: Reuters',
  'You may also like',
  'A second paragraph of plain reporting, one sentence long.',
  'Written By',
  'Jane Doe covers foreign affairs.',
  'Menu',
  'Caption of the picture without a full stop',
];

const documentText = fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 8 }).map((chosen) => chosen.join('\n\n'));

describe('corpusSegmenter', () => {
  it('segments every document of a corpus as segmentDocument does alone', () => {
    fc.assert(
      fc.property(fc.array(documentText, { minLength: 1, maxLength: 6 }), (texts) => {
        const segment = corpusSegmenter();
        texts.forEach((text, index) => expect(segment(`d${index}`, text)).toEqual(segmentDocument(`d${index}`, text)));
      }),
      { numRuns: 200 },
    );
  });

  it('marks a caption repeated in one document, not the same caption printed once in the next', () => {
    const segment = corpusSegmenter();
    const caption = 'Caption of the picture without a full stop';
    const captionReasons = (text: string) => segment('d', text).filter((passage) => passage.text === caption).map((passage) => passage.boilerplate);
    expect(captionReasons(`${caption}\n\n${paragraphs[0]}\n\n${caption}`)).toEqual(['repeated-caption', 'repeated-caption']);
    expect(captionReasons(`${paragraphs[0]}\n\n${caption}`)).toEqual([null]);
  });
});
