import { describe, expect, it } from 'vitest';
import { AlignmentIndex } from './clusters';
import { Counterparts } from './counterparts';
import { extractNameMentions } from './name-mentions';
import { relatedDocuments } from './related-documents';
import { corpusSegmenter } from '../text/segment-document';

const names = (doc: string, text: string) => extractNameMentions(doc, text, [{ start: 0, end: text.length }], () => false);
const noCounterparts = () => Counterparts.among({}, new AlignmentIndex([]));

describe('documents that report on the same people', () => {
  it('relates documents writing two full names alike, not documents sharing one', () => {
    const texts = new Map([
      ['a', 'David Smith met Alan Pryce at the shelter.'],
      ['b', 'Alan Pryce thanked David Smith on Friday.'],
      ['c', 'David Smith returns at fullback. Alan Price named the side.'],
    ]);
    const related = relatedDocuments({ docs: ['a', 'b', 'c'], groups: [], counterparts: noCounterparts(), names: [...texts].flatMap(([doc, text]) => names(doc, text)), texts, passages: {} });
    expect(related.get('a')).toBe(related.get('b'));
    expect(related.get('c')).not.toBe(related.get('a'));
  });

  it('relates documents holding passages of one alignment group', () => {
    const passage = (doc: string) => ({ doc, start: 0, end: 10, text: 'River rose' });
    const related = relatedDocuments({ docs: ['a', 'b', 'c'], groups: [{ id: 'g', kind: 'paraphrase', score: 1, passages: [passage('a'), passage('c')] }], counterparts: noCounterparts(), names: [], texts: new Map(), passages: {} });
    expect(related.get('a')).toBe(related.get('c'));
    expect(related.get('b')).not.toBe(related.get('a'));
  });

  it('reads a surname one letter off as the same where the given name is and the sentences say the same of the person', () => {
    const texts = new Map([
      ['a', 'Harbour Commissioner Nora Whitlock said on Monday the Vance Street pier would close. Mayor Tom Brandt agreed.'],
      ['b', 'Nora Whitlack, the harbour commissioner, announced the pier on Vance Street would close. Tom Brandt backed her.'],
      ['c', 'Nora Whitlack scored twice as the visitors won. Tom Brandt was sent off.'],
    ]);
    const relate = (docs: string[]) => {
      const among = new Map(docs.map((doc) => [doc, texts.get(doc)!]));
      const related = relatedDocuments({ docs, groups: [], counterparts: noCounterparts(), names: [...among].flatMap(([doc, text]) => names(doc, text)), texts: among, passages: {} });
      return related.get(docs[0]!) === related.get(docs[1]!);
    };
    expect(relate(['a', 'b'])).toBe(true);
    expect(relate(['a', 'c'])).toBe(false);
  });

  it('relates documents naming one person alike where two sentences say the same in four words besides names, none stating a figure or a date', () => {
    const texts = new Map([
      ['a', 'Water Board Director Greta Kellerman condemned the leak of the inspection files.\n\nThe utility gives no outside contractor direct access to the controls of the Dunmore pumping station, a spokesman said.'],
      ['b', 'Critics had claimed that outside contractors enjoyed direct access to the controls of the Dunmore pumping station for years.\n\nGreta Kellerman, the water board director, called the leak a breach of trust.'],
      ['c', 'Greta Kellerman, the water board director, opened the visitor centre by the reservoir.\n\nThe water board director said the reservoir was full.'],
    ]);
    const segment = corpusSegmenter();
    const relate = (docs: string[]) => {
      const among = new Map(docs.map((doc) => [doc, texts.get(doc)!]));
      const passages = Object.fromEntries([...among].map(([doc, text]) => [doc, segment(doc, text)]));
      const related = relatedDocuments({ docs, groups: [], counterparts: noCounterparts(), names: [...among].flatMap(([doc, text]) => names(doc, text)), texts: among, passages });
      return related.get(docs[0]!) === related.get(docs[1]!);
    };
    expect(relate(['a', 'b'])).toBe(true);
    // The same person and her office, told of another day: the words shared are her title's only.
    expect(relate(['b', 'c'])).toBe(false);
  });
});
