// Numbers and quantities with what they count: "18 countries", "18-nation", "US$500 million",
// "2,400 staff", "six-day visit", "100 different nationalities".
//
// "one" and "two" written as words are left out: in news they are mostly reference devices
// ("the two sides", "one example"), not figures anyone would check.
import { STOP_WORDS } from '../text/stop-words';
import type { QuantityMention, TextRange } from './mention-types';
import { contentWords, sentenceAround, singularWord, wordsIn } from './text-units';

const NUMBER_WORDS: Record<string, number> = {
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const CURRENCIES: Record<string, string> = {
  'us$': 'USD', $: 'USD', usd: 'USD', 'hk$': 'HKD', 'a$': 'AUD', 'c$': 'CAD', '€': 'EUR', eur: 'EUR',
  '£': 'GBP', gbp: 'GBP', '¥': 'CNY', rmb: 'CNY', yuan: 'CNY', dollars: 'USD', euros: 'EUR', pounds: 'GBP',
};
/** Units that name the same thing counted. */
const UNIT_SYNONYMS: Record<string, string> = {
  nation: 'country', state: 'country', people: 'person', persons: 'person', employee: 'staff',
  percent: 'percent', '%': 'percent', 'per cent': 'percent',
};
/** Words between a number and its noun that do not change what is counted. */
const MODIFIERS = new Set(
  'different other more new foreign major key main top senior additional further separate more than about some'.split(' '),
);

const AMOUNT = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?(?![\\p{L}](?<![mb]))|(?:${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}]))`;
const CURRENCY_PREFIX = '(US\\$|HK\\$|A\\$|C\\$|\\$|€|£|¥|USD\\s?|EUR\\s?|RMB\\s?)';
const SCALE = `(?:\\s?(thousand|million|billion|trillion|bn|m)\\b)?`;
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\p{N}$£€¥.,-])${CURRENCY_PREFIX}?${AMOUNT}${SCALE}(?:(-)(\\p{L}+)|(\\s?%|\\s+per\\s?cent))?`,
  'giu',
);

/** Every quantity holds a digit or a number word: text with neither is not searched. */
const MAY_HOLD_QUANTITY = new RegExp(`\\d|${Object.keys(NUMBER_WORDS).join('|')}`, 'iu');

function parseAmount(text: string): number {
  return NUMBER_WORDS[text.toLowerCase()] ?? Number(text.replace(/,/g, ''));
}

function canonicalUnit(word: string): string {
  const lower = word.toLowerCase();
  if (CURRENCIES[lower]) return CURRENCIES[lower];
  const stem = singularWord(lower);
  return UNIT_SYNONYMS[lower] ?? UNIT_SYNONYMS[stem] ?? stem;
}

/** The noun a bare number counts: the next word, skipping modifiers ("100 different nationalities"). */
function countedNoun(text: string, from: number, limit: number): { end: number; unit: string } | null {
  const next = wordsIn(text, from, Math.min(limit, from + 60)).slice(0, 3);
  for (const token of next) {
    if (MODIFIERS.has(token.text.toLowerCase())) continue;
    if (!/^\p{Ll}/u.test(token.text) && !CURRENCIES[token.text.toLowerCase()]) return null;
    if (/^(of|and|or|to|in|on|at|by|for|from|with|as|per|than)$/.test(token.text)) return null;
    return { end: token.end, unit: canonicalUnit(token.text) };
  }
  return null;
}

interface FoundQuantity {
  start: number;
  end: number;
  amount: number;
  unit: string;
  approximate: boolean;
}

// "No. 3", "Article 5", "Flight 370", "Route 66", "Apollo 11": a number right after a capitalised
// word or a numbering word names or ranks something; it counts nothing.
const IDENTIFIER_BEFORE = /(?:\b(?:[Nn]o|[Nn]os|[Nn]um|[Nn]r)\.\s*|\b(?:[Nn]umber|[Aa]rticle|[Ss]ection|[Cc]hapter|[Pp]age|[Rr]oom|[Ff]light|[Rr]oute|[Ii]nterstate|[Hh]ighway|[Aa]mendment|[Pp]roposition|[Ss]eason|[Ee]pisode|[Gg]ame|[Ww]eek|[Tt]itle|[Ll]ine|[Gg]ate|[Rr]ank|[Ll]evel|[Ss]tage|[Pp]hase)\s+)$/u;
const CAPITALISED_BEFORE = /(?:^|[^\p{L}!?]\s*)(\p{Lu}[\p{L}]+)\.?\s$/u;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/u;
const APPROXIMATE_BEFORE = /\b(?:about|around|roughly|nearly|almost|approximately|some|over|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|close\s+to|upwards\s+of|an\s+estimated)\s+$/iu;
const CURRENCY_WORD = /^(?:US|USD|EUR|RMB|HK)$/u;

/** The number at text[start] is a rank, an ordinal or part of a name. */
function isIdentifier(text: string, start: number, end: number): boolean {
  if (ORDINAL_AFTER.test(text.slice(end, end + 3)) || text[start - 1] === '/' || text[end] === '/') return true;
  const before = text.slice(Math.max(0, start - 24), start);
  if (/(?:\b[Nn]os?|\b[Nn]um|\b[Nn]r)\.\s*$/u.test(before)) return true;
  if (IDENTIFIER_BEFORE.test(before)) return true;
  const word = CAPITALISED_BEFORE.exec(before)?.[1];
  return word !== undefined && !CURRENCY_WORD.test(word) && !STOP_WORDS.has(word.toLowerCase());
}

/** Quantities in `text` (offsets relative to it) that overlap none of `exclude`. */
function quantitiesIn(text: string, exclude: readonly TextRange[]): FoundQuantity[] {
  const found: FoundQuantity[] = [];
  if (!MAY_HOLD_QUANTITY.test(text)) return found;
  for (const match of text.matchAll(QUANTITY)) {
    const start = match.index;
    let end = start + match[0].length;
    if (exclude.some((taken) => start < taken.end && end > taken.start)) continue;
    const [, currency, amountText, scale, hyphen, hyphenUnit, percent] = match;
    if (!currency && isIdentifier(text, start, start + amountText!.length)) continue;
    const amount = parseAmount(amountText!) * (scale ? SCALES[scale.toLowerCase()]! : 1);
    let unit: string | null = null;
    if (currency) unit = CURRENCIES[currency.trim().toLowerCase()]!;
    else if (percent) unit = 'percent';
    else if (hyphen && hyphenUnit) unit = canonicalUnit(hyphenUnit);
    else {
      const noun = countedNoun(text, end, text.length);
      if (noun) {
        unit = noun.unit;
        end = noun.end;
      }
    }
    const approximate = APPROXIMATE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
    if (unit !== null && !Number.isNaN(amount)) found.push({ start, end, amount, unit, approximate });
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

const HEAD_WORDS = 2;
/** Words each side that say what a figure is of and who did what with it. */
const SLOT_WORDS = 5;

/** Content words right around a figure, numbers left out: "a $43,000 Rolex watch" → rolex, watch. */
function headAround(text: string, start: number, end: number): ReadonlySet<string> {
  const sentence = sentenceAround(text, start);
  const before = contentWords(wordsIn(text, Math.max(sentence.start, start - 60), start)).slice(-HEAD_WORDS);
  const after = contentWords(wordsIn(text, end, Math.min(sentence.end, end + 60))).slice(0, HEAD_WORDS);
  return new Set([...before, ...after]);
}

/** Another figure, and the words past it: they tell what that figure is of. */
const OTHER_FIGURE = /\d[\d,.]*/gu;

/** Content words around a figure up to SLOT_WORDS each side, within its sentence and short of the figures beside it. */
function slotAround(text: string, start: number, end: number): ReadonlySet<string> {
  const sentence = sentenceAround(text, start);
  const reach = Math.max(sentence.start, start - 40 * SLOT_WORDS);
  let from = reach;
  for (const figure of text.slice(reach, start).matchAll(OTHER_FIGURE)) from = reach + figure.index + figure[0].length;
  let to = Math.min(sentence.end, end + 40 * SLOT_WORDS);
  const next = text.slice(end, to).search(OTHER_FIGURE);
  if (next >= 0) to = end + next;
  return new Set([...contentWords(wordsIn(text, from, start)).slice(-SLOT_WORDS), ...contentWords(wordsIn(text, end, to)).slice(0, SLOT_WORDS)]);
}

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
    for (const quantity of found) {
      const start = range.start + quantity.start;
      const end = range.start + quantity.end;
      mentions.push({
        doc,
        start,
        end,
        text: text.slice(start, end),
        amount: quantity.amount,
        unit: quantity.unit,
        context: contextAround(text, start, memo),
        head: headAround(text, start, end),
        slot: slotAround(text, start, end),
        approximate: quantity.approximate,
      });
    }
  }
  return mentions;
}
