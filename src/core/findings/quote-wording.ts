// How two wordings of one quote relate. Outlets quote different stretches of one statement: a few
// words of it, its first sentence, its last two with an ellipsis between. Such wordings agree —
// they are excerpts — when every difference between them lies outside what both quote:
// 1. each wording becomes words (spellings merged as in quoteWords, hyphenated words split,
//    an editor's bracketed insertion such as "[President Barack]" or "(local)" left out) and
//    boundary marks: "…" and sentence ends;
// 2. the two word sequences are diffed (words as symbols; no clean-up, which would drop a short
//    excerpt's match inside a long quote);
// 3. every change is judged: words present on one side only, at the start or end, or across an
//    ellipsis or between whole sentences on that side, are extent; words changed, added or dropped
//    inside what both quote are a rewording.
// How much of the shorter wording the longer one holds (in order, or in clauses moved as a whole)
// tells whether the two are one statement at all; a short quote must stand nearly whole inside the other.
import { diffKeys } from '../diff';
import { breakIsSpurious } from '../text/sentences';
import { STOP_WORDS } from '../text/stop-words';

const BOUNDARY = '|';
const ELLIPSIS = '…';
/** A quote this short ("In God We Trust" / "I trust in God") is one statement with another only when the other holds nearly all of it in order. */
const SHORT_QUOTE_WORDS = 4;
const SHORT_QUOTE_COVERAGE = 0.75;

/** Lower-case words, British and American spellings merged ("organisation" = "organization"), ’ read as ' ("don’t" = "don't"). */
export function quoteWords(quote: string): string[] {
  return (quote.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).map(spellingOf);
}

/** "colour" = "color", but "our", "your" and "four" stay themselves ("four" is not "for"). */
function spellingOf(word: string): string {
  return word.replace(/isation$/, 'ization').replace(/ise$/, 'ize').replace(/(?<=\p{L}{3})our$/u, 'or');
}

// "[President Barack] Obama's", "these (local) supervisors": the outlet's words, not the speaker's.
// A bracket inside a word ("[W]e") only marks a changed letter and is kept.
const EDITORIAL_INSERTION = /(?<![\p{L}\p{N}])[[(][^\])]{0,60}[\])](?![\p{L}\p{N}])/gu;
/** "F.B.I." is "FBI". */
const INITIALISM = /(?<![\p{L}.])(?:\p{L}\.){2,}/gu;
/** A full stop with no word after it ends the quote's last sentence. */
const HAS_WORD = /[\p{L}\p{N}]/u;
const PIECE = /…|[.!?;]+(?=\s|$)|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Words and boundaries ("|" for a sentence end, "…" for an ellipsis), for comparing extents. */
export function wordingTokens(quote: string): string[] {
  const text = quote
    .replace(/’/g, "'")
    .replace(EDITORIAL_INSERTION, ' ')
    .replace(/[[\]]/g, '')
    .replace(INITIALISM, (letters) => letters.replace(/\./g, ''));
  const tokens: string[] = [];
  for (const match of text.matchAll(PIECE)) {
    const piece = match[0];
    const end = match.index + piece.length;
    if (piece === ELLIPSIS) tokens.push(ELLIPSIS);
    else if (/^[.!?;]/u.test(piece)) {
      // A full stop the sentence splitter would not break at ("Sen. Reid", "U.S. attorney") ends no sentence here either.
      if (!(piece === '.' && tokens.length > 0 && HAS_WORD.test(text.slice(end)) && breakIsSpurious(text.slice(0, end), text.slice(end)))) tokens.push(BOUNDARY);
    } else for (const part of piece.toLowerCase().split('-')) tokens.push(spellingOf(part));
  }
  return tokens;
}

const isWord = (token: string): boolean => token !== BOUNDARY && token !== ELLIPSIS;
/** Words of a wording's tokens, boundaries left out. */
export const wordCount = (tokens: readonly string[]): number => tokens.filter(isWord).length;

export interface WordingComparison {
  /** Words of the shorter wording. */
  shorterWords: number;
  /** Share of the shorter wording's words that the longer one holds in the same order, or in runs of words moved together. */
  coverage: number;
  /** Words differ inside what both quote: a rewording, not an excerpt. */
  reworded: boolean;
  /** The reworded words own things in another grammatical person on each side ("your budget" / "his budget"). */
  personShifted: boolean;
}

interface Change {
  left: string[];
  right: string[];
  /** Tokens before and after the change on each side (undefined at an end). */
  leftBefore: string | undefined;
  leftAfter: string | undefined;
  rightBefore: string | undefined;
  rightAfter: string | undefined;
  atStart: boolean;
  atEnd: boolean;
}

/** A run of words one side has and the other lacks: extent when it stands between boundaries or across an ellipsis. */
function isExtent(present: string[], before: string | undefined, after: string | undefined, otherSide: string[]): boolean {
  if (otherSide.includes(ELLIPSIS)) return true;
  const startsClean = before === undefined || !isWord(before) || !isWord(present[0]!);
  const endsClean = after === undefined || !isWord(after) || !isWord(present.at(-1)!);
  return startsClean && endsClean;
}

/** Words of a changed run outside its last boundary (at the start) or before its first (at the end). */
function outerWords(tokens: string[], atStart: boolean): number {
  if (atStart) {
    const last = tokens.findLastIndex((token) => !isWord(token));
    return wordCount(tokens.slice(last + 1));
  }
  const first = tokens.findIndex((token) => !isWord(token));
  return wordCount(first < 0 ? tokens : tokens.slice(0, first));
}

function isRewording(change: Change): boolean {
  const leftWords = wordCount(change.left);
  const rightWords = wordCount(change.right);
  if (leftWords === 0 && rightWords === 0) return false;
  // At an end, what one outlet quotes beyond the other is extent; a change in the words right at the
  // shared stretch ("It's not enough" / "But it is not enough") is a rewording.
  if (change.atStart || change.atEnd) {
    if (leftWords === 0 || rightWords === 0) return false;
    return outerWords(change.left, change.atStart) > 0 && outerWords(change.right, change.atStart) > 0;
  }
  if (leftWords === 0) return !isExtent(change.right, change.rightBefore, change.rightAfter, change.left);
  if (rightWords === 0) return !isExtent(change.left, change.leftBefore, change.leftAfter, change.right);
  return true;
}

/** A quote's wording tokens; wordingTokensMemo's reads each distinct quote once. */
export type WordingTokensOf = (quote: string) => readonly string[];

/** wordingTokens remembered per quote text: a corpus compares one quote with many others. */
export function wordingTokensMemo(): WordingTokensOf {
  const known = new Map<string, string[]>();
  return (quote) => {
    let tokens = known.get(quote);
    if (!tokens) known.set(quote, (tokens = wordingTokens(quote)));
    return tokens;
  };
}

export function compareWordings(a: string, b: string, tokensOf: WordingTokensOf = wordingTokens): WordingComparison {
  const left = tokensOf(a);
  const right = tokensOf(b);
  const changes: Change[] = [];
  let shared = 0;
  let [i, j] = [0, 0];
  let open: Change | null = null;
  const ops = diffKeys(left, right, false);
  ops.forEach(({ op, count }, index) => {
    const matched = left.slice(i, i + count);
    // "will" shared by two different openings is no shared stretch: function words alone between changes join them.
    const spurious = op === 'equal' && index > 0 && index < ops.length - 1 && matched.every((token) => !isWord(token) || STOP_WORDS.has(token));
    if (op === 'equal' && !spurious) {
      shared += wordCount(matched);
      open = null;
      i += count;
      j += count;
      return;
    }
    if (!open) {
      open = { left: [], right: [], leftBefore: left[i - 1], rightBefore: right[j - 1], leftAfter: undefined, rightAfter: undefined, atStart: i === 0 && j === 0, atEnd: false };
      changes.push(open);
    }
    if (op !== 'insert') {
      open.left.push(...left.slice(i, i + count));
      i += count;
    }
    if (op !== 'delete') {
      open.right.push(...right.slice(j, j + count));
      j += count;
    }
    open.leftAfter = left[i];
    open.rightAfter = right[j];
    open.atEnd = i === left.length && j === right.length;
  });
  const shorter = Math.min(wordCount(left), wordCount(right));
  shared += movedWords(changes);
  const rewordings = changes.filter(isRewording);
  return { shorterWords: shorter, coverage: shorter === 0 ? 0 : Math.min(1, shared / shorter), reworded: rewordings.length > 0, personShifted: personShifted(rewordings) };
}

/** Possessives by grammatical person: whose thing the speaker names. */
const POSSESSIVE_PERSON: ReadonlyMap<string, number> = new Map([
  ['my', 1],
  ['our', 1],
  ['your', 2],
  ['his', 3],
  ['her', 3],
  ['its', 3],
  ['their', 3],
]);

/**
 * An outlet rewording a statement keeps whose things it names; "your favorite philosopher" against
 * "his favorite philosopher", or "our position" against "its position", is a letter to a man against
 * a statement about him, or an organization's words against words about it: two statements. Only
 * the reworded runs are read, and each side must own something the other side's runs never do.
 */
function personShifted(rewordings: readonly Change[]): boolean {
  const persons = (side: 'left' | 'right'): Set<number> => {
    const found = new Set<number>();
    for (const change of rewordings) for (const token of change[side]) if (POSSESSIVE_PERSON.has(token)) found.add(POSSESSIVE_PERSON.get(token)!);
    return found;
  };
  const [left, right] = [persons('left'), persons('right')];
  return left.size > 0 && right.size > 0 && [...left].every((person) => !right.has(person));
}

/** A run this long that both wordings hold, in different places, is a clause quoted in another order. */
const MOVED_RUN = 3;

/**
 * Words of clauses one wording gives in another order ("I don't favor civil unions …, and I don't
 * favor marriage …" against the reverse): words of the changed runs on one side that stand in a run
 * of MOVED_RUN words, not all function words, found among the other side's changed words too.
 */
function movedWords(changes: readonly Change[]): number {
  const left: string[] = [];
  const right: string[] = [];
  for (const change of changes) {
    for (const token of change.left) if (isWord(token)) left.push(token);
    for (const token of change.right) if (isWord(token)) right.push(token);
  }
  if (left.length < MOVED_RUN || right.length < MOVED_RUN) return 0;
  const starts = new Map<string, number[]>();
  for (let at = 0; at + MOVED_RUN <= right.length; at += 1) {
    const list = starts.get(right[at]!);
    if (list) list.push(at);
    else starts.set(right[at]!, [at]);
  }
  const runsFrom = (i: number, j: number): boolean => {
    let content = false;
    for (let offset = 0; offset < MOVED_RUN; offset += 1) {
      if (left[i + offset] !== right[j + offset]) return false;
      content ||= !STOP_WORDS.has(left[i + offset]!);
    }
    return content;
  };
  let moved = 0;
  let coveredTo = 0;
  for (let at = 0; at + MOVED_RUN <= left.length; at += 1) {
    if (!(starts.get(left[at]!) ?? []).some((j) => runsFrom(at, j))) continue;
    moved += at + MOVED_RUN - Math.max(at, coveredTo);
    coveredTo = at + MOVED_RUN;
  }
  return Math.min(moved, right.length);
}

/** Share of the shorter quote's words the longer must hold in order: sharing a phrase ("determined to prevent Iran from getting nuclear weapons") is not one statement. */
export const ONE_STATEMENT_COVERAGE = 0.5;

/** Whether two wordings can be one statement: the longer holds enough of the shorter's words in order. */
export function sharesWording(comparison: WordingComparison, minCoverage: number): boolean {
  return comparison.coverage >= (comparison.shorterWords <= SHORT_QUOTE_WORDS ? SHORT_QUOTE_COVERAGE : minCoverage);
}
