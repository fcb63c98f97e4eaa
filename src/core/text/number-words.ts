// Figures as one outlet writes them read as another writes them: cardinal words in digits
// ("Forty homes" / "40 homes", "Forty-two minutes" / "42 minutes", "One hundred and eighty-one" /
// "181"), a percent sign as the word ("15%" / "15 percent"). "one" and "two" alone stay words: in
// news they are mostly reference devices ("the two sides", "one of them"), not figures.
/** The cardinal words below a hundred that compose every other, with their values. */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** Below a hundred: "forty-two", "forty two", "forty", "seventeen", "three". */
const BELOW_HUNDRED = `(?:${TENS})(?:[-‐ ](?:${UNIT}))?|${TEEN}|${UNIT}`;
/**
 * A cardinal from one to nine hundred and ninety-nine in words, as a pattern without groups (for
 * larger patterns; no word boundaries, which the user sets): the longest reading first, so
 * "forty-five" is one number, not "forty" and a "-five".
 */
export const CARDINAL_PATTERN = `(?:${UNIT})\\s+hundred(?:\\s+(?:and\\s+)?(?:${BELOW_HUNDRED}))?|(?:${BELOW_HUNDRED})`;

const valueBelowHundred = (words: string): number => words.toLowerCase().split(/[-‐ ]/u).reduce((sum, word) => sum + (CARDINAL_WORDS[word] ?? 0), 0);

/** The value of a cardinal CARDINAL_PATTERN matches: "One hundred and eighty-one" → 181. */
export function cardinalValue(words: string): number {
  const [hundreds, rest] = words.toLowerCase().split(/\s+hundred(?:\s+and)?\s*/u);
  return rest === undefined ? valueBelowHundred(hundreds!) : 100 * valueBelowHundred(hundreds!) + valueBelowHundred(rest);
}

const NUMBER_WORDS = new RegExp(`\\b(?:${CARDINAL_PATTERN})\\b`, 'giu');

/** `text` with each cardinal number from three to nine hundred and ninety-nine written in words put in digits. */
export function numberWordsAsFigures(text: string): string {
  return text.replace(NUMBER_WORDS, (words: string) => (/^(?:one|two)$/iu.test(words) ? words : String(cardinalValue(words))));
}

const PERCENT_SIGN = /(\d)\s?%/gu;

/** `text` with "15%" written "15 percent". */
export const percentSignsAsWords = (text: string): string => text.replace(PERCENT_SIGN, '$1 percent');
