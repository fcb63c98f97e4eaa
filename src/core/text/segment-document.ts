// A document's passages: its sentences, each carrying its paragraph index and the paragraph's
// boilerplate reason, with offsets into the original text. Inside a furniture paragraph a sentence
// may be furniture of another kind ("… download our mobile app. Copyright 2023.").
import type { BoilerplateReason, Passage } from '../model/analysis';
import { detectBoilerplate } from './boilerplate';
import { classifyParagraph } from './boilerplate-rules';
import { segmentParagraphs } from './paragraphs';
import { sentenceSplitter, type SentenceSplitter } from './sentence-boundaries';
import { segmentSentences } from './sentences';
import type { TextRange } from './span';

/** What a paragraph's own text decides: its shape as furniture and its sentences (offsets into it). */
interface ParagraphReading {
  shape: BoilerplateReason | null;
  sentences: TextRange[];
}

type ReadParagraph = (paragraph: string) => ParagraphReading;

function segmentWith(docId: string, text: string, read: ReadParagraph): Passage[] {
  const paragraphs = segmentParagraphs(text);
  const paragraphTexts = paragraphs.map((range) => text.slice(range.start, range.end));
  const readings = paragraphTexts.map(read);
  const reasons = detectBoilerplate(paragraphTexts, (_, index) => (readings[index] as ParagraphReading).shape);
  const passages: Passage[] = [];
  paragraphs.forEach((paragraph, index) => {
    const { sentences } = readings[index] as ParagraphReading;
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

const readParagraph = (splitter: SentenceSplitter): ReadParagraph => (paragraph) => ({ shape: classifyParagraph(paragraph), sentences: segmentSentences(paragraph, splitter) });

export function segmentDocument(docId: string, text: string, splitter: SentenceSplitter = sentenceSplitter): Passage[] {
  return segmentWith(docId, text, readParagraph(splitter));
}

/**
 * segmentDocument for the documents of one corpus. Reprints repeat whole paragraphs across
 * hundreds of documents, and a paragraph's shape and sentences depend on its text alone, so each
 * distinct paragraph is read once; the passages are the same as segmentDocument's.
 */
export function corpusSegmenter(splitter: SentenceSplitter = sentenceSplitter): (docId: string, text: string) => Passage[] {
  const read = readParagraph(splitter);
  const readings = new Map<string, ParagraphReading>();
  return (docId, text) =>
    segmentWith(docId, text, (paragraph) => {
      let reading = readings.get(paragraph);
      if (!reading) {
        reading = read(paragraph);
        readings.set(paragraph, reading);
      }
      return reading;
    });
}
