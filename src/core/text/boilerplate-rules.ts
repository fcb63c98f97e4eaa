// What page furniture looks like on its own, one paragraph at a time. Position and repetition
// (a caption printed three times, the teaser list after "You may also like") live in
// boilerplate.ts; these patterns only recognise a paragraph's own shape.
import type { BoilerplateReason } from '../model/analysis';

interface Rule {
  reason: BoilerplateReason;
  test: (paragraph: string) => boolean;
}

const SHORT_PARAGRAPH = 300;
const SENTENCE_END = /[.!?]["'”’)]*$/u;

const matches = (pattern: RegExp) => (paragraph: string) => pattern.test(paragraph);
const short = (pattern: RegExp) => (paragraph: string) => paragraph.length < SHORT_PARAGRAPH && pattern.test(paragraph);

/** "China , Russia , Ukraine War": several short capitalised items, no sentence. */
function isCommaTagList(paragraph: string): boolean {
  if (SENTENCE_END.test(paragraph)) return false;
  const items = paragraph.split(/\s*[,|]\s*/u).filter(Boolean);
  return items.length >= 4 && items.every((item) => /^[\p{Lu}\p{N}]/u.test(item) && item.split(/\s+/u).length <= 3);
}

/** A heading that announces links to other articles; everything after it is furniture. */
export const TEASER_HEADING =
  /^(?:you (?:may|might) also like|related (?:stories|articles|news|posts|content|coverage)|more from\b.{0,60}|(?:others|people) also read|also read|recommended(?: for you)?|next in\b.{0,60}|most (?:read|popular|viewed|shared)|trending(?: now)?|more stories|latest (?:news|stories)|read next|don't miss)\s*:?$/iu;

// A page's own publication or update stamp ("Published 13 May 2025", "Last modified on Tue 13 May
// 2025 09.12 BST"): it dates the document, not the event, so its date must not be compared with
// the dates other sources give the event. Only date and time words may follow the label, so a
// sentence that opens with the word ("Updated figures show …") stays content.
const STAMP_LABEL = String.raw`(?:(?:first |last )?(?:published|updated|modified|posted)(?: on| at)?)`;
const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun';
const ZONE = 'gmt|utc|bst|cet|cest|eet|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ist|aest|aedt|jst|hkt|sgt';
const STAMP_WORD = String.raw`(?:\d{1,4}(?:[:./-]\d{1,4})*(?:st|nd|rd|th|am|pm|h)?|(?:${MONTH}|${WEEKDAY})\.?|[ap]\.m\.|am|pm|${ZONE}|on|at|ago|an?|hours?|hrs?|minutes?|mins?|days?|weeks?|yesterday|today|[+-]\d{2}:?\d{2})`;
const PUBLICATION_STAMP = new RegExp(
  String.raw`^${STAMP_LABEL}\s*:?\s*${STAMP_WORD}(?:[\s,|·•–—-]+(?:${STAMP_LABEL}\s*:?\s*)?${STAMP_WORD})*[\s.]*$`,
  'iu',
);
const MAX_STAMP_LENGTH = 120;

export const BYLINE_HEADING = /^(?:written|posted|reported) by:?$/iu;

const RULES: Rule[] = [
  { reason: 'link-list', test: short(/^[•·▪►▸*-]?\s*(?:read (?:also|more)|see also|also read|related|lire aussi|more on this|watch)\s*:/iu) },
  { reason: 'link-list', test: short(/^source link$/iu) },
  { reason: 'related-teaser', test: (paragraph) => paragraph.length < 80 && TEASER_HEADING.test(paragraph) },
  { reason: 'promotion', test: matches(/download (?:our|the) (?:mobile |free )?app|subscribe (?:now|today|to (?:our|the))|sign up (?:for|to) (?:our|the)|newsletter|get the answers with|follow us on|our new platform/iu) },
  { reason: 'navigation', test: short(/^(?:hi,?\s*)?what are you looking for\??$|connect with us|^(?:skip to (?:main )?content|menu|home|search|share(?: this(?: article)?)?|log ?in|sign in|advertisement|published|updated|print|email|close)$/iu) },
  { reason: 'publication-stamp', test: (paragraph) => paragraph.length <= MAX_STAMP_LENGTH && PUBLICATION_STAMP.test(paragraph) },
  { reason: 'tag-list', test: short(/^(?:in this article|tags?|topics?|filed under|related topics|keywords)\s*:/iu) },
  { reason: 'tag-list', test: (paragraph) => paragraph.length < SHORT_PARAGRAPH && isCommaTagList(paragraph) },
  { reason: 'copyright', test: short(/^(?:copyright|©)|(?:copyright|©)\s*(?:\d{4}|\(c\))|all rights reserved/iu) },
  { reason: 'credit', test: short(/\s[-–—]\s*copyright\b|^(?:source|photo|image|credit|photograph|pictures?)s?\s*:|\[[^\]]*\b(?:photo|handout|getty|reuters|afp|ap|file)\b[^\]]*\]$/iu) },
  { reason: 'byline', test: (paragraph) => BYLINE_HEADING.test(paragraph) },
  { reason: 'byline', test: short(/^(?:[Bb]y|[Rr]eporting by|[Ee]dited by|[Ee]diting by|[Aa]dditional reporting by)\s+\p{Lu}[^.!?]{0,80}$/u) },
  // News agencies sign with their initials alone on a line ("AFP") and desks with codes ("burs-jfx/pbt").
  { reason: 'byline', test: matches(/^\p{Lu}{2,6}(?:\s*[/,&]\s*\p{Lu}{2,6})*$|^[a-z]{2,6}(?:-[a-z]{2,6})*(?:\/[a-z]{2,6})+$/u) },
];

/** The furniture a paragraph is by its own shape, or null when it reads as content. */
export function classifyParagraph(paragraph: string): BoilerplateReason | null {
  return RULES.find((rule) => rule.test(paragraph))?.reason ?? null;
}

// Three words of any realistic length fit in this many characters; longer lines are not menu items.
const MAX_FURNITURE_LINE = 60;

/** Short lines with no sentence punctuation: headings, section names, menu items. */
export function isFurnitureSizedLine(paragraph: string): boolean {
  if (paragraph.length > MAX_FURNITURE_LINE) return false;
  return paragraph.split(/\s+/u).length <= 3 && !SENTENCE_END.test(paragraph);
}

export function endsLikeSentence(paragraph: string): boolean {
  return SENTENCE_END.test(paragraph);
}
