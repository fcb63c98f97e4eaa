import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../text/segment-document';
import { correspondSentences, pairSentences } from './index';

// Three outlets' own wording of one made-up story, with distractors: sentences on the same
// topic that state other facts.
const STORY = {
  a: [
    'Former congressman Dale Whitcombe Jr. (D-Ore.) was sentenced on Tuesday to 30 months in prison.',
    'Prosecutors said Whitcombe spent $43,350 in campaign money on a gold Rolex watch.',
    'U.S. District Judge Anna L. Petrakis called the spending brazen.',
    'Whitcombe resigned from the House in November.',
  ].join(' '),
  b: [
    'Dale Whitcombe, the Oregon Democrat, will spend 30 months behind bars, a federal judge ruled Tuesday.',
    'He bought a Rolex for about $43,000 with funds from his re-election campaign, according to court papers.',
    'Judge Petrakis described the purchases as brazen.',
    'His wife, Marla Whitcombe, was sentenced to a year of house arrest.',
  ].join(' '),
  c: ['The weather in Portland was mild on Tuesday.', 'Oregon lawmakers met to discuss a new budget of $2.5 billion.'].join(' '),
};

const documents = Object.entries(STORY).map(([id, text]) => segmentDocument(id, text));
const pairsOf = (): Array<[string, string]> => pairSentences(documents).map((pair) => [pair.a.text.slice(0, 30), pair.b.text.slice(0, 30)]);

describe('pairSentences', () => {
  it('pairs sentences of two outlets that report the same fact in other words', () => {
    const pairs = pairsOf();
    expect(pairs).toContainEqual(['Former congressman Dale Whitco', 'Dale Whitcombe, the Oregon Dem']);
    expect(pairs).toContainEqual(['Prosecutors said Whitcombe spe', 'He bought a Rolex for about $4']);
    expect(pairs).toContainEqual(['U.S. District Judge Anna L. Pe', 'Judge Petrakis described the p']);
  });

  it('pairs reworded sentences whose one shared fact one outlet changed: each still states a figure, or a date', () => {
    const changed = [
      segmentDocument('x', 'Tenant groups held their first rally outside City Hall on Tuesday to demand rent limits.'),
      segmentDocument('y', 'The tenant groups rallied outside City Hall for the first time on Saturday, demanding rent limits.'),
    ];
    expect(pairSentences(changed).map((pair) => [pair.a.doc, pair.b.doc])).toEqual([['x', 'y']]);
  });

  it('leaves a weekday only one of two sentences gives out of their score, so another day does not part them', () => {
    const previews = [
      segmentDocument('x', 'Senator Ilse Marwick is heading to Dunmore College for a speech Thursday morning, but not before a sharp letter from its faculty.'),
      segmentDocument('y', 'The letter went to Senator Marwick ahead of her appearance on the Presbyterian campus on Friday morning to give the Calloway Lecture.'),
    ];
    const [pair] = pairSentences(previews);
    expect(pair?.score).toBeGreaterThan(0.25);
    expect(pair?.shared.names).toEqual(['Senator', 'Marwick']);
  });

  it('leaves apart sentences that share the topic but state other facts', () => {
    const pairs = pairsOf();
    expect(pairs.filter(([, b]) => b.startsWith('His wife'))).toEqual([]);
    expect(pairs.filter(([a, b]) => a.startsWith('The weather') || b.startsWith('The weather') || b.startsWith('Oregon lawmakers'))).toEqual([]);
  });

  it('gives exact offsets, a score and the shared facts by kind', () => {
    const pair = pairSentences(documents).find((candidate) => candidate.a.text.startsWith('Former congressman'))!;
    expect(STORY.a.slice(pair.a.start, pair.a.end)).toBe(pair.a.text);
    expect(STORY.b.slice(pair.b.start, pair.b.end)).toBe(pair.b.text);
    expect(pair.score).toBeGreaterThan(0.3);
    expect(pair.shared.names).toContain('Whitcombe');
    expect(pair.shared.numbers).toContain('30');
    expect(pair.shared.dates).toContain('Tuesday');
    expect(pair.identical).toBe(false);
  });

  it('pairs every reprint of a sentence as identical, and finds sentences by offset', () => {
    const reprinted = [segmentDocument('x', STORY.a), segmentDocument('y', STORY.a)];
    const identical = pairSentences(reprinted).filter((pair) => pair.identical);
    expect(identical).toHaveLength(4);
    const correspondence = correspondSentences(reprinted);
    const offset = STORY.a.indexOf('Rolex');
    expect(correspondence.sentenceAt('x', offset)).toBe(correspondence.sentenceAt('y', offset));
    expect(correspondence.sentenceAt('z', offset)).toBe(-1);
  });

  it('reads figures written as words or with a percent sign as the digits and the word another outlet writes', () => {
    const worded = [
      segmentDocument('x', 'Sixty-five boats were sunk by the storm in the harbour of Caldera. Port workers voted 58 percent for the strike.'),
      segmentDocument('y', 'The storm sank 65 boats at Caldera. The strike was backed by 58% of the port workers.'),
    ];
    const pairs = pairSentences(worded);
    expect(pairs.map((pair) => [pair.a.text.slice(0, 12), pair.b.text.slice(0, 12)])).toEqual([
      ['Sixty-five b', 'The storm sa'],
      ['Port workers', 'The strike w'],
    ]);
    expect(pairs.flatMap((pair) => pair.shared.numbers)).toEqual(['65', '58']);
  });

  it('reads years as dates, never as rounded figures: 2011 and 2019 share nothing', () => {
    const years = [segmentDocument('x', 'A quake of magnitude 5.1 hit the region in 2019, killing two people.'), segmentDocument('y', 'The region’s last deadly quake, in 2011, killed 14 people.')];
    expect(pairSentences(years).flatMap((pair) => pair.shared.numbers)).toEqual([]);
  });

  it('reads a clock time as one time, never as figures: the minutes of "6:21 p.m." are not the figure 21', () => {
    const timed = [
      segmentDocument('x', 'Police reached the burning school at 6:21 p.m., the fire chief said.'),
      segmentDocument('y', 'The fire chief said 21 officers reached the burning school.'),
      segmentDocument('z', 'Officers got to the burning school at 18:21, according to the fire chief.'),
    ];
    const pairs = pairSentences(timed);
    expect(pairs.map((pair) => [pair.a.doc, pair.b.doc])).toEqual([['x', 'z']]);
    expect(pairs[0]!.shared).toMatchObject({ numbers: [], dates: ['18:21'] });
  });

  it('never pairs two sentences of one document', () => {
    const one = [segmentDocument('a', `${STORY.a} ${STORY.b}`)];
    expect(pairSentences(one)).toEqual([]);
  });
});
