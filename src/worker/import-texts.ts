// A project file's texts cross from the import worker to the page apart from the rest of the
// reading, in batches (text-batches): all in the one answer held the page when the preview came.
import type { ProjectFileStory } from '../core/formats/project';
import { inTextBatches, TEXT_BATCH_CHARS } from './text-batches';

/** A text and where it goes: the story's and the document's index. */
export type PlacedText = [story: number, document: number, text: string];

/** The stories without their documents' texts, and the texts in batches of about `batchChars` characters. */
export function textsApart(stories: readonly ProjectFileStory[], batchChars = TEXT_BATCH_CHARS): { stories: ProjectFileStory[]; batches: PlacedText[][] } {
  const placed: PlacedText[] = [];
  const bare = stories.map((story, storyIndex) => ({
    ...story,
    documents: story.documents.map((doc, docIndex) => {
      if (doc.text === undefined) return doc;
      placed.push([storyIndex, docIndex, doc.text]);
      const { text: _text, ...rest } = doc;
      return rest;
    }),
  }));
  return { stories: bare, batches: inTextBatches(placed, ([, , text]) => text.length, batchChars) };
}

/** Puts a batch of texts back into the stories textsApart left them out of. */
export function putTextsBack(stories: ProjectFileStory[], batch: readonly PlacedText[]): void {
  for (const [story, document, text] of batch) {
    const doc = stories[story]?.documents[document];
    if (doc === undefined) throw new Error(`the import reader sent a text for a document it never listed (story ${story}, document ${document})`);
    doc.text = text;
  }
}
