import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../text/segment-document';
import { GOLD_PAIR_COUNT, scoreIndependentStories } from './independent-sentences';
import { matchSentences } from './sentence-matching';

function matchTexts(a: string, b: string): Array<[string, string]> {
  const groups = matchSentences([segmentDocument('a', a), segmentDocument('b', b)]);
  return groups.map((group) => {
    const left = group.passages.find((passage) => passage.doc === 'a')!;
    const right = group.passages.find((passage) => passage.doc === 'b')!;
    return [left.text, right.text];
  });
}

describe('matchSentences on independently worded reports', () => {
  const score = scoreIndependentStories(matchTexts, 'reordered');

  it(`pairs the fixture's ${GOLD_PAIR_COUNT} gold pairs, one outlet's body reordered, with precision and recall ≥ 0.9`, () => {
    const precision = score.correct / score.predicted;
    const recall = score.correct / score.gold;
    console.log(`independent sentences: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${score.correct} of ${score.gold} gold, ${score.predicted} predicted)`);
    console.log(['wrong:', ...score.wrong, 'missed:', ...score.missed].join('\n'));
    expect(score.gold).toBeGreaterThanOrEqual(50);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('matchSentences', () => {
  const a = segmentDocument('a', [
    'Senate overrides Obama veto of 9/11 lawsuit bill',
    'The Senate voted 97 to 1 on Wednesday to override President Barack Obama’s veto of a bill letting families of September 11 victims sue Saudi Arabia.',
    'Obama vetoed the bill last week.',
    'Fifteen of the 19 hijackers on 9/11 were Saudi citizens.',
  ].join('\n\n'));
  const b = segmentDocument('b', [
    'Senators vote 97-1 to let 9/11 families sue Saudi Arabia, overriding Obama',
    'Lawmakers in the Senate rejected Barack Obama’s veto by 97 votes to 1 on Wednesday, clearing the way for relatives of those killed on September 11 to take Saudi Arabia to court.',
    'Obama vetoed the measure last week.',
    'Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.',
  ].join('\n\n'));
  const textsOf = (groups: ReturnType<typeof matchSentences>) => groups.map((group) => group.passages.map((passage) => passage.text.slice(0, 20)));

  it('sets a headline against the other headline and a lede against the other lede, though the headline restates the lede', () => {
    const groups = textsOf(matchSentences([a, b]));
    expect(groups).toContainEqual(['Senate overrides Oba', 'Senators vote 97-1 t']);
    expect(groups).toContainEqual(['The Senate voted 97 ', 'Lawmakers in the Sen']);
    expect(groups).toContainEqual(['Obama vetoed the bil', 'Obama vetoed the mea']);
    expect(groups).toContainEqual(['Fifteen of the 19 hi', 'Fifteen of the 19 Se']);
  });

  it('leaves out sentences aligned already, and page furniture', () => {
    const ledeOfB = b[1]!;
    const groups = matchSentences([a, b.map((passage, index) => (index === 3 ? { ...passage, boilerplate: 'credit' as const } : passage))], { aligned: (passage) => passage === ledeOfB });
    const texts = textsOf(groups).flat();
    expect(texts).not.toContain('Lawmakers in the Sen');
    expect(texts).not.toContain('Fifteen of the 19 Se');
    expect(texts).toContain('Obama vetoed the mea');
  });

  it('puts at most one sentence of each document in a group, across three documents', () => {
    const c = segmentDocument('c', ['Obama’s veto was issued last week.', 'Obama vetoed the bill last week, aides said.'].join('\n\n'));
    const groups = matchSentences([a, b, c]);
    for (const group of groups) {
      const docs = group.passages.map((passage) => passage.doc);
      expect(new Set(docs).size).toBe(docs.length);
    }
    const veto = groups.find((group) => group.passages.some((passage) => passage.text.startsWith('Obama vetoed the measure')));
    expect(veto?.passages.map((passage) => passage.doc)).toEqual(['a', 'b', 'c']);
  });
});

describe('matchSentences on two ledes', () => {
  it('links two ledes that share the event and its day though they score below a body sentence’s floor, and no body sentences that score as low', () => {
    const a = ['Ferry runs aground off Harwick', 'A passenger ferry ran aground on a sandbank off the coast of Harwick on Tuesday evening, the regional coastguard said.', 'The vessel had left Harwick harbour at 6.40pm bound for Elsey.'];
    const b = ['Hundreds saved as Elsey ferry strikes sandbank', 'More than four hundred passengers were rescued late on Tuesday after the ferry Northern Star struck a sandbank near Harwick.', 'More than four hundred passengers were taken to Harwick by lifeboats.'];
    const pairs = matchTexts(a.join('\n\n'), b.join('\n\n')).map(([left, right]) => [left.slice(0, 12), right.slice(0, 12)]);
    expect(pairs).toContainEqual(['A passenger ', 'More than fo']);
    expect(pairs.filter(([left]) => left === 'The vessel h')).toEqual([]);
  });
});
