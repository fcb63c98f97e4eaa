// Unicode sentence boundaries (UAX #29): Intl.Segmenter's, and the same scanned by hand for the
// characters of nearly all news text, where Intl.Segmenter builds an object per sentence and was
// about a tenth of segmenting a corpus. A paragraph holding any other character, or longer than
// the segmenter's chunk, is left to Intl.Segmenter; sentence-boundaries.property.test.ts checks
// that the two agree. sentences.ts repairs what the rules get wrong in news text.
import type { TextRange } from './span';

/** Splits one paragraph's text into consecutive ranges covering it. */
export type SentenceSplitter = (text: string) => TextRange[];

let intlSegmenter: Intl.Segmenter | undefined;

// Intl.Segmenter slows down more than linearly on long inputs (200 K characters take ~100 times
// as long as 50 K), so a long paragraph is cut into chunks first, after a sentence end if
// one is near the limit, else after a space.
const MAX_SEGMENTER_INPUT = 8192;
const CHUNK_BREAK = /[.!?…]["'”’)]*\s+|\s+/gu;

function chunkEnd(text: string, start: number): number {
  if (text.length - start <= MAX_SEGMENTER_INPUT) return text.length;
  const window = text.slice(start, start + MAX_SEGMENTER_INPUT);
  let sentenceEnd = -1;
  let spaceEnd = -1;
  for (const match of window.matchAll(CHUNK_BREAK)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end >= window.length) break;
    if (/\S/u.test(match[0][0] ?? ' ')) sentenceEnd = end;
    else spaceEnd = end;
  }
  const cut = sentenceEnd > MAX_SEGMENTER_INPUT / 2 ? sentenceEnd : spaceEnd > 0 ? spaceEnd : window.length;
  return start + cut;
}

/** Unicode sentence boundaries (UAX #29) via Intl.Segmenter. */
export const intlSentenceSplitter: SentenceSplitter = (text) => {
  intlSegmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const ranges: TextRange[] = [];
  for (let start = 0; start < text.length; ) {
    const end = chunkEnd(text, start);
    for (const { index, segment } of intlSegmenter.segment(text.slice(start, end))) ranges.push({ start: start + index, end: start + index + segment.length });
    start = end;
  }
  return ranges;
};

// Sentence_Break property values (UAX #29, table 4) of the characters scanned here.
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const NUMERIC = 3;
const A_TERM = 4;
const S_TERM = 5;
const CLOSE = 6;
const SP = 7;
const S_CONTINUE = 8;
const CR = 9;
const LF = 10;
/** Not classified here: the paragraph goes to Intl.Segmenter. */
const UNKNOWN = 11;

const ASCII_END = 0x80;

function asciiClass(code: number): number {
  const char = String.fromCharCode(code);
  if (code === 0x0d) return CR;
  if (code === 0x0a) return LF;
  if (code === 0x09 || code === 0x0b || code === 0x0c || code === 0x20) return SP;
  if (code < 0x20 || code === 0x7f) return UNKNOWN;
  if (char >= 'a' && char <= 'z') return LOWER;
  if (char >= 'A' && char <= 'Z') return UPPER;
  if (char >= '0' && char <= '9') return NUMERIC;
  if (char === '.') return A_TERM;
  if (char === '!' || char === '?') return S_TERM;
  if ('"\'()[]{}'.includes(char)) return CLOSE;
  if (',-:;'.includes(char)) return S_CONTINUE;
  return OTHER;
}

const ASCII_CLASSES = Uint8Array.from({ length: ASCII_END }, (_, code) => asciiClass(code));

/** The class of a code unit; beyond ASCII, of the few characters news text is full of. */
function classOf(code: number): number {
  if (code < ASCII_END) return ASCII_CLASSES[code] as number;
  switch (code) {
    case 0x00a0: // no-break space
      return SP;
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
      return CLOSE;
    case 0x2013: // –
    case 0x2014: // —
      return S_CONTINUE;
    case 0x2026: // …
      return OTHER;
    default:
      return UNKNOWN;
  }
}

const classAt = (text: string, index: number): number => classOf(text.charCodeAt(index));

/**
 * Whether the rules keep together what follows a sentence terminal at `term` and its closing
 * marks and spaces, which end before `next` (a character that is not a line end).
 */
function continuesAfterTerminal(text: string, term: number, next: number): boolean {
  const terminal = classAt(text, term);
  const following = classAt(text, next);
  // SB8a: a comma, colon, dash or another terminal continues the sentence.
  if (following === S_CONTINUE || following === A_TERM || following === S_TERM) return true;
  if (terminal !== A_TERM) return false;
  if (next === term + 1) {
    // SB6: "3.5"; SB7: "U.S" in "U.S.A".
    if (following === NUMERIC) return true;
    const before = term > 0 ? classAt(text, term - 1) : OTHER;
    if (following === UPPER && (before === UPPER || before === LOWER)) return true;
  }
  // SB8: after a full stop, the sentence goes on if the next letter is lower case.
  for (let at = next; at < text.length; at += 1) {
    const found = classAt(text, at);
    if (found === LOWER) return true;
    if (found === UPPER || found === CR || found === LF || found === A_TERM || found === S_TERM) return false;
  }
  return false;
}

function isScanned(text: string): boolean {
  if (text.length > MAX_SEGMENTER_INPUT) return false;
  for (let index = 0; index < text.length; index += 1) if (classAt(text, index) === UNKNOWN) return false;
  return true;
}

/** The ranges intlSentenceSplitter gives, scanned by hand where the characters allow. */
export const sentenceSplitter: SentenceSplitter = (text) => {
  if (!isScanned(text)) return intlSentenceSplitter(text);
  const ranges: TextRange[] = [];
  let start = 0;
  const breakAt = (end: number): void => {
    ranges.push({ start, end });
    start = end;
  };
  for (let at = 0; at < text.length; ) {
    const found = classAt(text, at);
    // SB3, SB4: a break after a line end, CR LF being one.
    if (found === CR) {
      at += classAt(text, at + 1) === LF ? 2 : 1;
      breakAt(at);
      continue;
    }
    if (found === LF) {
      at += 1;
      breakAt(at);
      continue;
    }
    if (found !== A_TERM && found !== S_TERM) {
      at += 1;
      continue;
    }
    // SB9, SB10: a terminal takes its closing marks and spaces; SB11 breaks after them.
    const term = at;
    at += 1;
    while (at < text.length && classAt(text, at) === CLOSE) at += 1;
    while (at < text.length && classAt(text, at) === SP) at += 1;
    if (at === text.length || classAt(text, at) === CR || classAt(text, at) === LF) continue;
    if (!continuesAfterTerminal(text, term, at)) breakAt(at);
  }
  if (start < text.length) breakAt(text.length);
  return ranges;
};
