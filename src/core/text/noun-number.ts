// A noun's singular and plural, for what figures count: "40 boxes" counts boxes (box), "40 houses"
// houses (house). English adds -es after s, x, z, ch and sh, so the -es of a plural is dropped
// after those and only the -s otherwise; the words below are the ones that spelling alone misreads.

/** Singulars written with their own plural, and plurals that are their own unit ("children", "staff"). */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  person: 'people', life: 'lives', wife: 'wives', knife: 'knives', half: 'halves', man: 'men', woman: 'women', child: 'children',
  children: 'children', men: 'men', women: 'women', staff: 'staff', faculty: 'faculty', police: 'police', sheep: 'sheep',
  crisis: 'crises', analysis: 'analyses', news: 'news', series: 'series', species: 'species',
};
const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IRREGULAR_PLURALS).filter(([, plural]) => !(plural in IRREGULAR_PLURALS)).map(([singular, plural]) => [plural, singular]),
);
/** Singulars ending in one s or in o that take -es: "buses", "heroes" (but "cases", "photos"). */
const ES_AFTER_S_OR_O = new Set(
  'bus gas bonus virus campus census status focus atlas alias bias lens circus chorus surplus canvas hero potato tomato veto echo torpedo volcano embargo'.split(' '),
);
/** Plurals ending in -ches or -xes whose singular ends in -e: "headaches", "niches", "axes". */
const E_BEFORE_S = /(?:(?:^|head|tooth|stomach|heart|back|ear)ache|cache|niche|avalanche|moustache|mustache|cliche|quiche|^axe|annexe)s$/u;

/** The singular of a lower-cased noun; a word that is not a plural comes back as it is ("status", "glass"). */
export function singularNoun(word: string): string {
  const irregular = IRREGULAR_SINGULARS[word];
  if (irregular !== undefined) return irregular;
  if (word in IRREGULAR_PLURALS) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length <= 3 || !word.endsWith('s') || /(?:ss|us|is)$/u.test(word)) return word;
  if (word.endsWith('es') && !E_BEFORE_S.test(word) && (/(?:ss|zz|x|ch|sh)es$/u.test(word) || ES_AFTER_S_OR_O.has(word.slice(0, -2)))) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The plural of a lower-cased singular noun, as a summary names what a figure counts ("number of boxes"). */
export function pluralNoun(noun: string): string {
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/u.test(noun) || ES_AFTER_S_OR_O.has(noun) ? `${noun}es` : `${noun}s`;
}
