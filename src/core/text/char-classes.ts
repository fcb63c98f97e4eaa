// Unicode classes of single characters, for the hand-written scans that replace Unicode regexes
// on every character of a corpus (those regexes read ~40 MB/s). Each Basic Multilingual Plane
// character is classified once, by the regex, into a fixed 64 KB table.

export const LOWER = 1;
export const LETTER = 2;
export const NUMBER = 4;
export const UPPER = 8;
/** Marks a table entry as filled in: a character of no class is stored as KNOWN alone. */
const KNOWN = 16;

const table = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return (
    (/^\p{Ll}$/u.test(char) ? LOWER : 0) |
    (/^\p{L}$/u.test(char) ? LETTER : 0) |
    (/^\p{N}$/u.test(char) ? NUMBER : 0) |
    (/^\p{Lu}$/u.test(char) ? UPPER : 0)
  );
}

/** The classes of one code point, as a bit set of LOWER, LETTER, NUMBER and UPPER. */
export function charClass(codePoint: number): number {
  if (codePoint > 0xffff) return classify(codePoint);
  let known = table[codePoint]!;
  if (known === 0) {
    known = classify(codePoint) | KNOWN;
    table[codePoint] = known;
  }
  return known & ~KNOWN;
}

/** Code points below this are ASCII: nearly all of news text, classified by its code unit. */
const ASCII_END = 0x80;
const ASCII_CLASSES = Uint8Array.from({ length: ASCII_END }, (_, code) => charClass(code));

/** Set in charClassAt's answer when the character takes two code units (beyond the Basic Multilingual Plane). */
export const WIDE = 32;

/**
 * The classes of the character at `index` of `text`, with WIDE when it takes two code units: ASCII
 * by its code unit from a small table, the rest by code point.
 */
export function charClassAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < ASCII_END) return ASCII_CLASSES[unit]!;
  const codePoint = text.codePointAt(index)!;
  return codePoint > 0xffff ? charClass(codePoint) | WIDE : charClass(codePoint);
}
