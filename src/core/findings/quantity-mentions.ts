// Numbers and quantities with what they count: "18 countries", "18-nation", "US$500 million",
// "2,400 staff", "six-day visit", "100 different nationalities".
//
// "one" and "two" written as words are left out: in news they are mostly reference devices
// ("the two sides", "one example"), not figures anyone would check.
import type { QuantityMention, TextRange } from './mention-types';
import { contentWords, sentenceAround, stemWord, wordsIn } from './text-units';

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
  const stem = stemWord(lower);
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
    if (unit !== null && !Number.isNaN(amount)) found.push({ start, end, amount, unit });
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
    for (const quantity of found) {
      const start = range.start + quantity.start;
      const end = range.start + quantity.end;
      mentions.push({ doc, start, end, text: text.slice(start, end), amount: quantity.amount, unit: quantity.unit, context: contextAround(text, start, memo) });
    }
  }
  return mentions;
}
