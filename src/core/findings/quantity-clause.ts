// What a figure is of, read from the words of its own clause: the head (two content words each
// side), the slot words (five each side) and, for shares and ages, the owner — the named people or
// things the figure belongs to ("Romney leads with 21 percent", "Labrador, who is 46").
//
// The clause is the figure's sentence cut where another figure's words begin or end:
// 1. before the figure it starts after an open parenthesis, and after the previous figure's own
//    words — past the first comma or linking word that follows that figure ("the full $447 billion
//    package or a $35 billion piece": "package" is the $447 billion's), else past its unit;
// 2. after the figure it ends at a parenthesis or the next figure.
// Years and ordinals are not figures here: "tied for 2nd with Huckabee in the 2012 GOP primary field
// at 17 percent" keeps Huckabee.
import { NOT_NAME_WORDS } from './name-lexicon';
import { contentWords, sentenceAround, wordsIn, type WordToken } from '../text/text-units';
import { STOP_WORDS } from '../text/stop-words';

const HEAD_WORDS = 2;
/** Words each side that say what a figure is of and who did what with it. */
const SLOT_WORDS = 5;
/** How far an owner may be read after a share with no name before it ("21 percent for Romney"). */
const OWNER_WORDS_AFTER = 6;

const FIGURE_WORDS = 'three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen';
/** Another figure: digits that are not a year, or a number word. */
const OTHER_FIGURE = new RegExp(`(?<![\\d,.])(?!(?:19|20)\\d\\d(?![\\d,]))\\d[\\d,.]*(?!\\d|(?:st|nd|rd|th)\\b)|\\b(?:${FIGURE_WORDS})\\b`, 'giu');
/** The previous figure's own unit, when no comma or linking word follows it: "percent" in "21 percent to Huckabee's 17 percent". */
const PREVIOUS_FIGURE_UNIT = /^(?:\s?(?:%|percent|per\s?cent|thousand|million|billion|trillion))?(?:[\s-]+[\p{L}'’]+)?/u;
/** Where the words of a previous figure stop: a comma, a colon, a dash or a linking word. */
const AFTER_PREVIOUS_FIGURE = /[,:—–]|\s-{1,2}\s|\b(?:or|and|but|while|whereas|compared|versus|vs|against|than)\b/iu;

interface Clause {
  start: number;
  end: number;
}

/** The clause of the figure at text[start, end): see the map above. */
export function clauseAround(text: string, start: number, end: number): Clause {
  const sentence = sentenceAround(text, start);
  const before = text.slice(sentence.start, start);
  let from = sentence.start;
  const opening = openParenthesis(before);
  if (opening >= 0) from = sentence.start + opening + 1;
  let previousEnd = -1;
  for (const figure of text.slice(from, start).matchAll(OTHER_FIGURE)) previousEnd = from + figure.index + figure[0].length;
  if (previousEnd >= 0) {
    const between = text.slice(previousEnd, start);
    const mark = AFTER_PREVIOUS_FIGURE.exec(between);
    from = Math.min(start, previousEnd + (mark ? mark.index + mark[0].length : PREVIOUS_FIGURE_UNIT.exec(between)![0].length));
  }
  const after = text.slice(end, sentence.end);
  const stops = [after.search(/[()]/u), after.search(OTHER_FIGURE)].filter((at) => at >= 0);
  return { start: from, end: stops.length > 0 ? end + Math.min(...stops) : sentence.end };
}

/** Index of the last parenthesis opened and not closed in `text`, or -1. */
function openParenthesis(text: string): number {
  let depth = 0;
  for (let at = text.length - 1; at >= 0; at -= 1) {
    if (text[at] === ')') depth += 1;
    else if (text[at] === '(') {
      if (depth === 0) return at;
      depth -= 1;
    }
  }
  return -1;
}

/** Content words of the clause each side of the figure, at most `count` each side, leaving out `skip`. */
function wordsAround(text: string, clause: Clause, start: number, end: number, count: number, skip?: ReadonlySet<string>): Set<string> {
  const kept = (tokens: WordToken[]) => (skip ? tokens.filter((token) => !skip.has(token.text.toLowerCase())) : tokens);
  return new Set([...contentWords(kept(wordsIn(text, clause.start, start))).slice(-count), ...contentWords(kept(wordsIn(text, end, clause.end))).slice(0, count)]);
}

/** Most words of a noun written right after a figure. */
const NOUN_WORDS = 3;
/** Words after a sum that say how it is counted or who said it, not what it is of ("$9,587.64 worth of furniture", "$40 each"). */
const NOT_NOUN: ReadonlySet<string> = new Set(['worth', 'each', 'apiece', 'total', 'overall', 'annually', 'yearly', 'said', 'says', 'told']);

/** "$750,000 in campaign funds": what a sum is of may follow "in". */
const IN_BEFORE_NOUN = /^\s+in(?=\s)/u;

/**
 * The words written right after a figure, or after its "in", up to a stop word or a mark, stemmed:
 * "jobs package failed" in "the $447 billion jobs package failed", "package" in "the full $445
 * billion package or", "campaign money" in "$750,000 in campaign money to".
 * What a sum or a share is of, when the words around it differ.
 */
export function nounAfter(text: string, clause: Clause, end: number): readonly string[] {
  const tokens: WordToken[] = [];
  let gapFrom = end + (IN_BEFORE_NOUN.exec(text.slice(end, Math.min(clause.end, end + 4)))?.[0].length ?? 0);
  for (const token of wordsIn(text, gapFrom, clause.end).slice(0, NOUN_WORDS)) {
    const word = token.text.toLowerCase();
    if (!/^\s+$/u.test(text.slice(gapFrom, token.start)) || STOP_WORDS.has(word) || NOT_NOUN.has(word)) break;
    tokens.push(token);
    gapFrom = token.end;
  }
  return contentWords(tokens);
}

/** Content words right around a figure, what it is of: "a $43,000 Rolex watch" → rolex, watch; "$9,587.64 worth of furniture" → furniture. */
export const headAround = (text: string, clause: Clause, start: number, end: number): ReadonlySet<string> => wordsAround(text, clause, start, end, HEAD_WORDS, NOT_NOUN);

/** Content words of the figure's clause, SLOT_WORDS each side: what it is of and who did what with it. */
export const slotAround = (text: string, clause: Clause, start: number, end: number): ReadonlySet<string> => wordsAround(text, clause, start, end, SLOT_WORDS);

/** A capitalised word that may name whom a share or an age belongs to: not a title, party, month or acronym. */
function ownerWord(word: string): string | null {
  const bare = word.replace(/[’']s$/u, '');
  if (!/^\p{Lu}\p{Ll}/u.test(bare) || NOT_NAME_WORDS.has(bare) || STOP_WORDS.has(bare.toLowerCase())) return null;
  return bare.toLowerCase();
}

const ownerWordsOf = (tokens: ReadonlyArray<{ text: string }>): Set<string> => new Set(tokens.flatMap((token) => ownerWord(token.text) ?? []));

/** Words between a person and the age: "Labrador, who is 46", "Lauten, a 31-year-old". */
const AGE_LEAD_WORDS = new Set(['who', 'is', 'was', 'turns', 'turned', 'now', 'aged', 'a', 'an', 'the']);

/**
 * Whom the figure belongs to: the capitalised names in its clause before it, or when there are
 * none, in the few words after it. An age belongs to the one person named right before it
 * ("Elizabeth Lauten, 31"), and to nobody when that name ends a list ("Malia and Sasha Obama, aged
 * 16 and 13").
 */
export function ownerAround(text: string, clause: Clause, start: number, end: number, nearest: boolean): ReadonlySet<string> {
  const tokens = wordsIn(text, clause.start, start);
  if (nearest) {
    let first = tokens.length;
    while (first > 0 && AGE_LEAD_WORDS.has(tokens[first - 1]!.text)) first -= 1;
    while (first > 0 && /^\p{Lu}/u.test(tokens[first - 1]!.text)) first -= 1;
    const listed = first > 1 && /^(?:and|or|&)$/u.test(tokens[first - 1]!.text) && /^\p{Lu}/u.test(tokens[first - 2]!.text);
    return listed ? new Set() : ownerWordsOf(tokens.slice(first));
  }
  const before = ownerWordsOf(tokens);
  return before.size > 0 ? before : ownerWordsOf(wordsIn(text, end, clause.end).slice(0, OWNER_WORDS_AFTER));
}
