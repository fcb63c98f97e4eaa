import { describe, expect, it } from 'vitest';
import type { ProjectDocument, ProjectFileStory } from '../core/formats/project';
import { testDocument } from '../core/model/test-records';
import { putTextsBack, textsApart } from './import-texts';

const withText = (id: string, text: string | undefined): ProjectDocument => {
  const { text: _text, ...doc } = testDocument(id);
  return text === undefined ? doc : { ...doc, text };
};

const stories: ProjectFileStory[] = [
  { id: 's1', documents: [withText('a', 'The council met.'), withText('b', undefined), withText('c', 'A levy passed.')], claims: [], dismissedFindings: [] },
  { id: 's2', documents: [withText('d', 'The council voted.')], claims: [], dismissedFindings: [] },
];

describe('a project’s texts sent to the page apart', () => {
  it('leaves the texts out in batches of bounded size and puts each back where it was; a document without text stays without', () => {
    const { stories: bare, batches } = textsApart(stories, 20);
    expect(bare.flatMap((story) => story.documents.map((doc) => 'text' in doc))).toEqual([false, false, false, false]);
    expect(batches.map((batch) => batch.map(([, , text]) => text))).toEqual([['The council met.'], ['A levy passed.'], ['The council voted.']]);
    for (const batch of structuredClone(batches)) putTextsBack(bare, batch);
    expect(bare).toEqual(stories);
    expect(textsApart(stories).batches).toHaveLength(1);
  });

  it('says so when a text has no document to go to', () => {
    expect(() => putTextsBack(textsApart(stories).stories, [[1, 4, 'stray']])).toThrow('the import reader sent a text for a document it never listed (story 1, document 4)');
  });
});
