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

/** Code points below this are ASCII: nearly all of news text, classified by ASCII_CLASSES without a code point. */
export const ASCII_END = 0x80;
/** charClass of each ASCII code point, for scans that read ASCII by code unit. */
export const ASCII_CLASSES: Readonly<Uint8Array> = Uint8Array.from({ length: ASCII_END }, (_, code) => charClass(code));
