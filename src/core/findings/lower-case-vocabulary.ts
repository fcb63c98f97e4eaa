// Words a corpus writes in lower case: a capitalised word that also occurs in lower case
// ("Source" / "source") is no name. A word here is a maximal run of lower-case letters not
// preceded by a letter or an apostrophe, as /(?<![\p{L}’'])\p{Ll}+/u would find it; the scan is
// written out by hand because that Unicode regex reads only ~40 MB/s and every character of the
// corpus passes through it.

const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

const nonAsciiClass = new Map<number, 'lower' | 'letter' | 'other'>();

/** 'lower', 'letter' (any other letter) or 'other', for one code point. */
function classOf(codePoint: number): 'lower' | 'letter' | 'other' {
  if (codePoint < 0x80) {
    if (codePoint >= 0x61 && codePoint <= 0x7a) return 'lower';
    return codePoint >= 0x41 && codePoint <= 0x5a ? 'letter' : 'other';
  }
  let known = nonAsciiClass.get(codePoint);
  if (known === undefined) {
    const char = String.fromCodePoint(codePoint);
    known = LOWER.test(char) ? 'lower' : LETTER.test(char) ? 'letter' : 'other';
    nonAsciiClass.set(codePoint, known);
  }
  return known;
}

/** Adds the lower-case words of `text` to `words`. */
export function addLowerCaseWords(text: string, words: Set<string>): void {
  // Whether the previous character is a letter or an apostrophe, which rules out a word starting here.
  let blocked = false;
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    const kind = classOf(codePoint);
    if (kind === 'lower' && !blocked) {
      let end = index;
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        if (classOf(next) !== 'lower') break;
        end += next > 0xffff ? 2 : 1;
      }
      words.add(text.slice(index, end));
      index = end;
      blocked = true;
      continue;
    }
    blocked = kind !== 'other' || codePoint === APOSTROPHE || codePoint === RIGHT_SINGLE_QUOTE;
    index += codePoint > 0xffff ? 2 : 1;
  }
}
