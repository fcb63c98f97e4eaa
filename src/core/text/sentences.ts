// Sentence splitting behind a seam: any SentenceSplitter yields raw ranges, and
// segmentSentences repairs the known failure modes of rule-based splitters (breaks after
// abbreviations, stray fragments after closing quotes) and trims the results.
import { sentenceSplitter, type SentenceSplitter } from './sentence-boundaries';
import { trimRange, type TextRange } from './span';
import { STOP_WORDS } from './stop-words';

// Titles always precede a name, so a break after them is always wrong.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'lt', 'col', 'capt', 'sgt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr',
  'st', 'rev', 'hon', 'pres', 'amb', 'messrs', 'mme', 'mlle', 'supt', 'insp', 'det', 'atty', 'gens', 'fr',
]);
// Places named after a title ("Mt. Everest", "Ft. Hood"), capitalised as written: lower case "ft." is a unit of length.
const PLACE_TITLES = new Set(['Mt', 'Ft']);
// These may end a sentence, so the break is wrong only when the text continues in lower case or digits.
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'etc', 'vs', 'approx', 'est', 'dept', 'fig', 'art', 'sec', 'ch', 'pp',
]);
// Parts of a name or an organisation ("Robert L. Wilkins", "U.S. District Judge", "Jackson Jr.
// (D-Ill.)", "Fresno, Calif., police", "Acme Inc. shares"): they end a sentence only when a word
// that opens sentences ("The", "He", "In") follows, so a capitalised content word continues it.
const NAME_PARTS = new Set(['jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros', 'llc', 'plc']);
// AP state abbreviations, capitalised as written ("Calif.", "Ill.", "W.Va." is an initialism).
const STATES = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn',
  'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Vt', 'Va', 'Wash', 'Wis', 'Wyo', 'Wisc',
]);
const ABBREVIATION_WINDOW = 24;
const LAST_WORD = /([\p{L}.]+)\.["'”’)]*\s*$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;
const CONTINUES_LOWER_OR_DIGIT = /^\s*["'“‘(]?[\p{Ll}\p{N}]/u;
const STARTS_WITH_CONTINUATION = /^\s*(?:[\p{Ll},;:)\]}]|\.\s*,)/u;
// "(D-Ill.)", "(R-Calif.)": a party and state after a name continue the sentence.
const STARTS_WITH_PARTY_STATE = /^\s*\((?:[DRI]|Dem|Rep|Ind)-/u;
const FIRST_WORD = /^\s*["'“‘]?(\p{Lu}[\p{L}'’-]*)/u;
// "Representative C. A. Dutch Ruppersberger": an initial after an initial continues the name, though "A" opens sentences.
const STARTS_WITH_INITIAL = /^\s*\p{Lu}\.\s/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** After a name part or initial: the sentence goes on unless the next word is one that opens sentences. */
function continuesName(after: string): boolean {
  if (CONTINUES_LOWER_OR_DIGIT.test(after) || STARTS_WITH_PARTY_STATE.test(after) || STARTS_WITH_INITIAL.test(after)) return true;
  const next = FIRST_WORD.exec(after)?.[1];
  return next !== undefined && !STOP_WORDS.has(next.toLowerCase());
}

/** Whether a splitter's break between `before` and `after` is wrong (an abbreviation, an initial, a continuation). */
export function breakIsSpurious(before: string, after: string): boolean {
  if (!HAS_LETTER_OR_DIGIT.test(before) || !HAS_LETTER_OR_DIGIT.test(after)) return true;
  if (STARTS_WITH_CONTINUATION.test(after) || STARTS_WITH_PARTY_STATE.test(after)) return true;
  // Only the tail can hold the abbreviation; matching the whole sentence would backtrack.
  const tail = before.slice(-ABBREVIATION_WINDOW);
  if (!tail.includes('.')) return false;
  const word = LAST_WORD.exec(tail)?.[1];
  if (!word) return false;
  const lower = word.toLowerCase();
  if (TITLES.has(lower) || PLACE_TITLES.has(word)) return true;
  if (ABBREVIATIONS.has(lower)) return CONTINUES_LOWER_OR_DIGIT.test(after);
  if (NAME_PARTS.has(lower) || STATES.has(word) || INITIALISM.test(word) || INITIAL.test(word)) return continuesName(after);
  return false;
}

/**
 * Sentence ranges of `text` (offsets relative to it), trimmed and never empty. Ranges a splitter
 * cut wrongly — after "Mr.", "Sept. 18", "U.S. attempts", "Robert L. Wilkins", "Jr. (D-Ill.)", or
 * before ", according to…" — are joined.
 */
export function segmentSentences(text: string, splitter: SentenceSplitter = sentenceSplitter): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of splitter(text)) {
    const previous = merged[merged.length - 1];
    if (previous && breakIsSpurious(text.slice(previous.start, previous.end), text.slice(range.start, range.end))) {
      previous.end = range.end;
    } else {
      merged.push({ ...range });
    }
  }
  return merged.map((range) => trimRange(text, range.start, range.end)).filter((range) => range.end > range.start);
}
