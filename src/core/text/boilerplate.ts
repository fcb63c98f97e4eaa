// Page furniture by position and repetition, on top of each paragraph's own shape:
// 1. classify each paragraph by its shape (boilerplate-rules.ts);
// 2. a caption printed several times (with or without its "- Copyright" credit) is furniture;
// 3. after a teaser heading ("You may also like", "Next In …") the rest of the page is teasers;
// 4. the paragraph after "Written By" is the author's bio;
// 5. short unpunctuated lines touching furniture (or opening the page) are navigation.
import type { BoilerplateReason } from '../model/analysis';
import { BYLINE_HEADING, classifyParagraph, endsLikeSentence, isFurnitureSizedLine } from './boilerplate-rules';

const CREDIT_SUFFIX = /\s[-–—]\s*copyright\b.*$/iu;
const MIN_CAPTION_LENGTH = 20;
const MAX_CAPTION_LENGTH = 300;

function captionKey(paragraph: string): string {
  return paragraph.replace(CREDIT_SUFFIX, '').trim().toLowerCase();
}

/** "Alt text Alt text": image alt text printed next to an identical caption (neither a sentence). */
function isDoubledLine(paragraph: string): boolean {
  const half = (paragraph.length - 1) / 2;
  if (!Number.isInteger(half) || half < MIN_CAPTION_LENGTH || half > MAX_CAPTION_LENGTH) return false;
  const first = paragraph.slice(0, half);
  return first === paragraph.slice(half + 1) && !endsLikeSentence(first);
}

function markRepeatedCaptions(paragraphs: readonly string[], reasons: (BoilerplateReason | null)[]): void {
  const counts = new Map<string, number>();
  const keys = paragraphs.map(captionKey);
  for (const key of keys) if (key.length >= MIN_CAPTION_LENGTH) counts.set(key, (counts.get(key) ?? 0) + 1);
  paragraphs.forEach((paragraph, index) => {
    const repeated = (counts.get(keys[index]!) ?? 0) >= 2;
    const captionShaped = !endsLikeSentence(paragraph) || CREDIT_SUFFIX.test(paragraph);
    if ((repeated && captionShaped) || isDoubledLine(paragraph)) reasons[index] = 'repeated-caption';
  });
}

function markTeaserTail(reasons: (BoilerplateReason | null)[]): void {
  const heading = reasons.indexOf('related-teaser');
  if (heading < 0) return;
  for (let index = heading + 1; index < reasons.length; index += 1) reasons[index] ??= 'related-teaser';
}

function markNavigation(paragraphs: readonly string[], reasons: (BoilerplateReason | null)[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    paragraphs.forEach((paragraph, index) => {
      if (reasons[index] !== null || !isFurnitureSizedLine(paragraph)) return;
      const touchesFurniture = index === 0 || reasons[index - 1] != null || reasons[index + 1] != null;
      if (touchesFurniture) {
        reasons[index] = 'navigation';
        changed = true;
      }
    });
  }
}

/** One reason (or null for content) per paragraph, in the same order; `shapeOf` is classifyParagraph or a memo of it. */
export function detectBoilerplate(
  paragraphs: readonly string[],
  shapeOf: (paragraph: string, index: number) => BoilerplateReason | null = classifyParagraph,
): (BoilerplateReason | null)[] {
  const reasons = paragraphs.map((paragraph, index) => shapeOf(paragraph, index));
  markRepeatedCaptions(paragraphs, reasons);
  markTeaserTail(reasons);
  for (let index = 1; index < paragraphs.length; index += 1) {
    if (reasons[index] === null && BYLINE_HEADING.test(paragraphs[index - 1] ?? '')) reasons[index] = 'byline';
  }
  markNavigation(paragraphs, reasons);
  return reasons;
}
