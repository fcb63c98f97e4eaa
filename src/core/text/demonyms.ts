// A place and the adjective or people named after it ("Russia"/"Russian", "Iraq"/"Iraqis",
// "Britain"/"British") look like one name spelt two ways to a rule that compares first letters
// and lengths. They are different words: a writer who puts "the Russian side" for "Russia" has
// reworded, not misspelt. Recognised by the endings English forms them with, not by a list of
// countries, so towns and regions ("Chicagoan", "Londoner") are covered too.

/**
 * Each adjective ending, with the endings of the place it replaces: "Ukraine" drops its "e" for
 * "-ian", "Poland" its "and" for "-ish". Endings that also tell given names apart are left out
 * ("Stephen"/"Stephan", "Adrien"/"Adrian", "Sergey"/"Sergei" stay one name spelt two ways).
 */
const ADJECTIVE_ENDINGS: ReadonlyArray<readonly [adjective: string, placeEndings: readonly string[]]> = [
  ['n', ['']],
  ['an', ['', 'o', 'any']],
  ['ian', ['', 'a', 'e', 'o', 'y']],
  ['ese', ['', 'a', 'o', 'on']],
  ['ish', ['', 'ey', 'en', 'ain', 'and']],
  ['i', ['']],
  ['er', ['']],
];

function isAdjectiveOf(adjective: string, place: string): boolean {
  return ADJECTIVE_ENDINGS.some(([ending, placeEndings]) => {
    if (!adjective.endsWith(ending)) return false;
    const stem = adjective.slice(0, -ending.length);
    return placeEndings.some((placeEnding) => place === stem + placeEnding);
  });
}

/** True when one word is a place and the other its adjective or people, in either order and any case. */
export function isPlaceAndDemonym(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return false;
  // "Russians" and "Iraqis" are the people: the adjective with a plural "s".
  const singular = (word: string) => (word.endsWith('s') ? [word, word.slice(0, -1)] : [word]);
  return singular(y).some((adjective) => isAdjectiveOf(adjective, x)) || singular(x).some((adjective) => isAdjectiveOf(adjective, y));
}
