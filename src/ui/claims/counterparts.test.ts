import { describe, expect, it } from 'vitest';
import type { AlignmentGroup } from '../../core/model/analysis';
import { counterpartOffers } from './counterparts';

const group: AlignmentGroup = {
  id: 'g1',
  kind: 'paraphrase',
  score: 0.7,
  passages: [
    { doc: '002', start: 100, end: 200, text: 'invasion of Ukraine in February 2021' },
    { doc: '001', start: 50, end: 120, text: 'invasion of Ukraine last year' },
    { doc: '004', start: 10, end: 90, text: 'assault on Ukraine a year ago' },
  ],
};
const unrelated: AlignmentGroup = { id: 'g2', kind: 'identical', score: 1, passages: [{ doc: '002', start: 300, end: 320, text: 'x' }, { doc: '003', start: 0, end: 20, text: 'x' }] };

describe('counterpartOffers', () => {
  it('offers the other passages of every group the cited span falls in', () => {
    const offers = counterpartOffers([group, unrelated], [{ docId: '002', start: 150, end: 163 }]);
    expect(offers.map((o) => [o.docId, o.start, o.end, o.kind])).toEqual([
      ['001', 50, 120, 'paraphrase'],
      ['004', 10, 90, 'paraphrase'],
    ]);
  });

  it('leaves out passages already cited', () => {
    const offers = counterpartOffers([group], [{ docId: '002', start: 150, end: 163 }, { docId: '004', start: 60, end: 70 }]);
    expect(offers.map((o) => o.docId)).toEqual(['001']);
  });

  it('offers nothing for a passage the cited span only runs into by a few characters', () => {
    const next: AlignmentGroup = { id: 'g3', kind: 'paraphrase', score: 0.6, passages: [{ doc: '002', start: 200, end: 260, text: 'the next sentence' }, { doc: '003', start: 40, end: 90, text: 'its counterpart' }] };
    const offers = counterpartOffers([group, next], [{ docId: '002', start: 150, end: 204 }]);
    expect(offers.map((o) => o.docId)).toEqual(['001', '004']);
  });

  it('offers the counterparts of a span cited across two passages half and half', () => {
    const next: AlignmentGroup = { id: 'g3', kind: 'paraphrase', score: 0.6, passages: [{ doc: '002', start: 200, end: 260, text: 'the next sentence' }, { doc: '003', start: 40, end: 90, text: 'its counterpart' }] };
    const offers = counterpartOffers([group, next], [{ docId: '002', start: 180, end: 220 }]);
    expect(offers.map((o) => o.docId)).toEqual(['001', '004', '003']);
  });

  it('offers nothing from an analysis of an older text, whose offsets quote other words', () => {
    const cited = [{ docId: '002', start: 150, end: 163 }];
    expect(counterpartOffers([group], cited, (docId) => docId !== '002')).toEqual([]);
    expect(counterpartOffers([group], cited, (docId) => docId !== '004').map((o) => o.docId)).toEqual(['001']);
  });

  it('offers nothing from the source the quoted passage is in: a caption it repeats is not the passage elsewhere', () => {
    const caption: AlignmentGroup = {
      id: 'g4',
      kind: 'identical',
      score: 1,
      passages: [
        { doc: '002', start: 400, end: 440, text: 'Photo: the two ministers in Jakarta' },
        { doc: '002', start: 900, end: 940, text: 'Photo: the two ministers in Jakarta' },
        { doc: '003', start: 500, end: 540, text: 'Photo: the two ministers in Jakarta' },
      ],
    };
    const offers = counterpartOffers([caption], [{ docId: '002', start: 400, end: 440 }]);
    expect(offers.map((o) => [o.docId, o.start])).toEqual([['003', 500]]);
    expect(counterpartOffers([{ ...caption, passages: caption.passages.slice(0, 2) }], [{ docId: '002', start: 900, end: 940 }])).toEqual([]);
  });

  it('offers nothing when no cited span is in a group', () => {
    expect(counterpartOffers([group], [{ docId: '002', start: 0, end: 100 }])).toEqual([]);
  });
});
