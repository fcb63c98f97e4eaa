import { describe, expect, it } from 'vitest';
import type { Passage } from '../model/analysis';
import { segmentDocument } from '../text/segment-document';
import { alignPassages } from './align-passages';

const WIRE = 'Foreign ministers from both countries agreed on Tuesday to expand grain shipments through the Black Sea corridor.';
const FILLER_WORDS = ['harbour', 'orchard', 'violin', 'glacier', 'lantern', 'meadow', 'copper', 'falcon', 'thistle', 'marble', 'saddle', 'ember', 'quarry', 'walnut', 'tundra', 'velvet'];

/** A sentence of words no other document uses, so only the wire copy can align. */
function uniqueSentence(seed: number): string {
  const words = Array.from({ length: 12 }, (_, index) => `${FILLER_WORDS[(seed * 7 + index * 3) % FILLER_WORDS.length]}${seed}x${index}`);
  return `${words.join(' ')}.`;
}

function align(docs: { id: string; text: string }[]) {
  const sorted = [...docs].sort((a, b) => a.id.localeCompare(b.id));
  const passages: Passage[][] = sorted.map((doc) => segmentDocument(doc.id, doc.text));
  return alignPassages(passages, new Map(sorted.map((doc) => [doc.id, doc.text])), { includeBoilerplate: false });
}

describe('alignPassages', () => {
  it('makes one group of a passage reprinted in 60 documents', () => {
    const docs = Array.from({ length: 60 }, (_, index) => ({ id: `doc-${String(index).padStart(2, '0')}`, text: `${uniqueSentence(index)}\n\n${WIRE}\n\n${uniqueSentence(index + 100)}` }));
    const groups = align(docs);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.kind).toBe('identical');
    expect(groups[0]?.passages).toHaveLength(60);
    expect(groups[0]?.id).toBe(`g-doc-00-${docs[0]?.text.indexOf(WIRE)}`);
  });

  it('makes one near-duplicate group of 60 lightly edited reprints', () => {
    const edits = ['Tuesday', 'Wednesday', 'late Tuesday', 'on Tuesday evening'];
    const docs = Array.from({ length: 60 }, (_, index) => ({
      id: `doc-${String(index).padStart(2, '0')}`,
      text: `${uniqueSentence(index)}\n\n${WIRE.replace('Tuesday', edits[index % edits.length] as string).replace('grain', index % 3 === 0 ? 'wheat' : 'grain')}`,
    }));
    const groups = align(docs);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.passages).toHaveLength(60);
    expect(groups[0]?.kind).not.toBe('identical');
  });

  it('aligns a sentence one source keeps whole with the two sentences another splits it into', () => {
    const whole = 'The minister said the two countries would deepen cooperation on energy, and he added that a new gas pipeline through Mongolia would open next year.';
    const split = 'The minister said the two countries would deepen cooperation on energy. He added that a new gas pipeline through Mongolia would open next year.';
    const groups = align([
      { id: 'a', text: `${uniqueSentence(1)}\n\n${whole}` },
      { id: 'b', text: `${split}\n\n${uniqueSentence(2)}` },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.passages.map((passage) => passage.text)).toEqual([whole, split]);
  });

  it('finds a passage repeated inside one document, but not a paraphrase of it there', () => {
    const text = `${WIRE}\n\n${uniqueSentence(3)}\n\n${WIRE}\n\nMinisters of the two countries agreed to expand shipments of grain via the Black Sea corridor.`;
    const groups = align([{ id: 'solo', text }]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.passages.map((passage) => passage.start)).toEqual([0, text.lastIndexOf(WIRE)]);
  });

  it('takes a word tokeniser behind its seam: one that folds synonyms makes two wordings identical', () => {
    const docs = [
      { id: 'a', text: 'Foreign ministers agreed to expand grain shipments through the corridor.' },
      { id: 'b', text: 'Foreign ministers agreed to expand wheat shipments through the corridor.' },
    ];
    const run = (tokenize?: (text: string) => string[]) =>
      alignPassages(docs.map((doc) => segmentDocument(doc.id, doc.text)), new Map(docs.map((doc) => [doc.id, doc.text])), { includeBoilerplate: false, tokenize });
    expect(run()[0]?.kind).toBe('near-duplicate');
    expect(run((text) => text.replace(/wheat/gu, 'grain').match(/\p{L}+/gu) ?? [])[0]?.kind).toBe('identical');
  });

  it('leaves passages with nothing in common ungrouped', () => {
    expect(align([{ id: 'a', text: uniqueSentence(4) }, { id: 'b', text: uniqueSentence(5) }])).toEqual([]);
  });

  it('reports progress per stage with document counts', () => {
    const stages: string[] = [];
    const docs = [{ id: 'a', text: WIRE }, { id: 'b', text: WIRE }];
    alignPassages(docs.map((doc) => segmentDocument(doc.id, doc.text)), new Map(docs.map((doc) => [doc.id, doc.text])), {
      includeBoilerplate: false,
      onProgress: (progress) => {
        expect(progress.total).toBe(2);
        stages.push(`${progress.stage}:${progress.done}`);
      },
    });
    expect(stages).toEqual(['indexing:2', 'aligning:1', 'grouping:2']);
  });
});
