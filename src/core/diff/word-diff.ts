// Word-level diff of two passages.
//
// 1. tokenize both passages (word / whitespace / punctuation), each token with a comparison key;
// 2. diff the token keys (token-ops.ts): by default the shortest edit script cleaned up
//    semantically; for a reader (strategy 'reader', reader-ops.ts) near-duplicates keep every
//    shared run of two words, and paraphrases are read shared phrases first, with moves;
// 3. map back to token ranges, and from tokens to the ORIGINAL text with offsets into each
//    passage; ignored tokens join the segment of the token before them;
// 4. split changed segments so numbers, dates and names stand out as 'strong' (see strongTokens).
// A diff step sees a whole token as one symbol, so a word is never split into letter fragments.
import { isPlaceAndDemonym } from '../text/demonyms';
import { STOP_WORDS } from '../text/stop-words';
import { readerTokenOps, type ReaderStrategy } from './reader-ops';
import { FactClassifier, isStrongToken, type FactKind } from './significance';
import { semanticTokenOps, type TokenRangeOp } from './token-ops';
import { tokenize, type TokenOptions, type WordToken } from './word-tokens';
import { appendAll } from '../util/arrays';

export type { TokenOptions as WordDiffOptions } from './word-tokens';

export type Significance = 'strong' | 'normal';

/** `text` is the left passage's text; `rightText` the right's (they differ only in ignored ways). */
export interface EqualSegment {
  op: 'equal';
  text: string;
  rightText: string;
  leftStart: number;
  rightStart: number;
  significance: 'normal';
}

export interface DeleteSegment {
  op: 'delete';
  text: string;
  leftStart: number;
  significance: Significance;
  /** Set when the text was not dropped but moved: the insert with the same id is where it went. */
  moveId?: number;
}

export interface InsertSegment {
  op: 'insert';
  text: string;
  rightStart: number;
  significance: Significance;
  /** Set when the text came from elsewhere: the delete with the same id is where it was. */
  moveId?: number;
}

export type WordDiffSegment = EqualSegment | DeleteSegment | InsertSegment;

export const EXACT: TokenOptions = { ignoreCase: false, ignorePunctuation: false, ignoreQuoteStyle: false };

export interface DiffReading {
  /** 'semantic': the shortest edit script, semantically cleaned up. 'reader': see reader-ops.ts. */
  strategy: 'semantic' | 'reader';
  /** Words the documents also write in lower case: capitalised, they are no names (reader only). */
  lowerCaseWords?: ReadonlyArray<ReadonlySet<string>>;
}

const SEMANTIC: DiffReading = { strategy: 'semantic' };

interface Side {
  text: string;
  tokens: WordToken[];
  /** Index into `tokens` of each compared token. */
  compared: number[];
  bounds: number[];
  words: Set<string>;
}

function sideOf(text: string, options: TokenOptions): Side {
  const tokens = tokenize(text, options);
  const compared = tokens.flatMap((token, index) => (token.key === '' ? [] : [index]));
  return { text, tokens, compared, bounds: boundaryOffsets(compared.map((i) => tokens[i]!), text.length), words: wordKeys(tokens) };
}

function tiled(side: Side): { keys: string[]; isWord: number[]; isContent: number[] } {
  const tokens = side.compared.map((i) => side.tokens[i]!);
  return {
    keys: tokens.map((t) => t.key),
    isWord: tokens.map((t) => (t.kind === 'word' ? 1 : 0)),
    isContent: tokens.map((t) => (t.kind === 'word' && !STOP_WORDS.has(t.text.toLowerCase()) ? 1 : 0)),
  };
}

export function wordDiff(left: string, right: string, options: TokenOptions = EXACT, reading: DiffReading = SEMANTIC): WordDiffSegment[] {
  return diffPassages(left, right, options, reading).segments;
}

/** The word diff and which reading of the pair it took ('semantic' diffs report 'edits'). */
export function diffPassages(left: string, right: string, options: TokenOptions = EXACT, reading: DiffReading = SEMANTIC): { strategy: ReaderStrategy; segments: WordDiffSegment[] } {
  const l = sideOf(left, options);
  const r = sideOf(right, options);
  const leftTokens = l.compared.map((i) => l.tokens[i]!);
  const rightTokens = r.compared.map((i) => r.tokens[i]!);
  const { strategy, ops } = reading.strategy === 'reader' ? readerTokenOps(tiled(l), tiled(r)) : { strategy: 'edits' as const, ops: semanticTokenOps(leftTokens, rightTokens) };
  const [leftStrong, rightStrong] =
    reading.strategy === 'reader'
      ? strongTokens(ops, l, r, new FactClassifier([...(reading.lowerCaseWords ?? []), new Set([...lowerCaseOf(l), ...lowerCaseOf(r)])]))
      : [semanticStrong(l, r.words), semanticStrong(r, l.words)];
  const segments: WordDiffSegment[] = [];
  let li = 0;
  let ri = 0;
  for (const { op, count, moveId } of ops) {
    if (count === 0) continue;
    if (op === 'equal') {
      const leftStart = l.bounds[li]!;
      const rightStart = r.bounds[ri]!;
      li += count;
      ri += count;
      segments.push({ op, text: left.slice(leftStart, l.bounds[li]), rightText: right.slice(rightStart, r.bounds[ri]), leftStart, rightStart, significance: 'normal' });
    } else if (op === 'delete') {
      const from = l.bounds[li]!;
      li += count;
      if (moveId !== undefined) segments.push({ op, text: left.slice(from, l.bounds[li]), leftStart: from, significance: 'normal', moveId });
      else for (const part of splitBySignificance(l, from, l.bounds[li]!, leftStrong)) segments.push({ op, text: part.text, leftStart: part.start, significance: part.significance });
    } else {
      const from = r.bounds[ri]!;
      ri += count;
      if (moveId !== undefined) segments.push({ op, text: right.slice(from, r.bounds[ri]), rightStart: from, significance: 'normal', moveId });
      else for (const part of splitBySignificance(r, from, r.bounds[ri]!, rightStrong)) segments.push({ op, text: part.text, rightStart: part.start, significance: part.significance });
    }
  }
  return { strategy, segments: attachUnclaimedText(segments, left, right, l.bounds, r.bounds) };
}

/**
 * Names spelt alike: same first three letters, lengths within two ("Sergey"/"Sergei",
 * "Organization"/"Organisation"), unless one is a place and the other its adjective ("Russia"/"Russian").
 */
const VARIANT_PREFIX = 3;
const VARIANT_LENGTH_GAP = 2;

function spellingVariants(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.slice(0, VARIANT_PREFIX) === y.slice(0, VARIANT_PREFIX) && Math.abs(x.length - y.length) <= VARIANT_LENGTH_GAP && !isPlaceAndDemonym(x, y);
}

function lowerCaseOf(side: Side): string[] {
  return side.tokens.filter((t) => t.kind === 'word' && t.text === t.text.toLowerCase() && t.text !== t.text.toUpperCase()).map((t) => t.text);
}

/** Today's rule: every number, date word or mid-sentence capital the other passage lacks. */
function semanticStrong(side: Side, otherWords: ReadonlySet<string>): Set<number> {
  const strong = new Set<number>();
  side.tokens.forEach((token, index) => {
    if (isStrongToken(side.tokens, index) && !otherWords.has(token.key.toLowerCase())) strong.add(index);
  });
  return strong;
}

/**
 * The reader's rule: within one change (the stretch between two equal runs), a figure is strong
 * when the other side of that change has a figure too (2021 → 2022, Thursday → Friday), and a
 * name when the other side has a variant of it (Sergey → Sergei) — provided neither occurs
 * anywhere in the other passage. A name with no counterpart (a clause only one writer added, or
 * "China" reworded as "Beijing") is wording, not a changed fact.
 */
function strongTokens(ops: readonly TokenRangeOp[], l: Side, r: Side, classifier: FactClassifier): [Set<number>, Set<number>] {
  const leftKinds = classifier.kindsOf(l.tokens);
  const rightKinds = classifier.kindsOf(r.tokens);
  const leftStrong = new Set<number>();
  const rightStrong = new Set<number>();
  let leftChange: number[] = [];
  let rightChange: number[] = [];
  const settle = () => {
    for (const kind of ['figure', 'name'] as FactKind[]) {
      const lefts = leftChange.filter((i) => leftKinds[i] === kind && !r.words.has(l.tokens[i]!.key.toLowerCase()));
      const rights = rightChange.filter((i) => rightKinds[i] === kind && !l.words.has(r.tokens[i]!.key.toLowerCase()));
      if (lefts.length === 0 || rights.length === 0) continue;
      if (kind === 'figure') {
        for (const i of lefts) leftStrong.add(i);
        for (const i of rights) rightStrong.add(i);
        continue;
      }
      for (const i of lefts) {
        for (const j of rights) {
          if (!spellingVariants(l.tokens[i]!.text, r.tokens[j]!.text)) continue;
          leftStrong.add(i);
          rightStrong.add(j);
        }
      }
    }
    leftChange = [];
    rightChange = [];
  };
  let li = 0;
  let ri = 0;
  for (const { op, count, moveId } of ops) {
    if (op === 'equal') {
      settle();
      li += count;
      ri += count;
    } else if (op === 'delete') {
      if (moveId === undefined) appendAll(leftChange, l.compared.slice(li, li + count));
      li += count;
    } else {
      if (moveId === undefined) appendAll(rightChange, r.compared.slice(ri, ri + count));
      ri += count;
    }
  }
  settle();
  return [leftStrong, rightStrong];
}

/**
 * Offsets where each compared token's segment starts, plus the end: ignored tokens go with the
 * compared token before them (leading ones with the first). One entry when nothing is compared.
 */
function boundaryOffsets(compared: readonly WordToken[], textLength: number): number[] {
  if (compared.length === 0) return [0];
  return [0, ...compared.slice(1).map((token) => token.start), textLength];
}

/**
 * A passage of nothing but ignored punctuation has no compared token, yet its text has to appear
 * so that both passages can be rebuilt from the segments.
 */
function attachUnclaimedText(
  segments: WordDiffSegment[],
  left: string,
  right: string,
  leftBounds: readonly number[],
  rightBounds: readonly number[],
): WordDiffSegment[] {
  const leftUnclaimed = leftBounds.length === 1 && left.length > 0;
  const rightUnclaimed = rightBounds.length === 1 && right.length > 0;
  if (leftBounds.length === 1 && rightBounds.length === 1) {
    return leftUnclaimed || rightUnclaimed ? [{ op: 'equal', text: left, rightText: right, leftStart: 0, rightStart: 0, significance: 'normal' }] : [];
  }
  if (leftUnclaimed) segments.unshift({ op: 'delete', text: left, leftStart: 0, significance: 'normal' });
  if (rightUnclaimed) segments.push({ op: 'insert', text: right, rightStart: 0, significance: 'normal' });
  return segments;
}

interface SignificantPart {
  start: number;
  text: string;
  significance: Significance;
}

function wordKeys(tokens: readonly WordToken[]): Set<string> {
  return new Set(tokens.filter((t) => t.kind === 'word').map((t) => t.key.toLowerCase()));
}

/** Splits [from, to) into runs, each strong word on its own, so a name or number can be marked alone. */
function splitBySignificance(side: Side, from: number, to: number, strong: ReadonlySet<number>): SignificantPart[] {
  const parts: SignificantPart[] = [];
  let runStart = from;
  side.tokens.forEach((token, index) => {
    const end = token.start + token.text.length;
    if (token.start < from || end > to || !strong.has(index)) return;
    if (token.start > runStart) parts.push({ start: runStart, text: side.text.slice(runStart, token.start), significance: 'normal' });
    parts.push({ start: token.start, text: token.text, significance: 'strong' });
    runStart = end;
  });
  if (to > runStart) parts.push({ start: runStart, text: side.text.slice(runStart, to), significance: 'normal' });
  return parts;
}
