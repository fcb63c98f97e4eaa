// Words a corpus writes in lower case: a capitalised word that also occurs in lower case
// ("Source" / "source") is no name. A word here is a maximal run of lower-case letters not
// preceded by a letter or an apostrophe, as /(?<![\p{L}’'])\p{Ll}+/u would find it; the scan is
// written out by hand because every character of the corpus passes through it, and reads ASCII
// (nearly all of news text) by its code unit, the rest by code point.
import { ASCII_CLASSES, ASCII_END, charClass, LETTER, LOWER } from '../text/char-classes';

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Adds the lower-case words of `text` to `words`. */
export function addLowerCaseWords(text: string, words: Set<string>): void {
  const length = text.length;
  // Whether the previous character is a letter or an apostrophe, which rules out a word starting here.
  let blocked = false;
  let start = -1;
  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    let kind: number;
    let width = 1;
    if (unit < ASCII_END) kind = ASCII_CLASSES[unit]!;
    else {
      const codePoint = text.codePointAt(index)!;
      kind = charClass(codePoint);
      if (codePoint > 0xffff) width = 2;
    }
    if ((kind & LOWER) !== 0) {
      if (start < 0 && !blocked) start = index;
    } else if (start >= 0) {
      words.add(text.slice(start, index));
      start = -1;
    }
    blocked = (kind & LETTER) !== 0 || unit === APOSTROPHE || unit === RIGHT_SINGLE_QUOTE;
    index += width;
  }
  if (start >= 0) words.add(text.slice(start, length));
}
