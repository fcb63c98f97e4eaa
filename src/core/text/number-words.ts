// Figures as one outlet writes them read as another writes them: cardinal words in digits
// ("Forty homes" / "40 homes", "Forty-two minutes" / "42 minutes"), a percent sign as the word
// ("15%" / "15 percent"). "one" and "two" stay words: in news they are mostly reference devices
// ("the two sides", "one of them"), not figures.
const UNITS = ['three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const FIGURE_OF_WORD: Record<string, number> = {
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNIT_AFTER_TENS = ['one', 'two', ...UNITS].join('|');
const NUMBER_WORD = new RegExp(`\\b(?:(${TENS})[-‐ ](${UNIT_AFTER_TENS})|(${Object.keys(FIGURE_OF_WORD).join('|')}))\\b`, 'giu');
const UNIT_VALUE: Record<string, number> = { one: 1, two: 2, ...Object.fromEntries(UNITS.map((word, index) => [word, index + 3])) };

/** `text` with each cardinal number word from three to ninety-nine written in digits. */
export function numberWordsAsFigures(text: string): string {
  return text.replace(NUMBER_WORD, (_, tens: string | undefined, unit: string | undefined, single: string | undefined) =>
    String(tens !== undefined ? FIGURE_OF_WORD[tens.toLowerCase()]! + UNIT_VALUE[unit!.toLowerCase()]! : FIGURE_OF_WORD[single!.toLowerCase()]!),
  );
}

const PERCENT_SIGN = /(\d)\s?%/gu;

/** `text` with "15%" written "15 percent". */
export const percentSignsAsWords = (text: string): string => text.replace(PERCENT_SIGN, '$1 percent');
