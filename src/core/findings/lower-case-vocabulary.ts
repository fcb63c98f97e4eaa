// Words a corpus writes in lower case: a capitalised word that also occurs in lower case
// ("Source" / "source") is no name. A word here is a maximal run of lower-case letters not
// preceded by a letter or an apostrophe, as /(?<![\p{L}’'])\p{Ll}+/u would find it; the scan is
// written out by hand because that Unicode regex reads only ~40 MB/s and every character of the
// corpus passes through it.

const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

const LOWER_CLASS = 1;
const LETTER_CLASS = 2;
const OTHER_CLASS = 3;
/** Class of each Basic Multilingual Plane character, filled in as met (0: not yet known); 64 KB. */
const bmpClass = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return LOWER.test(char) ? LOWER_CLASS : LETTER.test(char) ? LETTER_CLASS : OTHER_CLASS;
}

/** LOWER_CLASS, LETTER_CLASS (any other letter) or OTHER_CLASS, for one code point. */
function classOf(codePoint: number): number {
  if (codePoint < 0x80) {
    if (codePoint >= 0x61 && codePoint <= 0x7a) return LOWER_CLASS;
    return codePoint >= 0x41 && codePoint <= 0x5a ? LETTER_CLASS : OTHER_CLASS;
  }
  if (codePoint > 0xffff) return classify(codePoint);
  if (bmpClass[codePoint] === 0) bmpClass[codePoint] = classify(codePoint);
  return bmpClass[codePoint]!;
}

/** Adds the lower-case words of `text` to `words`. */
export function addLowerCaseWords(text: string, words: Set<string>): void {
  // Whether the previous character is a letter or an apostrophe, which rules out a word starting here.
  let blocked = false;
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    const kind = classOf(codePoint);
    if (kind === LOWER_CLASS && !blocked) {
      let end = index;
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        if (classOf(next) !== LOWER_CLASS) break;
        end += next > 0xffff ? 2 : 1;
      }
      words.add(text.slice(index, end));
      index = end;
      blocked = true;
      continue;
    }
    blocked = kind !== OTHER_CLASS || codePoint === APOSTROPHE || codePoint === RIGHT_SINGLE_QUOTE;
    index += codePoint > 0xffff ? 2 : 1;
  }
}
