// Numbers and quantities with what they count: "18 countries", "18-nation", "US$500 million",
// "2,400 staff", "six-day visit", "100 different nationalities", "Forty-five firefighters".
//
// "one" and "two" written as words are mostly reference devices in news ("the two sides", "one
// day", "one of them"), so they are figures only where they count a noun outside such phrases
// ("two firefighters were hurt"; see countingOneOrTwo).
import { clockTimeRanges } from '../text/clock-times';
import { CARDINAL_PATTERN, cardinalValue } from '../text/number-words';
import { STOP_WORDS } from '../text/stop-words';
import type { QuantityMention, TextRange } from './mention-types';
import type { EstimateBound } from '../model/analysis';
import { contentWords, sentenceAround, singularWord, wordsIn, type WordToken } from '../text/text-units';
import { singularNoun } from '../text/noun-number';
import { clauseAround, headAround, nounAfter, ownerAround, slotAround } from './quantity-clause';
import { groupBy } from './clusters';
import { countsPeople } from './counted-people';

/** Number words that stand alone ("a hundred", "a dozen"); every other is a cardinal (CARDINAL_PATTERN). */
const LONE_NUMBER_WORDS: Record<string, number> = { hundred: 100, thousand: 1000, dozen: 12 };
const SCALES: Record<string, number> = { dozen: 12, thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const CURRENCIES: Record<string, string> = {
  'us$': 'USD', $: 'USD', usd: 'USD', 'hk$': 'HKD', 'a$': 'AUD', 'c$': 'CAD', '€': 'EUR', eur: 'EUR',
  '£': 'GBP', gbp: 'GBP', '¥': 'CNY', rmb: 'CNY', yuan: 'CNY', dollars: 'USD', euros: 'EUR', pounds: 'GBP',
};
/** Units that say how a figure is measured but not of what: money and shares need a head noun. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['USD', 'EUR', 'GBP', 'CNY', 'HKD', 'AUD', 'CAD', 'percent']);
/** Units that name the same thing counted. */
const UNIT_SYNONYMS: Record<string, string> = {
  nation: 'country', state: 'country', employee: 'staff',
  percent: 'percent', '%': 'percent', 'per cent': 'percent',
};
/** Words between a number and its noun that do not change what is counted. */
const MODIFIERS = new Set(
  'different other more new foreign major key main top senior additional further separate more than about some'.split(' '),
);

const AMOUNT = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?![\\p{L}](?<![mb]))|(?:${CARDINAL_PATTERN}|${Object.keys(LONE_NUMBER_WORDS).join('|')})(?![\\p{L}]))`;
const CURRENCY_PREFIX = '(US\\$|HK\\$|A\\$|C\\$|\\$|€|£|¥|USD\\s?|EUR\\s?|RMB\\s?)';
const SCALE = `(?:\\s?(dozen|thousand|million|billion|trillion|bn|m)\\b)?`;
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\p{N}$£€¥.,-])${CURRENCY_PREFIX}?${AMOUNT}${SCALE}(?:(-)(\\p{L}+)|(\\s?%|\\s+per\\s?cent))?`,
  'giu',
);

/** Every quantity holds a digit or a number word: text with neither is not searched. */
export const MAY_HOLD_QUANTITY = new RegExp(`\\d|${CARDINAL_PATTERN}|${Object.keys(LONE_NUMBER_WORDS).join('|')}`, 'iu');

function parseAmount(text: string): number {
  if (/^\d/u.test(text)) return Number(text.replace(/,/g, ''));
  return LONE_NUMBER_WORDS[text.toLowerCase()] ?? cardinalValue(text);
}

function canonicalUnit(word: string): string {
  const lower = word.toLowerCase();
  if (CURRENCIES[lower]) return CURRENCIES[lower];
  const stem = singularWord(lower);
  return UNIT_SYNONYMS[lower] ?? UNIT_SYNONYMS[stem] ?? stem;
}

/** A counted noun with the words of its compound before it ("delivery" of "14 delivery trucks"), stemmed. */
interface CountedNoun {
  end: number;
  unit: string;
  modifiers: readonly string[];
  /** Written with INCREMENTS (QuantityMention.increment). */
  increment: boolean;
}
/** Modifiers that count some beyond those already told: "two more debates", "500 additional troops". */
const INCREMENTS = new Set(['more', 'additional', 'further', 'extra']);
const NO_MODIFIERS: readonly string[] = [];

/** Units of measure written short: "20 mph winds" measures speed, whatever the noun after it. */
const SHORT_MEASURES = new Set('mph kph km kg mg ft lb cm mm mi kw mw gw gb mb tb sq'.split(' '));

/** Lower case and plural as written: "trucks", "people", not "delivery", "former" or "various". */
function looksPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return singularNoun(lower) !== lower;
}

/**
 * Where the compound starting at tokens[at] ends: the last noun is what is counted ("14 delivery
 * trucks", "two former officials", "564 store managers"). Past a word that is not plural, a plural
 * word ends it when many are counted; a noun that counts people ends it whatever the amount ("90
 * faculty members"). A count of one keeps its first word: after it "-s" is more often a verb.
 */
function compoundEnd(text: string, tokens: readonly WordToken[], at: number, many: boolean): number {
  if (SHORT_MEASURES.has(tokens[at]!.text)) return at;
  for (let next = at + 1; next < Math.min(tokens.length, at + 3); next += 1) {
    const before = tokens[next - 1]!;
    const token = tokens[next]!;
    if (many && looksPlural(before.text)) break;
    if (!/^\s+$/u.test(text.slice(before.end, token.start)) || !/^\p{Ll}/u.test(token.text) || STOP_WORDS.has(token.text)) break;
    if (countsPeople(canonicalUnit(token.text)) || (many && looksPlural(token.text))) return next;
  }
  return at;
}

/**
 * The noun a bare number counts: the next word, skipping modifiers ("100 different nationalities"),
 * or the last noun of its compound (compoundEnd); nothing across punctuation ("Weiner, 46, is").
 * People are counted by what the group is, not where it works ("90 Georgetown University faculty").
 */
function countedNoun(text: string, from: number, limit: number, many: boolean): CountedNoun | null {
  const next = wordsIn(text, from, Math.min(limit, from + 60)).slice(0, 4);
  let gapFrom = from;
  let names = 0;
  let increment = false;
  for (const [at, token] of next.entries()) {
    if (!/^\s*$/u.test(text.slice(gapFrom, token.start))) return null;
    gapFrom = token.end;
    if (MODIFIERS.has(token.text.toLowerCase())) {
      increment ||= INCREMENTS.has(token.text.toLowerCase());
      continue;
    }
    const currency = CURRENCIES[token.text.toLowerCase()] !== undefined;
    if (!currency && names < 2 && /^\p{Lu}\p{Ll}+$/u.test(token.text)) {
      // "45 Senate Republicans": a party's members are people counted under its capitalised name.
      if (PARTY_MEMBERS.test(token.text)) return { end: token.end, unit: canonicalUnit(token.text), modifiers: NO_MODIFIERS, increment };
      names += 1;
      continue;
    }
    if (!/^\p{Ll}/u.test(token.text) && !currency) return null;
    if (STOP_WORDS.has(token.text) || /^(?:per|said|says)$/u.test(token.text)) return null;
    const headAt = compoundEnd(text, next, at, many);
    const head = next[headAt]!;
    const unit = canonicalUnit(head.text);
    const modifiers = headAt > at ? contentWords(next.slice(at, headAt)) : NO_MODIFIERS;
    return names === 0 || countsPeople(unit) ? { end: head.end, unit, modifiers, increment } : null;
  }
  return null;
}

/** Another group counted with the first: "90 professors and administrators", "140 faculty and staff". */
const ALSO_COUNTED = /^\s+(?:and|or)\s+(?:\p{Lu}\p{L}*\s+){0,2}(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
/** The same people under another noun: "412 nurses who work as ward supervisors", "544 women who serve as store managers". */
const COUNTED_AS = /^,?\s+(?:who|that)\s+(?:serve|serves|served|work|works|worked|are|were)\s+as\s+(?:an?\s+)?(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;

/** The noun of a compound or the word alone that counts people ("ward supervisors" → supervisor, "priests at" → priest), or null. */
function peopleNoun(first: string, second: string | undefined): string | null {
  for (const word of second === undefined ? [first] : [second, first]) {
    const unit = canonicalUnit(word);
    if (countsPeople(unit)) return unit;
  }
  return null;
}

/** "42 members of the Republican caucus": the members are named by what they belong to. */
const MEMBERS_OF = /^\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}+)/u;

/** The groups a count of people written at [start, end) counts (see QuantityMention.people). */
function peopleGroups(text: string, start: number, end: number, unit: string): string[][] {
  const after = text.slice(end, end + 80);
  // A compound of people nouns names one group by both: "90 faculty members" is faculty.
  const first = [unit, ...wordsIn(text, start, end).flatMap((token) => {
    const noun = canonicalUnit(token.text);
    return noun !== unit && countsPeople(noun) ? [noun] : [];
  })];
  const memberOf = unit === 'member' ? MEMBERS_OF.exec(after) : null;
  const body = memberOf ? canonicalUnit(memberOf[1]!) : null;
  if (body !== null && countsPeople(body)) first.push(body);
  const alias = COUNTED_AS.exec(after);
  const aliasNoun = alias ? peopleNoun(alias[1]!, alias[2]) : null;
  if (aliasNoun !== null && aliasNoun !== unit) first.push(aliasNoun);
  const also = ALSO_COUNTED.exec(after);
  const alsoNoun = also ? peopleNoun(also[1]!, also[2]) : null;
  return alsoNoun !== null && !first.includes(alsoNoun) ? [first, [alsoNoun]] : [first];
}

const PARTY_MEMBERS = /^(?:Republicans|Democrats)$/u;

interface FoundQuantity {
  start: number;
  end: number;
  amount: number;
  unit: string;
  /** The words of its noun's compound before the counted noun, stemmed (CountedNoun). */
  modifiers: readonly string[];
  increment: boolean;
  approximate: boolean;
  bound: EstimateBound | null;
}

// "No. 3", "Article 5", "Flight 370", "Route 66", "Apollo 11": a number right after a capitalised
// word or a numbering word names or ranks something; it counts nothing.
const IDENTIFIER_BEFORE = /(?:\b(?:[Nn]o|[Nn]os|[Nn]um|[Nn]r)\.\s*|\b(?:[Nn]umber|[Aa]rticle|[Ss]ection|[Cc]hapter|[Pp]age|[Rr]oom|[Ff]light|[Rr]oute|[Ii]nterstate|[Hh]ighway|[Aa]mendment|[Pp]roposition|[Ss]eason|[Ee]pisode|[Gg]ame|[Ww]eek|[Tt]itle|[Ll]ine|[Gg]ate|[Rr]ank|[Ll]evel|[Ss]tage|[Pp]hase)\s+)$/u;
const CAPITALISED_BEFORE = /(?:^|[^\p{L}!?]\s*)(\p{Lu}[\p{L}]+)\.?\s$/u;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/u;
const APPROXIMATE_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|close\s+to|upwards\s+of|an\s+estimated)\s+$/iu;
/** Estimates that bound a figure from one side: "nearly 90" is not 94, "more than 3,000" not 2,900. */
const UNDER_BEFORE = /\b(?:nearly|almost|less\s+than|fewer\s+than|up\s+to|close\s+to)\s+$/iu;
const OVER_BEFORE = /\b(?:over|more\s+than|at\s+least|upwards\s+of)\s+$/iu;
const EXACT = { approximate: false, bound: null } as const;

/** "just over $200,000", "slightly less than 3,000": one side, and close to the figure. */
const JUST_BEYOND_BEFORE = /\b(?:just|slightly|barely)\s+(?:(over|more\s+than|above)|under|less\s+than|fewer\s+than|below)\s+$/iu;

/** How the figure at text[start] is qualified: exact, an estimate, and the side a one-sided estimate bounds. */
function estimateAt(text: string, start: number): { approximate: boolean; bound: EstimateBound | null } {
  const before = text.slice(Math.max(0, start - 24), start);
  const just = JUST_BEYOND_BEFORE.exec(before);
  if (just) return { approximate: true, bound: just[1] ? 'just over' : 'just under' };
  if (!APPROXIMATE_BEFORE.test(before)) return EXACT;
  return { approximate: true, bound: UNDER_BEFORE.test(before) ? 'under' : OVER_BEFORE.test(before) ? 'over' : null };
}
const CURRENCY_WORD = /^(?:US|USD|EUR|RMB|HK)$/u;
/** The unit of an age: "46" in "Weiner, 46,", "40-year-old". */
export const AGE = 'age';

/** The number at text[start] is a rank, an ordinal or part of a name. */
function isIdentifier(text: string, start: number, end: number): boolean {
  if (ORDINAL_AFTER.test(text.slice(end, end + 3)) || text[start - 1] === '/' || text[end] === '/') return true;
  const before = text.slice(Math.max(0, start - 24), start);
  if (/(?:\b[Nn]os?|\b[Nn]um|\b[Nn]r)\.\s*$/u.test(before)) return true;
  if (IDENTIFIER_BEFORE.test(before)) return true;
  const word = CAPITALISED_BEFORE.exec(before)?.[1];
  // "Nearly 74 nurses" opening a sentence is an estimate, not a name like "Flight 370".
  return word !== undefined && !CURRENCY_WORD.test(word) && !STOP_WORDS.has(word.toLowerCase()) && !APPROXIMATE_BEFORE.test(before);
}

/** "You take 18 of them": a count of what the sentence named before; compared only where the sentences pair, like any count. */
const PARTITIVE_AFTER = /^\s+of\s+(?:them|those|these)\b/u;
const PARTITIVE = 'them';
/** "We have 50 of our members in tough races": a count of what the possessive names. */
const OWNED_PARTITIVE_AFTER = /^\s+of\s+(?:our|their|his|her|its|my|your)\s+(\p{Ll}+)/u;

/** The unit written with an amount of `amount` ending at `end`: its currency, "%", the hyphened noun or the counted noun. */
function unitAfter(text: string, match: RegExpExecArray, end: number, amount: number): CountedNoun | null {
  const [, currency, , , hyphen, hyphenUnit, percent] = match;
  const alone = (unit: string, unitEnd = end): CountedNoun => ({ unit, end: unitEnd, modifiers: NO_MODIFIERS, increment: false });
  if (currency) return alone(CURRENCIES[currency.trim().toLowerCase()]!);
  if (percent) return alone('percent');
  if (hyphen && hyphenUnit) {
    const old = /^-old\b/u.exec(text.slice(end, end + 5));
    if (old && canonicalUnit(hyphenUnit) === 'year') return alone(AGE, end + old[0].length);
    return alone(canonicalUnit(hyphenUnit));
  }
  const partitive = PARTITIVE_AFTER.exec(text.slice(end, end + 16));
  if (partitive) return alone(PARTITIVE, end + partitive[0].length);
  const owned = OWNED_PARTITIVE_AFTER.exec(text.slice(end, end + 40));
  if (owned && !STOP_WORDS.has(owned[1]!)) return alone(canonicalUnit(owned[1]!), end + owned[0].length);
  const noun = countedNoun(text, end, text.length, amount !== 1);
  if (noun?.unit === 'year') {
    const old = /^\s+old\b/u.exec(text.slice(noun.end, noun.end + 5));
    if (old) return alone(AGE, noun.end + old[0].length);
  }
  return noun;
}

/** "40-60 hours", "40- to 60-hour", "between 40 and 60 hours": the range's second end, right after the first. */
const RANGE_TO = /^(?:\s*[-–]\s*to\s+|\s+to\s+|\s*[-–]\s*)/u;
const RANGE_AND = /^\s+and\s+/u;
const BETWEEN_BEFORE = /\bbetween\s+$/iu;
const RANGE_END = new RegExp(`${CURRENCY_PREFIX}?${AMOUNT}${SCALE}(?:(-)(\\p{L}+)|(\\s?%|\\s+per\\s?cent))?`, 'iuy');

/** The second end of a range starting with an amount that ends at `end`, read with its unit, or null. */
function rangeEnd(text: string, start: number, end: number, first: number): { match: RegExpExecArray; start: number; end: number; amount: number } | null {
  const link = (BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 10), start)) ? RANGE_AND : RANGE_TO).exec(text.slice(end, end + 8));
  if (!link) return null;
  RANGE_END.lastIndex = end + link[0].length;
  const match = RANGE_END.exec(text);
  if (!match) return null;
  const amount = parseAmount(match[2]!) * (match[3] ? SCALES[match[3].toLowerCase()]! : 1);
  // "a 5-4 vote" is a score, not a range.
  return amount > first ? { match, start: match.index, end: match.index + match[0].length, amount } : null;
}

/** Ages: "Weiner, 46, is", "who is 46", "aged 46". */
const AGE_BEFORE = /(?:\bwho\s+(?:is|was|turns|turned|is\s+now)|\baged)\s+$/u;
const NAME_AND_COMMA_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s$/u;
const AGE_ENDS = /^(?:[,.;)]|\s+(?:and|when|said|says)\b|\s*$)/u;
const OLDEST_AGE = 120;

function isAge(text: string, start: number, end: number, amount: number): boolean {
  if (!Number.isInteger(amount) || amount <= 0 || amount >= OLDEST_AGE) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 8);
  if (AGE_BEFORE.test(before)) return AGE_ENDS.test(after);
  return NAME_AND_COMMA_BEFORE.test(before) && after.startsWith(',');
}

/** The unit of an age limit: "anyone 21 or older", "adults over 21", "18 and up", "the legal drinking age of 21". */
export const AGE_LIMIT = 'age limit';
const LIMIT_AFTER = /^\s+(?:or|and)\s+(?:older|over|up|above|younger|under)\b/u;
const LIMIT_BEFORE =
  /(?:\b(?:adults?|anyone|everyone|people|persons|those|residents|children|kids|teens|teenagers|youths?|voters|buyers|customers|drivers|users|men|women)\s+(?:over|under|older\s+than|younger\s+than|aged)|\b(?:over|under|above|below)\s+(?:the\s+)?age\s+of|\b(?:minimum|legal|drinking|voting|smoking|retirement)\s+age\s+(?:of|is|to|at))\s+$/iu;

/** Where an age limit written with the number at text[start, end) ends, or -1: the whole "21 or older", or the number after "adults over". */
function ageLimitEnd(text: string, start: number, end: number, amount: number): number {
  if (!Number.isInteger(amount) || amount <= 0 || amount >= OLDEST_AGE) return -1;
  const after = LIMIT_AFTER.exec(text.slice(end, end + 16));
  if (after) return end + after[0].length;
  return LIMIT_BEFORE.test(text.slice(Math.max(0, start - 32), start)) ? end : -1;
}

const ONE_OR_TWO = /^(?:one|two)$/iu;
/** A determiner or possessive before "the two sides", "their two sons", "the world’s two biggest economies": a reference to what is known, not a count. */
const REFERENCE_BEFORE = /(?:\b(?:the|these|those|this|that|its|their|his|her|our|my|your|both|each|every|any|which|whose|no|another|of)|\p{L}['’]s?)\s+$/iu;
/** Nouns that "one" and "two" name in set phrases and anonymous references: "one day", "on the one hand", "one source said". */
const SET_PHRASE_NOUNS = new Set(
  ('day time way thing hand side point reason last example kind sort form part moment morning afternoon evening night step word ' +
    'question other source official aide insider observer analyst expert').split(' '),
);

/**
 * Whether "one" or "two" written alone at text[start, end) counts a noun: not after a determiner,
 * not before "of" ("one of the", "two of them"), not in a compound ("two-thirds", "one-time"), and
 * not a set phrase's noun.
 */
function countsWithOneOrTwo(text: string, start: number, end: number, hyphen: string | undefined): boolean {
  if (hyphen || REFERENCE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || /^\s+of\b/u.test(text.slice(end, end + 4))) return false;
  const noun = countedNoun(text, end, text.length, !/^one$/iu.test(text.slice(start, end)));
  return noun !== null && !SET_PHRASE_NOUNS.has(noun.unit);
}

/** "three-fifths of the Senate", "two thirds": a fraction, not a count of fifths. */
const FRACTIONS: ReadonlySet<string> = new Set(['half', 'third', 'quarter', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** "six arrests Wednesday, compared to 47 the previous night": the 47 counts arrests too. */
const COMPARED_BEFORE = /\b(?:compared\s+(?:to|with)|up\s+from|down\s+from|versus|vs\.)\s+$/u;

/** Quantities in `text` (offsets relative to it) that overlap none of `exclude` and no clock time ("6:21 p.m." counts nothing). */
function quantitiesIn(text: string, taken: readonly TextRange[]): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  if (!MAY_HOLD_QUANTITY.test(text)) return found;
  const times = text.includes(':') || /\d\s?[ap]\.?m/iu.test(text) ? clockTimeRanges(text) : [];
  const exclude = times.length > 0 ? [...taken, ...times] : taken;
  let readUntil = 0;
  for (const match of text.matchAll(QUANTITY)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start < readUntil || exclude.some((taken) => start < taken.end && end > taken.start)) continue;
    const [, currency, amountText, scale, hyphen, , percent] = match;
    if (!currency && isIdentifier(text, start, start + amountText!.length)) continue;
    if (!scale && !percent && ONE_OR_TWO.test(amountText!) && !countsWithOneOrTwo(text, start, start + amountText!.length, hyphen)) continue;
    const amount = parseAmount(amountText!) * (scale ? SCALES[scale.toLowerCase()]! : 1);
    if (Number.isNaN(amount)) continue;
    const estimate = estimateAt(text, start);
    const range = currency || percent || hyphen ? null : rangeEnd(text, start, end, amount);
    if (range) {
      const second = unitAfter(text, range.match, range.end, range.amount);
      if (second && !exclude.some((taken) => range.start < taken.end && second.end > taken.start)) {
        // A range's ends are each stated exactly: "40-60 hours" is not "about 40".
        const { unit, modifiers, increment } = second;
        found.push({ start, end, amount, unit, modifiers, increment, ...EXACT }, { start: range.start, end: second.end, amount: range.amount, unit, modifiers, increment, ...EXACT });
        readUntil = second.end;
      }
      continue;
    }
    // An age limit is exact: the "over" of "adults over 21" bounds the ages, not the figure.
    const limitEnd = currency || percent || hyphen ? -1 : ageLimitEnd(text, start, end, amount);
    const read = limitEnd >= 0 ? null : unitAfter(text, match, end, amount);
    if (read && FRACTIONS.has(read.unit)) continue;
    if (limitEnd >= 0) found.push({ start, end: limitEnd, amount, unit: AGE_LIMIT, modifiers: NO_MODIFIERS, increment: false, ...EXACT });
    else if (read) found.push({ start, end: read.end, amount, unit: read.unit, modifiers: read.modifiers, increment: read.increment, ...estimate });
    else if (isAge(text, start, end, amount)) found.push({ start, end, amount, unit: AGE, modifiers: NO_MODIFIERS, increment: false, ...EXACT });
    else if (COMPARED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) {
      const compared = found.at(-1);
      const sentence = sentenceAround(text, start);
      if (compared && compared.start >= sentence.start) found.push({ start, end, amount, unit: compared.unit, modifiers: compared.modifiers, increment: compared.increment, ...estimate });
    }
  }
  return found;
}

/**
 * What a corpus has read already: quantities per range text (with the excluded spans inside it)
 * and context words per sentence, so reprinted sentences are read once.
 */
export interface QuantityMemo {
  /** By range text, for ranges no excluded span reaches into (nearly all). */
  ranges: Map<string, FoundQuantity[]>;
  /** By the excluded spans inside the range and its text. */
  rangesWithExclusions: Map<string, FoundQuantity[]>;
  contexts: Map<string, ReadonlySet<string>>;
}

export const createQuantityMemo = (): QuantityMemo => ({ ranges: new Map(), rangesWithExclusions: new Map(), contexts: new Map() });

function contextAround(text: string, start: number, memo: QuantityMemo): ReadonlySet<string> {
  const sentence = sentenceAround(text, start);
  const sentenceText = text.slice(sentence.start, sentence.end);
  let context = memo.contexts.get(sentenceText);
  if (!context) {
    context = new Set(contentWords(wordsIn(sentenceText)));
    memo.contexts.set(sentenceText, context);
  }
  return context;
}

/**
 * Quantities in the given ranges of `text`. `exclude` lists ranges already taken by dates, so the
 * "18" of "Sept. 18, 2023" is not read as a figure.
 */
export function extractQuantityMentions(doc: string, text: string, ranges: TextRange[], exclude: TextRange[], memo = createQuantityMemo()): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    const inside = exclude
      .filter((taken) => taken.start < range.end && taken.end > range.start)
      .map((taken) => ({ start: taken.start - range.start, end: taken.end - range.start }));
    const [known, key] = inside.length === 0 ? [memo.ranges, slice] : [memo.rangesWithExclusions, `${inside.map((taken) => `${taken.start}-${taken.end}`).join(',')}|${slice}`];
    let found = known.get(key);
    if (!found) {
      found = quantitiesIn(slice, inside);
      known.set(key, found);
    }
    const first = mentions.length;
    for (const quantity of found) {
      const start = range.start + quantity.start;
      const end = range.start + quantity.end;
      const clause = clauseAround(text, start, end);
      mentions.push({
        doc,
        start,
        end,
        text: text.slice(start, end),
        amount: quantity.amount,
        unit: quantity.unit,
        context: contextAround(text, start, memo),
        head: headAround(text, clause, start, end),
        slot: quantity.modifiers.length === 0 ? slotAround(text, clause, start, end) : new Set([...slotAround(text, clause, start, end), ...quantity.modifiers]),
        noun: MEASURE_UNITS.has(quantity.unit) ? nounAfter(text, clause, end) : NO_NOUN,
        owner: OWNED_UNITS.has(quantity.unit) ? ownerAround(text, clause, start, end, quantity.unit === AGE) : NO_OWNER,
        alongside: [],
        approximate: quantity.approximate,
        bound: quantity.bound,
        increment: quantity.increment,
        quoted: OPENING_QUOTE.test(text.slice(start - 1, start)) && CLOSING_QUOTE.test(text.slice(end, end + 2)),
        people: countsPeople(quantity.unit) ? peopleGroups(text, start, end, quantity.unit) : NO_PEOPLE,
      });
    }
    addFiguresAlongside(text, mentions.slice(first));
  }
  return mentions;
}

/** A figure alone in quotation marks, the closing one after a comma or a stop as US style puts it (“47 percent,”). */
const OPENING_QUOTE = /^["“]$/u;
const CLOSING_QUOTE = /^[,.]?["”]/u;

/** Units whose figures belong to someone: a share of the vote, an age. */
const OWNED_UNITS: ReadonlySet<string> = new Set(['percent', AGE]);
const NO_OWNER: ReadonlySet<string> = new Set();
const NO_NOUN: readonly string[] = [];
const NO_PEOPLE: ReadonlyArray<readonly string[]> = [];

/** Each mention's `alongside`: the other figures of its unit in its sentence; for a count of people, the other counts of people. */
function addFiguresAlongside(text: string, mentions: QuantityMention[]): void {
  if (mentions.length < 2) return;
  const bySentence = groupBy(mentions, (mention) => `${sentenceAround(text, mention.start).start}|${countsPeople(mention.unit) ? 'people' : mention.unit}`);
  for (const group of bySentence.values()) {
    if (group.length < 2) continue;
    for (const mention of group) mention.alongside = group.flatMap((other) => (other === mention ? [] : [other.amount]));
  }
}
