// A document's passages: its sentences, each carrying its paragraph index and the paragraph's
// boilerplate reason, with offsets into the original text. Inside a furniture paragraph a sentence
// may be furniture of another kind ("… download our mobile app. Copyright 2023.").
import type { Passage } from '../model/analysis';
import { detectBoilerplate } from './boilerplate';
import { classifyParagraph } from './boilerplate-rules';
import { segmentParagraphs } from './paragraphs';
import { intlSentenceSplitter, segmentSentences, type SentenceSplitter } from './sentences';

export function segmentDocument(docId: string, text: string, splitter: SentenceSplitter = intlSentenceSplitter): Passage[] {
  const paragraphs = segmentParagraphs(text);
  const reasons = detectBoilerplate(paragraphs.map((range) => text.slice(range.start, range.end)));
  const passages: Passage[] = [];
  paragraphs.forEach((paragraph, index) => {
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    const sentences = segmentSentences(paragraphText, splitter);
    for (const sentence of sentences) {
      const start = paragraph.start + sentence.start;
      const end = paragraph.start + sentence.end;
      const sentenceText = text.slice(start, end);
      const paragraphReason = reasons[index] ?? null;
      const boilerplate = paragraphReason && sentences.length > 1 ? (classifyParagraph(sentenceText) ?? paragraphReason) : paragraphReason;
      passages.push({ doc: docId, start, end, text: sentenceText, paragraph: index, boilerplate });
    }
  });
  return passages;
}
