import { describe, expect, it } from 'vitest';
import { AlignmentIndex } from './clusters';
import { Counterparts } from './counterparts';
import { extractNameMentions } from './name-mentions';
import { relatedDocuments } from './related-documents';

const names = (doc: string, text: string) => extractNameMentions(doc, text, [{ start: 0, end: text.length }], () => false);

describe('documents that report on the same people', () => {
  it('relates documents writing two full names alike, not documents sharing one', () => {
    const mentions = [
      ...names('a', 'David Smith met Alan Pryce at the shelter.'),
      ...names('b', 'Alan Pryce thanked David Smith on Friday.'),
      ...names('c', 'David Smith returns at fullback. Alan Price named the side.'),
    ];
    const related = relatedDocuments(['a', 'b', 'c'], [], Counterparts.among({}, new AlignmentIndex([])), mentions);
    expect(related.get('a')).toBe(related.get('b'));
    expect(related.get('c')).not.toBe(related.get('a'));
  });

  it('relates documents holding passages of one alignment group', () => {
    const passage = (doc: string) => ({ doc, start: 0, end: 10, text: 'River rose' });
    const related = relatedDocuments(['a', 'b', 'c'], [{ id: 'g', kind: 'paraphrase', score: 1, passages: [passage('a'), passage('c')] }], Counterparts.among({}, new AlignmentIndex([])), []);
    expect(related.get('a')).toBe(related.get('c'));
    expect(related.get('b')).not.toBe(related.get('a'));
  });
});
