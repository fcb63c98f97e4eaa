// Which changed words deserve the analyst's eye first: numbers, dates and names are where
// reports of one event disagree on facts; other wording changes are usually paraphrase.
import { STOP_WORDS } from '../text/stop-words';
import type { WordToken } from './word-tokens';

const DATE_WORDS = new Set(
  [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'yesterday', 'today', 'tomorrow', 'tonight', 'ago', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
    'decade', 'decades', 'century', 'weekend',
  ],
);

const DIGIT = /\p{N}/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const SENTENCE_END = /^[.!?…]$/u;
const OPENING_MARK = /^["'“‘«([—–-]$/u;
/** A passage this capitalised (see isTitleCase) is a headline in title case: its capitals say nothing of names. */
const TITLE_CASE_SHARE = 0.6;
const MIN_TITLE_WORDS = 4;

/** True for a word token that is a number, a date word, or a capitalised word mid-sentence (a name). */
export function isStrongToken(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return false;
  if (DIGIT.test(token.text)) return true;
  if (DATE_WORDS.has(token.text.toLowerCase())) return true;
  return UPPER_INITIAL.test(token.text) && !startsSentence(tokens, index);
}

export type FactKind = 'figure' | 'name';

/**
 * The reader's stricter reading: a number or date word is a figure; a capitalised word is a name
 * only mid-sentence, outside a title-case headline, and when the writers never use it in lower
 * case ("Set", "Suits", "Party" are then common words) and it is no stop word ("In", "Against").
 */
export class FactClassifier {
  constructor(private readonly lowerCaseWords: ReadonlyArray<ReadonlySet<string>>) {}

  kindsOf(tokens: readonly WordToken[]): Array<FactKind | null> {
    const titleCase = isTitleCase(tokens);
    return tokens.map((token, index) => {
      if (token.kind !== 'word') return null;
      const lower = token.text.toLowerCase();
      if (DIGIT.test(token.text) || DATE_WORDS.has(lower)) return 'figure';
      if (titleCase || !UPPER_INITIAL.test(token.text) || startsSentence(tokens, index)) return null;
      return STOP_WORDS.has(lower) || this.lowerCaseWords.some((words) => words.has(lower)) ? null : 'name';
    });
  }
}

/** Mostly capitals, and every word in lower case a function word ("Mayor Set To Veto Bill on Suits"). */
function isTitleCase(tokens: readonly WordToken[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && !DIGIT.test(t.text));
  const lower = words.filter((t) => !UPPER_INITIAL.test(t.text));
  return words.length >= MIN_TITLE_WORDS && lower.length <= (1 - TITLE_CASE_SHARE) * words.length && lower.every((t) => STOP_WORDS.has(t.text.toLowerCase()));
}

function startsSentence(tokens: readonly WordToken[], index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const previous = tokens[i]!;
    if (previous.kind === 'space' || OPENING_MARK.test(previous.text)) continue;
    return SENTENCE_END.test(previous.text);
  }
  return true;
}
