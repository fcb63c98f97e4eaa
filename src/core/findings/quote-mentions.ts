// Quotations and who they are attributed to. Curly double quotes pair unambiguously (an opening
// curly quote with no curly closer on its line closes at a straight one: “…," he said); straight
// double quotes pair in order within a line; a curly single quote opens only before a letter
// after a space or bracket, and closes only before a non-letter, because ’ is also the
// apostrophe ("China’s", "allies’"). A quote left open runs to the end of its line. Single
// quotes inside a double-quoted span are part of that quote.
import type { QuoteMention, TextRange } from './mention-types';
import { NOT_NAME_WORDS } from './name-lexicon';
import { sentenceAround } from '../text/text-units';

const SPEECH_VERB = '(?:said|says|added|adds|stated|told|noted|stressed|explained|wrote|declared|insisted|warned|promised|emphasi[sz]ed|urged|was\\s+quoted\\s+as\\s+saying)';
const NAME = '(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?\\p{Lu}[\\p{L}’\'-]+(?:\\s+\\p{Lu}[\\p{L}’\'-]+){0,3}';
const SPEAKER_AFTER = [
  new RegExp(`^[\\s,.;:]*(${NAME}|he|she)\\s+${SPEECH_VERB}\\b`, 'u'),
  new RegExp(`^[\\s,.;:]*${SPEECH_VERB}\\s+(${NAME})`, 'u'),
];
const SPEAKER_BEFORE = new RegExp(`(${NAME}|\\b[Hh]e|\\b[Ss]he)(?:,[^,]{1,60},)?\\s+(?:also\\s+)?${SPEECH_VERB}\\b`, 'gu');

interface QuoteSpan {
  open: number;
  close: number;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

/** “…," Romney said: a curly quote closed by a straight one (a mark after a word, before a space, punctuation or the line's end). */
function straightCloser(text: string, from: number, end: number): number | null {
  for (let at = text.indexOf('"', from); at >= 0 && at < end; at = text.indexOf('"', at + 1)) {
    if (at > from && !/\s/u.test(text[at - 1]!) && (at + 1 === end || /[\s,.;:!?)]/u.test(text[at + 1]!))) return at;
  }
  return null;
}

/** The characters a quotation opens with; the scan jumps from one to the next. */
const OPENING_MARK = /[“"‘]/g;

function findQuoteSpans(text: string, range: TextRange): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Searched in the range alone: a search of the whole text would run past the range to the next mark.
  const rangeText = text.slice(range.start, range.end);
  OPENING_MARK.lastIndex = 0;
  for (let mark = OPENING_MARK.exec(rangeText); mark !== null; mark = OPENING_MARK.exec(rangeText)) {
    const index = range.start + mark.index;
    const char = mark[0];
    let close = -1;
    // The line end is looked up only at a quote mark: scanning to it from every character is quadratic in the line's length.
    if (char === '“') {
      const end = lineEnd(text, index);
      close = text.indexOf('”', index + 1);
      if (close < 0 || close > end) close = straightCloser(text, index + 1, end) ?? end;
    } else if (char === '"') {
      close = text.indexOf('"', index + 1);
      if (close < 0 || close > lineEnd(text, index)) close = -1;
    } else if (char === '‘' && /[\s([“"]/.test(text[index - 1] ?? ' ') && /\p{L}/u.test(text[index + 1] ?? '')) {
      const closer = /’(?![\p{L}])/gu;
      closer.lastIndex = index + 1;
      const match = closer.exec(text);
      close = match && match.index <= lineEnd(text, index) ? match.index : -1;
    }
    if (close > index + 1) {
      spans.push({ open: index, close });
      OPENING_MARK.lastIndex = close + 1 - range.start;
    }
  }
  return spans;
}

/** Collapses spaces and writes every ellipsis as "…", dropping a dangling comma or full stop. */
export function normaliseQuote(words: string): string {
  // The ellipsis patterns start with \s*, so they are tried at every character: only a quote holding an ellipsis is searched.
  const ellipsis = words.includes('…') || words.includes('...');
  return (ellipsis ? words.replace(/\(\s*(?:…|\.\.\.)\s*\)|\.\.\./g, '…').replace(/\s*…\s*/g, ' … ') : words)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:.]+$/, '')
    .replace(/^…\s*/, '');
}

/** A sentence opening with a person named in full, an appositive maybe, then a verb: "Governor Jan Brewer, a Republican, vetoed". */
const SUBJECT = new RegExp(`(?:^|[.!?”"]\\s+|\\n)(${NAME})(?:,[^,]{1,80},)?\\s+\\p{Ll}`, 'gu');
const FULL_NAME = /\b\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+/gu;

/** Words of a subject that name a person: titles and sentence openers ("The Senate") left out. */
function personWords(subject: string): string[] {
  return subject.split(/\s+/).filter((word) => !NOT_NAME_WORDS.has(word.replace(/\.$/, '')));
}

/**
 * Who "he" or "she" is: the last person named as saying something within the 400 characters
 * before, else the person named in full as the subject of a sentence there — unless another full
 * name comes after that subject, when the pronoun could be either and no speaker is guessed.
 */
function nearestPersonBefore(text: string, before: number): string | null {
  const window = text.slice(Math.max(0, before - 400), before);
  const names = [...window.matchAll(/\b(?:Mr\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=\s+(?:said|says|added|met|told|stressed|noted))/gu)];
  if (names.length > 0) return names.at(-1)![0];
  const subject = [...window.matchAll(SUBJECT)].filter((match) => personWords(match[1]!).length >= 2).at(-1);
  if (!subject) return null;
  const own = new Set(personWords(subject[1]!));
  const later = window.slice(subject.index + subject[0].length - 1);
  const others = [...later.matchAll(FULL_NAME)].filter((match) => !match[0].split(/\s+/).every((word) => own.has(word) || NOT_NAME_WORDS.has(word)));
  return others.length === 0 ? subject[1]! : null;
}

// "agrees with Suthers' opinion that the suit is 'without merit'": the words are Suthers', whoever agrees.
const HOLDER_BEFORE = /(\p{Lu}[\p{L}-]+)(?:[’']s|[’'])\s+(?:own\s+)?(?:opinion|view|argument|claim|assessment|position|statement|words|contention|description|remark|comment|conclusion|finding)s?\b[^“”"]{0,60}$/u;
const ACCORDING_TO_AFTER = new RegExp(`^[\\s,]*according\\s+to\\s+(${NAME})`, 'u');

function speakerOf(text: string, span: QuoteSpan): { speaker: string | null; speakerNamed: boolean } {
  const sentence = sentenceAround(text, span.open);
  const holder = HOLDER_BEFORE.exec(text.slice(sentence.start, span.open))?.[1];
  if (holder) return { speaker: holder, speakerNamed: true };
  const according = ACCORDING_TO_AFTER.exec(text.slice(span.close + 1, Math.min(span.close + 80, lineEnd(text, span.close + 1))))?.[1];
  if (according) return { speaker: according, speakerNamed: true };
  const after = text.slice(span.close + 1, Math.min(span.close + 80, lineEnd(text, span.close + 1)));
  for (const pattern of SPEAKER_AFTER) {
    const match = pattern.exec(after);
    if (!match) continue;
    if (/^(he|she)$/i.test(match[1]!)) return { speaker: nearestPersonBefore(text, span.open), speakerNamed: false };
    return { speaker: match[1]!, speakerNamed: true };
  }
  const before = [...text.slice(sentence.start, span.open).matchAll(SPEAKER_BEFORE)].at(-1);
  if (!before) return { speaker: null, speakerNamed: false };
  if (/^(he|she)$/i.test(before[1]!)) return { speaker: nearestPersonBefore(text, sentence.start), speakerNamed: false };
  return { speaker: before[1]!, speakerNamed: true };
}

type Speaker = ReturnType<typeof speakerOf>;

/** Speakers by the text a quote's speaker is read from (see speakerKey); reprints share one reading. */
export type SpeakerMemo = Map<string, Speaker>;

/** How far before a sentence's start sentenceAround looks (its abbreviation rules read 40 characters each side of a stop). */
const SENTENCE_START_CONTEXT = 41;
/** nearestPersonBefore's window. */
const PERSON_WINDOW = 400;
/** speakerOf's look after the quote. */
const AFTER_WINDOW = 80;

/**
 * All that speakerOf reads: its sentence found from the text before it, the 400 characters before
 * the sentence (pronouns), the 80 after the quote, and whether that stretch starts the text.
 * Equal keys give equal speakers, so a quote reprinted across the corpus is attributed once.
 */
function speakerKey(text: string, span: QuoteSpan): string {
  const from = Math.max(0, sentenceAround(text, span.open).start - PERSON_WINDOW - SENTENCE_START_CONTEXT);
  const to = Math.min(text.length, span.close + AFTER_WINDOW);
  return `${from === 0 ? 'start' : ''}:${span.open - from}:${span.close - from}:${text.slice(from, to)}`;
}

export function extractQuoteMentions(doc: string, text: string, ranges: TextRange[], speakers: SpeakerMemo = new Map()): QuoteMention[] {
  const mentions: QuoteMention[] = [];
  for (const range of ranges) {
    for (const span of findQuoteSpans(text, range)) {
      const inner = text.slice(span.open + 1, span.close);
      const quote = normaliseQuote(inner);
      if (!/\p{L}/u.test(quote)) continue;
      const end = span.close < text.length && text[span.close] !== '\n' ? span.close + 1 : span.close;
      const key = speakerKey(text, span);
      let speaker = speakers.get(key);
      if (!speaker) {
        speaker = speakerOf(text, span);
        speakers.set(key, speaker);
      }
      mentions.push({ doc, start: span.open, end, text: text.slice(span.open, end), quote, ...speaker });
    }
  }
  return mentions;
}
