// Which changed words deserve the analyst's eye first: numbers, dates and names are where
// reports of one event disagree on facts; other wording changes are usually paraphrase.
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

/** True for a word token that is a number, a date word, or a capitalised word mid-sentence (a name). */
export function isStrongToken(tokens: readonly WordToken[], index: number): boolean {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return false;
  if (DIGIT.test(token.text)) return true;
  if (DATE_WORDS.has(token.text.toLowerCase())) return true;
  return UPPER_INITIAL.test(token.text) && !startsSentence(tokens, index);
}

function startsSentence(tokens: readonly WordToken[], index: number): boolean {
  for (let i = index - 1; i >= 0; i -= 1) {
    const previous = tokens[i]!;
    if (previous.kind === 'space' || OPENING_MARK.test(previous.text)) continue;
    return SENTENCE_END.test(previous.text);
  }
  return true;
}
