// Person names as written, with any title attached: "Foreign Minister Sergey Lavrov",
// "Lavrov, the Russian foreign minister,", "Wang, who is also director of …". A name is a run of
// capitalised words that are neither in the lexicon of non-name words nor used in lower case
// elsewhere in the corpus ("Source", "Both"). Runs of one word are kept as short references
// ("Lavrov", "Yi"); persons.ts decides whom they refer to.
import { DEMONYMS, NOT_NAME_WORDS, OFFICES, OFFICE_WORD, ORGANISATION_HEADS } from './name-lexicon';
import type { NameMention, RoleText, TextRange } from './mention-types';
import { capitalisedWordsIn, type WordToken } from '../text/text-units';
import { isSamePersonName } from './persons';

const MAX_NAME_WORDS = 4;
/** A month's abbreviation that is also a given name: a name before a surname ("Jan Brewer"), a month alone ("Jan. 5"). */
const MONTH_OR_GIVEN_NAME = new Set(['Jan']);
const POSSESSIVE = /[’']s?$/;
/** A generation after the name, before any possessive: "Jesse Jackson Jr.", "Jackson, Jr.", "Henry Ford II". */
const GENERATION_AFTER = /^,?\s(Jr|Sr|II|III|IV)\b/u;
const INITIAL = /^\p{Lu}$/u;

/** Whether a capitalised word (capitalisedWordsIn's) is a name word. */
function isNameWord(token: WordToken, isCommonWord: (word: string) => boolean): boolean {
  const bare = token.text.replace(POSSESSIVE, '');
  if (!/^\p{Lu}\p{Ll}/u.test(bare) && !/^\p{Lu}[\p{Lu}]?$/u.test(bare)) return false;
  if (bare.includes('.') || /\d/.test(bare)) return false;
  return !NOT_NAME_WORDS.has(bare) && !isCommonWord(bare.toLowerCase());
}

function officeOf(phrase: string): { office: string; country: string | null } {
  let rest = phrase.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(?:the|its|his|her)\s+/, '');
  let country: string | null = null;
  for (const [adjective, name] of Object.entries(DEMONYMS).sort((a, b) => b[0].length - a[0].length)) {
    if (rest.startsWith(`${adjective} `)) {
      country = name;
      rest = rest.slice(adjective.length + 1);
      break;
    }
  }
  return { office: ({ fm: 'foreign minister', pm: 'prime minister' } as Record<string, string>)[rest] ?? rest, country };
}

const DEMONYM_PATTERN = Object.keys(DEMONYMS).map((word) => word.replace(/[.$]/g, '\\$&')).join('|');
const TITLE_BEFORE = new RegExp(`(?:\\b(?:${DEMONYM_PATTERN})\\s+)?\\b(?:${OFFICES.join('|')})\\s+$`, 'i');
const APPOSITIVE = /^,\s+(?:who\s+is\s+(?:also\s+)?(?:the\s+)?|the\s+)([^,.;:–—()“”"]{3,90}?)(?=\s*[,.;:–—()]|$)/;

/** The title written right before the name ("Chinese Foreign Minister ") or as an appositive after it. */
function roleAround(text: string, start: number, end: number): RoleText | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const title = TITLE_BEFORE.exec(before);
  if (title) {
    const roleStart = start - before.length + title.index;
    const roleText = title[0].trimEnd();
    return { start: roleStart, end: roleStart + roleText.length, text: roleText, ...officeOf(roleText) };
  }
  const after = APPOSITIVE.exec(text.slice(end, end + 120));
  if (after && OFFICE_WORD.test(after[1]!)) {
    const roleStart = end + after[0].indexOf(after[1]!);
    const roleText = after[1]!.trimEnd();
    return { start: roleStart, end: roleStart + roleText.length, text: roleText, ...officeOf(roleText) };
  }
  return null;
}

/** Words of a headline (four letters or more) at the least: a shorter line of capitals is a byline or a list of names. */
const HEADLINE_MIN_WORDS = 3;
const HEADLINE_WORD = /\p{L}[\p{L}'’]{3,}/gu;

/**
 * Whether text[at] lies in a title-case line: every word of four letters or more capitalised, one of
 * them a word the corpus uses in lower case ("Criticized", "Comments"), which a line of names has not.
 */
function inTitleCaseLine(text: string, at: number, isCommonWord: (word: string) => boolean): boolean {
  const lineEnd = text.indexOf('\n', at);
  const words = text.slice(text.lastIndexOf('\n', at) + 1, lineEnd < 0 ? text.length : lineEnd).match(HEADLINE_WORD) ?? [];
  if (words.length < HEADLINE_MIN_WORDS || words.some((word) => !/^\p{Lu}/u.test(word))) return false;
  return words.some((word) => isCommonWord(word.replace(POSSESSIVE, '').toLowerCase()));
}

/** A run of name words; in a title-case headline, where capitals do not mark names, it may go on past the name ("Michael Steele Criticized"). */
interface NameRun {
  tokens: WordToken[];
  headline: boolean;
}

function nameMention(doc: string, text: string, run: WordToken[]): NameMention {
  const start = run[0]!.start;
  const last = run.at(-1)!;
  const end = last.start + last.text.replace(POSSESSIVE, '').length;
  const tokens = run.map((token) => token.text.replace(POSSESSIVE, ''));
  const mention: NameMention = { doc, start, end, text: text.slice(start, end), name: tokens.join(' '), tokens, role: roleAround(text, start, end) };
  const generation = POSSESSIVE.test(last.text) ? null : GENERATION_AFTER.exec(text.slice(end, end + 6));
  if (generation) mention.generation = generation[1]!;
  return mention;
}

const isOrganisationHead = (token: WordToken): boolean => ORGANISATION_HEADS.has(token.text.replace(POSSESSIVE, ''));

/** Runs of name words in `text`, offsets relative to it. */
function nameRuns(text: string, isCommonWord: (word: string) => boolean): NameRun[] {
  const runs: WordToken[][] = [];
  let run: WordToken[] = [];
  const flush = () => {
    const monthAlone = run.length === 1 && MONTH_OR_GIVEN_NAME.has(run[0]!.text);
    if (run.length > 0 && !monthAlone && !isOrganisationHead(run.at(-1)!)) runs.push(run);
    run = [];
  };
  // Only capitalised words can be names; any other word between two of them leaves more than a space between.
  for (const token of capitalisedWordsIn(text)) {
    const previous = run.at(-1);
    const between = previous === undefined ? '' : text.slice(previous.end, token.start);
    // A middle initial continues the name: "James R. Clapper".
    const joined = previous !== undefined && (/^[ \u00a0]$/.test(between) || (INITIAL.test(previous.text) && /^\.[ \u00a0]$/.test(between))) && !POSSESSIVE.test(previous.text);
    if (!joined) flush();
    if (isNameWord(token, isCommonWord)) run.push(token);
    else if (isOrganisationHead(token)) run = [];
    else flush();
  }
  flush();
  // A longer run is no name, unless a headline's: "Joe Arpaio Endorses Rick Perry" holds two.
  return runs
    .map((tokens) => ({ tokens, headline: tokens.length > 1 && inTitleCaseLine(text, tokens[0]!.start, isCommonWord) }))
    .filter((run) => run.headline || run.tokens.length <= MAX_NAME_WORDS);
}

/** The mention of the words `from` to `to` (exclusive) of a run read as a name. */
function partOf(mention: NameMention, from: number, to: number): NameMention {
  let at = 0;
  const starts = mention.tokens.map((token) => {
    const start = mention.text.indexOf(token, at);
    at = start + token.length;
    return start;
  });
  const tokens = mention.tokens.slice(from, to);
  const start = mention.start + starts[from]!;
  const end = mention.start + starts[to - 1]! + tokens.at(-1)!.length;
  // A title is written before the name: it stays with a part that starts the run.
  const role = from === 0 ? mention.role : null;
  const part: NameMention = { doc: mention.doc, start, end, text: mention.text.slice(start - mention.start, end - mention.start), name: tokens.join(' '), tokens, role };
  if (mention.generation !== undefined && to === mention.tokens.length) part.generation = mention.generation;
  return part;
}

/**
 * A document's runs read in headlines, cut to the names they hold: the longest runs of their words
 * that are full names the document writes outside headlines, with no more words than it writes
 * there ("Michael Stiele" of "Michael Stiele Criticized", beside "Michael Steele"; "Rick Perry", not
 * "Endorses Rick Perry"), and each other word alone, as a surname may stand ("Weiner" of "Weiner
 * Denies Sending").
 */
function cutHeadlineRuns(read: ReadonlyArray<{ mention: NameMention; headline: boolean }>): NameMention[] {
  if (!read.some(({ headline }) => headline)) return read.map(({ mention }) => mention);
  const spellings = [...new Map(read.filter(({ mention, headline }) => !headline && mention.tokens.length > 1).map(({ mention }) => [mention.name, mention.tokens])).values()];
  const written = (words: readonly string[]): boolean => spellings.some((spelling) => words.length <= spelling.length && isSamePersonName(spelling, words));
  const namesIn = (mention: NameMention, from: number, to: number): NameMention[] => {
    for (let length = to - from; length >= 2; length -= 1) {
      for (let at = from; at + length <= to; at += 1) {
        if (!written(mention.tokens.slice(at, at + length))) continue;
        const name = length === mention.tokens.length ? mention : partOf(mention, at, at + length);
        return [...namesIn(mention, from, at), name, ...namesIn(mention, at + length, to)];
      }
    }
    return Array.from({ length: to - from }, (_, index) => partOf(mention, from + index, from + index + 1));
  };
  return read.flatMap(({ mention, headline }) => (headline ? namesIn(mention, 0, mention.tokens.length) : [mention]));
}

/**
 * Runs of name words per range text, with the words `isCommonWord` was asked about and its
 * answers (`common[i]` for `asked[i]`). Which words form a name depends only on the range's own
 * text, so reprints of a sentence share one reading; valid for one `isCommonWord` only.
 */
export type NameRunMemo = Map<string, { runs: NameRun[]; asked: readonly string[]; common: readonly boolean[] }>;

/**
 * Names in the given ranges; `isCommonWord` says whether a lower-cased word occurs in lower case
 * in the corpus, and every word it decides for these ranges is added to `asked` with its answer.
 * Titles are read from the whole text around each name; runs in headlines are cut to a full name
 * the document writes elsewhere (cutHeadlineRuns).
 */
export function extractNameMentions(
  doc: string,
  text: string,
  ranges: TextRange[],
  isCommonWord: (word: string) => boolean,
  memo: NameRunMemo = new Map(),
  asked: Map<string, boolean> = new Map(),
): NameMention[] {
  const mentions: Array<{ mention: NameMention; headline: boolean }> = [];
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    let reading = memo.get(slice);
    if (!reading) {
      const words: string[] = [];
      const answers: boolean[] = [];
      const runs = nameRuns(slice, (word) => {
        const common = isCommonWord(word);
        words.push(word);
        answers.push(common);
        return common;
      });
      reading = { runs, asked: words, common: answers };
      memo.set(slice, reading);
    }
    reading.asked.forEach((word, index) => asked.set(word, reading.common[index]!));
    for (const run of reading.runs) {
      const tokens = run.tokens.map((token) => ({ start: range.start + token.start, end: range.start + token.end, text: token.text }));
      mentions.push({ mention: nameMention(doc, text, tokens), headline: run.headline });
    }
  }
  return cutHeadlineRuns(mentions);
}
