// A project file's texts cross from the import worker to the page apart from the rest of the
// reading, in batches, each cloned in a task of its own: 10,000 documents' 52 MB in the one answer
// held the page about a second under load when the preview came.
import type { ProjectFileStory } from '../core/formats/project';

/** About this many characters of text per message (a few milliseconds to clone). */
export const IMPORT_TEXT_BATCH_CHARS = 2_000_000;

/** A text and where it goes: the story's and the document's index. */
export type PlacedText = [story: number, document: number, text: string];

/** The stories without their documents' texts, and the texts in batches of about `batchChars` characters. */
export function textsApart(stories: readonly ProjectFileStory[], batchChars = IMPORT_TEXT_BATCH_CHARS): { stories: ProjectFileStory[]; batches: PlacedText[][] } {
  const batches: PlacedText[][] = [];
  let batch: PlacedText[] = [];
  let chars = 0;
  const bare = stories.map((story, storyIndex) => ({
    ...story,
    documents: story.documents.map((doc, docIndex) => {
      if (doc.text === undefined) return doc;
      if (batch.length > 0 && chars + doc.text.length > batchChars) {
        batches.push(batch);
        batch = [];
        chars = 0;
      }
      batch.push([storyIndex, docIndex, doc.text]);
      chars += doc.text.length;
      const { text: _text, ...rest } = doc;
      return rest;
    }),
  }));
  if (batch.length > 0) batches.push(batch);
  return { stories: bare, batches };
}

/** Puts a batch of texts back into the stories textsApart left them out of. */
export function putTextsBack(stories: ProjectFileStory[], batch: readonly PlacedText[]): void {
  for (const [story, document, text] of batch) {
    const doc = stories[story]?.documents[document];
    if (doc === undefined) throw new Error(`the import reader sent a text for a document it never listed (story ${story}, document ${document})`);
    doc.text = text;
  }
}
