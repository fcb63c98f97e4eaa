// Words a corpus writes in lower case: a capitalised word that also occurs in lower case
// ("Source" / "source") is no name. A word here is a maximal run of lower-case letters not
// preceded by a letter or an apostrophe, as /(?<![\p{L}’'])\p{Ll}+/u would find it; the scan is
// written out by hand because every character of the corpus passes through it.
import { charClass, LETTER, LOWER } from '../text/char-classes';

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

const isLower = (codePoint: number): boolean => (charClass(codePoint) & LOWER) !== 0;
const width = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/** Adds the lower-case words of `text` to `words`. */
export function addLowerCaseWords(text: string, words: Set<string>): void {
  // Whether the previous character is a letter or an apostrophe, which rules out a word starting here.
  let blocked = false;
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    if (!blocked && isLower(codePoint)) {
      let end = index;
      while (end < text.length && isLower(text.codePointAt(end)!)) end += width(text.codePointAt(end)!);
      words.add(text.slice(index, end));
      index = end;
      blocked = true;
      continue;
    }
    blocked = (charClass(codePoint) & LETTER) !== 0 || codePoint === APOSTROPHE || codePoint === RIGHT_SINGLE_QUOTE;
    index += width(codePoint);
  }
}
