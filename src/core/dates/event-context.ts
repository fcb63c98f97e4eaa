// What a date is the date OF: the event named in the words around it. A small lexicon maps the
// many ways news names an event to one key, so "Moscow’s invasion of Ukraine in February 2021",
// "Moscow’s invasion of Ukraine last year" and "Russia launched its full-scale military assault on
// Ukraine a year ago" all date the event "invasion of Ukraine".
//
// Lexicon (category ← trigger words):
//   invasion    ← invasion, invaded, invade, assault, offensive, launched/started the war,
//                 war in/on/against, special military operation
//   anniversary ← anniversary (of any event: "the first anniversary of the war" is not the war)
//   meeting     ← meeting, met, summit, talks, visit, trip
//   statement   ← said, says, told, announced, stated, mentioned (a letter mentioned on the
//                 floor is not the letter received), denied, broke his/her silence (a denial
//                 is what the subject said: "denied on Wednesday" is "said Wednesday he did not")
//   agreement   ← agreement, deal, treaty, pact, struck, signed
//   founding    ← established, founded, set up, created
//   election    ← election, re-election, elected (a legislature's vote is not an election)
//   resignation ← resigned, resign, resignation, stepped down
//   apology     ← apologized, apologize, apology (an aide who apologized Friday and resigned
//                 Monday did two things, though the outlets tell both around the same post)
// An occasion named by a noun the date is attached to ("the Wednesday hearing", "at a House
// hearing Wednesday", "a Friday Facebook post", "passed a resolution Tuesday") is kept as that noun's key (EVENT_NOUNS).
// The target of an invasion/anniversary is the first place name after the trigger ("Ukraine").
// Other events match on the content words they share (see same-thing.ts).
import { CARDINAL_WORDS } from '../text/number-words';
import { contentWords, sentenceAround, wordsIn, type WordToken } from '../text/text-units';
import { DETERMINERS, IRREGULAR_PAST } from './tense';

export type EventCategory = 'invasion' | 'anniversary' | 'meeting' | 'statement' | 'agreement' | 'founding' | 'election' | 'resignation' | 'apology';

export interface EventContext {
  category: EventCategory | null;
  /** The place an invasion or anniversary is about, lower case, or null. */
  target: string | null;
  /** Stemmed content words near the date, for matching events outside the lexicon. */
  words: ReadonlySet<string>;
  /** A short human label: "invasion of Ukraine", or the words before the date. */
  label: string;
  /** Who acts, lower case: the capitalised words of the clause before the date, past the sentence's first word ("senate", "house"). */
  participants: ReadonlySet<string>;
  /** The first run of participants, past a dateline and an opening phrase (after the phrase when the date lies inside it): whom the clause is about ("ida moreau" of "Senate leader Ida Moreau broke with Governor Tomas Brandt"). */
  subject: ReadonlySet<string>;
  /** With an occasion noun, the participants and the capitalised words after the date in its clause ("Posting on Facebook on Friday, Mary Cheney wrote"); else the participants. */
  names: ReadonlySet<string>;
  /** An event named by a noun a day is attached to ("the Wednesday hearing", "a hearing Wednesday", "an election set for June 25"): the noun's key, or null. */
  noun: string | null;
}

/** The part of a sentence a date's event is read from: between the dates before and after it. */
export interface ClauseBounds {
  from: number;
  to: number;
}

const WORDS_BEFORE = 9;
const WORDS_AFTER = 8;

const TRIGGERS: Array<[EventCategory, RegExp]> = [
  ['invasion', /\b(?:invasion|invaded|invade|invading|assault|offensive|special\s+military\s+operation|(?:launch|launched|start|started|began|begin)\s+(?:the|its|a)\s+(?:full-scale\s+)?(?:war|invasion)|war\s+(?:in|on|against))\b/i],
  ['election', /\b(?:election|re-election|elected)\b/i],
  ['founding', /\b(?:established|founded|set\s+up|created)\b/i],
  ['agreement', /\b(?:agreement|deal|treaty|pact|struck|signed)\b/i],
  ['resignation', /\b(?:resign|resigned|resigns|resigning|resignation|step(?:ped|s)?\s+down)\b/i],
  ['apology', /\b(?:apologi[sz](?:e|ed|es|ing)|apology)\b/i],
  ['meeting', /\b(?:meeting|met|meet|summit|talks|visit|trip)\b/i],
  ['statement', /\b(?:said|says|told|announced|stated|statement|interview|remarks|mentioned|denied|broke\s+(?:his|her|their|its)\s+silence)\b/i],
];

/**
 * Nouns that name one occasion, each with its key: a date attached to one ("Friday’s hearing",
 * "a Friday Facebook post", "at a House hearing Friday", "posting on Facebook on Friday") dates
 * that occasion, however the clause around it is worded. A court is an occasion only as a place
 * ("argued in court Tuesday", "in a federal courtroom"), not as the one who rules.
 */
const EVENT_NOUNS: Array<[string, RegExp]> = [
  ['hearing', /^hearings?$/],
  ['vote', /^votes?$/],
  ['debate', /^debates?$/],
  ['primary', /^primar(?:y|ies)$/],
  ['election', /^elections?$/],
  ['speech', /^speech(?:es)?$/],
  ['ruling', /^rulings?$/],
  ['release', /^releases?$/],
  ['post', /^(?:post|posts|posting)$/],
  ['rally', /^rall(?:y|ies)$/],
  ['trial', /^trials?$/],
  ['dinner', /^dinners?$/],
  ['lecture', /^lectures?$/],
  ['briefing', /^briefings?$/],
  ['arguments', /^arguments?$/],
  ['testimony', /^testimony$/],
  ['sentencing', /^sentencing$/],
  ['funeral', /^funerals?$/],
  ['resolution', /^resolutions?$/],
];
const WEEKDAY_ALONE = /^(?:(?:next|this|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/iu;
/** A day of a month written out ("June 25", "Sept. 9, 2013"): like a weekday, it can date an occasion ("the June 25 special election", "an election set for June 25"). */
const DAY_OF_MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?$/iu;
/** Up to three modifiers and the noun after a date, past a possessive ("Friday’s document release", "the Sunday hearing"). */
const WORDS_AFTER_FOR_NOUN = 3;
/** A noun, then a preposition or the word that schedules it, a determiner or up to two capitalised words, before the date ("at a House hearing on Friday", "posting on Facebook on Friday", "an election set for June 25"). */
const NOUN_BEFORE = /([\p{L}-]+)\s+(?:(?:on|at|in|of|late|early|(?:set|slated|scheduled)\s+for)\s+)?(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:(?:on|late|early|this|last)\s+)?$/u;
const COURT_AS_PLACE = /\b(?:in|at|before)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+)?court(?:room)?\s+(?:(?:on|late|early)\s+)?$/u;

/** A lower-case word (or the sentence's first) naming an occasion: its key. */
function eventNounKey(word: string, sentenceFirst: boolean): string | null {
  const lower = word.toLowerCase();
  if (word !== lower && !sentenceFirst) return null;
  return EVENT_NOUNS.find(([, pattern]) => pattern.test(lower))?.[0] ?? null;
}

/** The occasion a date is attached to by a noun, right after it or right before it. */
function eventNoun(text: string, start: number, end: number, sentenceStart: number): string | null {
  const possessive = /^[’']s\b/u.exec(text.slice(end, end + 2))?.[0].length ?? 0;
  const gap = text.slice(end + possessive, end + possessive + 2);
  if (/^\s\p{L}/u.test(gap)) {
    for (const token of wordsIn(text, end + possessive, Math.min(text.length, end + 60)).slice(0, WORDS_AFTER_FOR_NOUN)) {
      if (text.slice(end, token.start).search(/[^\s\p{L}’'-]/u) >= 0 || contentWords([token]).length === 0) break;
      const key = eventNounKey(token.text, false);
      if (key) return key;
    }
  }
  const before = text.slice(Math.max(sentenceStart, start - 60), start);
  if (COURT_AS_PLACE.test(before)) return 'court';
  const match = NOUN_BEFORE.exec(before);
  if (!match) return null;
  const wordStart = start - before.length + match.index;
  return eventNounKey(match[1]!, wordStart === sentenceStart);
}

const OWN_VERB_BEFORE = new RegExp(`\\b(?:was|were|been|\\p{L}{3,}ed|${IRREGULAR_PAST})\\s+(?:\\p{L}+\\s+){0,3}$`, 'iu');
/**
 * A verb in the past anywhere in the clause before the date, written in lower case and not after an
 * article or a possessive (then an adjective: "the embattled senator"): the clause's act, which
 * the date follows. A statement named after the date is then where the act was done ("Dave Brat
 * celebrated his stunning victory over … for the Republican nomination on Tuesday night in a phone
 * interview"), while another act after it is done the same day ("arrived in St. Louis on Wednesday,
 * meeting with community leaders" dates the meeting too).
 */
const CLAUSE_VERB = new RegExp(`(?<!\\b(?:${DETERMINERS}|be|been|being)\\s+(?:\\p{L}+ly\\s+)?)\\b(?:\\p{L}{3,}ed|${IRREGULAR_PAST})\\b`, 'giu');

/** CLAUSE_VERB written in lower case: a capitalised "-ed" word is a name ("United", "Fred"). */
function hasClauseVerb(clause: string): boolean {
  for (const match of clause.matchAll(CLAUSE_VERB)) if (/^\p{Ll}/u.test(match[0])) return true;
  return false;
}
const PLACE_AFTER = /\b(?:of|on|in|against|into)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/gu;
const DIRECT_OBJECT = /^(?:invaded|invade|invading|attacked|attack|attacking)\s+(\p{Lu}[\p{L}-]+)/u;
const CALENDAR_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** The place an invasion is of: the verb's object ("invaded Ukraine") or the first place after a preposition. */
function placeAfter(text: string): string | null {
  const direct = DIRECT_OBJECT.exec(text)?.[1];
  if (direct && !CALENDAR_WORD.test(direct)) return direct;
  for (const match of text.matchAll(PLACE_AFTER)) if (!CALENDAR_WORD.test(match[1]!)) return match[1]!;
  return null;
}

/** Words that may stand before a date opening its sentence ("On Friday,", "Earlier in the day on Thursday,", "Late Monday,"). */
const BEFORE_OPENING_DATE = /^(?:(?:on|earlier|later|late|early|by|in|the|day|this|last|next|of|that|same|then|and|but|also)\s+)*$/iu;

/** Past a date that opens its sentence and its comma ("Earlier Friday, Liz Cheney revealed …"); else -1. */
function pastOpeningDate(text: string, sentenceStart: number, start: number, end: number): number {
  if (!BEFORE_OPENING_DATE.test(text.slice(sentenceStart, start))) return -1;
  const comma = /^\s*,\s*/u.exec(text.slice(end, end + 4));
  return comma ? end + comma[0].length : -1;
}

function windowTokens(text: string, start: number, end: number, bounds: ClauseBounds | undefined): { clause: WordToken[]; before: WordToken[]; after: WordToken[]; sentence: { start: number; end: number } } {
  const sentence = sentenceAround(text, start);
  const clause = wordsIn(text, Math.max(sentence.start, bounds?.from ?? 0), start);
  const before = clause.slice(-WORDS_BEFORE);
  let to = Math.min(sentence.end, bounds?.to ?? text.length);
  // With another date further on, the words after a comma lead to that date's event.
  if (to < sentence.end) {
    // The comma closing a date that opens the sentence ("Earlier Friday, Liz Cheney revealed …") ends no clause.
    const opening = pastOpeningDate(text, sentence.start, start, end);
    const from = opening >= 0 ? opening : end;
    const comma = text.slice(from, to).search(/[,;]/u);
    if (comma >= 0) to = from + comma;
  }
  const after = wordsIn(text, end, to).slice(0, WORDS_AFTER);
  return { clause, before, after, sentence };
}

/** Capitalised words that never name who acts: a conjunction or determiner opening a sentence or a quote ("“If …”", "Those wondering …"). */
const NOT_AN_ACTOR = /^(?:if|while|when|before|after|because|although|though|since|unless|until|whether|where|how|why|this|that|these|those|there|my|one|several|many|some|most|all|both|each|another|such|every)$/iu;
/** A sentence's first word that tells how or when, not who ("However, …", "Meanwhile", "Newly sworn members"). */
const SENTENCE_ADVERB = /^(?:however|meanwhile|still|instead|indeed|separately|earlier|later|finally|now|then|also|yet|already|moreover|nevertheless|nonetheless|afterwards?|today|tonight|there|here|\p{L}+ly)$/iu;

/**
 * Who acts: the capitalised words of the clause before the date, however long ("Jackson Jr., the
 * former representative from Illinois, pleaded guilty on Monday"). The sentence's first word
 * counts when it is no adverb and no possessive ("Lynch, a conservative Democrat, …", not "However"
 * or "China’s top diplomat", whose actor is the diplomat); no stop word counts anywhere ("The" after
 * a dateline, "On" after a colon, "I" in a quote).
 */
function participantsOf(text: string, tokens: readonly WordToken[], sentenceStart: number): Set<string> {
  const names = new Set<string>();
  for (const token of tokens) {
    const name = actorName(token, sentenceStart, text);
    if (name !== null) names.add(name);
  }
  return names;
}

function actorName(token: WordToken, sentenceStart: number, text: string): string | null {
  if (!/^\p{Lu}/u.test(token.text) || CALENDAR_WORD.test(token.text) || NOT_AN_ACTOR.test(token.text) || isCardinalWord(token.text) || contentWords([token]).length === 0) return null;
  if (token.start === sentenceStart && (/[’']s$/u.test(token.text) || SENTENCE_ADVERB.test(token.text) || OPENING_PHRASE.test(text.slice(token.start, token.start + 40)))) return null;
  return token.text.toLowerCase().replace(/[’']s$/u, '');
}

/**
 * A sentence opened by "During", "According" or a word in -ing before a preposition, a determiner
 * or "that" ("Speaking on …", "Setting the tone …", "During congressional hearings …"): a phrase
 * telling how or when, whose first word names no one. A name in -ing is followed by a verb or a comma ("Manning
 * said", "Fleming, the mayor").
 */
const OPENING_PHRASE = /^(?:(?:During|According)\s|\p{Lu}\p{Ll}+ing\s+(?:the|a|an|his|her|their|its|our|this|that|these|those|to|on|in|at|for|with|from|about|over|into|after|before|by|earlier|later)\s)/u;

/**
 * Where the subject may start: past an opening phrase (OPENING_PHRASE), which ends at its comma or
 * its dash — at the second dash when a dash pair follows it ("Setting the tone for the new Council —
 * in which every Harbor bill … — members of the Assembly began …": the aside belongs to the phrase).
 */
function pastOpeningPhrase(text: string, sentenceStart: number, sentenceEnd: number): number {
  if (!OPENING_PHRASE.test(text.slice(sentenceStart, sentenceStart + 40))) return sentenceStart;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const end = /[,—–]|\s--?\s/u.exec(sentence);
  if (!end) return sentenceEnd;
  const afterEnd = end.index + end[0].length;
  if (end[0] === ',') return sentenceStart + afterEnd;
  const closing = /[—–]|\s--?\s/u.exec(sentence.slice(afterEnd));
  return sentenceStart + afterEnd + (closing ? closing.index + closing[0].length : 0);
}

/** A number word counts who acts ("Two heartland states filed …"), it names no one. */
function isCardinalWord(word: string): boolean {
  return Object.hasOwn(CARDINAL_WORDS, word.toLowerCase());
}

/** A place in capitals opening a sentence before a dash: where the article was filed, not who acts. */
const DATELINE = /^\p{Lu}[\p{Lu}.' -]*\s*(?:—|–|--?)/u;

/**
 * The clause's first run of actors, past a dateline, initials kept ("Representative Anna D.
 * Ferris"): whom the clause is about. "Senate leader Ida Moreau broke with Governor Tomas Brandt"
 * is about Moreau; Brandt is a participant only. A run that names a title's group ("Harbor Workers
 * Union organizer Carl Moody") gives way to the name after the title.
 */
function subjectOf(text: string, clause: readonly WordToken[], sentence: { start: number; end: number }, date: number): Set<string> {
  const sentenceStart = sentence.start;
  const from = pastOpeningPhrase(text, sentence.start, sentence.end);
  // A date inside the opening phrase dates what the sentence's subject did ("Posting on Facebook on Friday, Mary Cheney wrote").
  const tokens = date < from ? wordsIn(text, from, sentence.end) : clause;
  const speaker = speakerBefore(text, clause, sentenceStart);
  if (tokens === clause && speaker.size > 0) return speaker;
  let run = new Set<string>();
  for (let index = pastPrepositionalPhrase(text, tokens, sentenceStart); index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.start < from || (token.start === sentenceStart && DATELINE.test(text.slice(token.start, token.start + 40)))) continue;
    const name = actorName(token, sentenceStart, text);
    if (name !== null) {
      run.add(name);
      continue;
    }
    if (run.size === 0 || /^\p{Lu}\.?$/u.test(token.text)) continue;
    const title = titleBefore(text, tokens, index, sentenceStart);
    if (title === 0) break;
    run = new Set<string>();
    index += title - 1;
  }
  return run;
}

const SAYS = /^(?:said|says|told)$/iu;

/**
 * The names right before a clause's closing "said", spaced only ("… back to work,” President Obama
 * said Wednesday"): the speaker is whom the statement is about. A name before a comma ("Anthony
 * Weiner, in an interview with Fox News, said") is read from the clause's start as usual.
 */
function speakerBefore(text: string, tokens: readonly WordToken[], sentenceStart: number): Set<string> {
  const speaker = new Set<string>();
  if (!SAYS.test(tokens.at(-1)?.text ?? '')) return speaker;
  for (let index = tokens.length - 2; index >= 0; index -= 1) {
    const token = tokens[index]!;
    const name = actorName(token, sentenceStart, text);
    if (name === null || !/^\s+$/u.test(text.slice(token.end, tokens[index + 1]!.start))) break;
    speaker.add(name);
  }
  return new Set([...speaker].reverse());
}

/**
 * A sentence opened by a preposition whose phrase, up to its comma, holds no date ("In addition to
 * Ferguson community members, Holder spent Wednesday …"): the subject is named after the comma.
 * (A date inside such a phrase, "At a House hearing Thursday, …", keeps the clause it is read in.)
 */
const OPENING_PREPOSITION = /^(?:in|at|after|before|despite|with|without|unlike|like|following|amid|among|besides|beyond|from|for|of|to|as|by|under|over|since|until|against|about)$/iu;

/** The index of the clause's first token past a sentence-opening prepositional phrase and its comma; 0 when there is none. */
function pastPrepositionalPhrase(text: string, tokens: readonly WordToken[], sentenceStart: number): number {
  const first = tokens[0];
  if (!first || first.start !== sentenceStart || !OPENING_PREPOSITION.test(first.text)) return 0;
  const comma = text.indexOf(',', first.end);
  const after = comma < 0 ? -1 : tokens.findIndex((token) => token.start > comma);
  return after < 0 ? 0 : after;
}

/** How many words of a title stand between a group and a name ("organizer", "economic adviser"): lower-case content words, no verb in -ed, spaces only, a name next; else 0. */
function titleBefore(text: string, tokens: readonly WordToken[], index: number, sentenceStart: number): number {
  const spaced = (from: WordToken, to: WordToken): boolean => /^\s+$/u.test(text.slice(from.end, to.start));
  for (let length = 1; length <= 2; length += 1) {
    const word = tokens[index + length - 1];
    const next = tokens[index + length];
    if (!word || !next || !/^\p{Ll}/u.test(word.text) || /ed$/u.test(word.text) || contentWords([word]).length === 0) return 0;
    if (!spaced(tokens[index + length - 2]!, word)) return 0;
    if (spaced(word, next) && actorName(next, sentenceStart, text) !== null) return length;
  }
  return 0;
}

/** The event the date expression at text[start, end) refers to. */
export function eventAround(text: string, start: number, end: number, bounds?: ClauseBounds): EventContext {
  const { clause, before, after, sentence } = windowTokens(text, start, end, bounds);
  const sentenceStart = sentence.start;
  const participants = participantsOf(text, clause, sentenceStart);
  const subject = subjectOf(text, clause, sentence, start);
  // Only a day (a weekday or a day of a month) is joined to another by its occasion (compare-dates.ts), so only a day's is read.
  const dateText = text.slice(start, end);
  const noun = WEEKDAY_ALONE.test(dateText) || DAY_OF_MONTH.test(dateText) ? eventNoun(text, start, end, sentenceStart) : null;
  const names = noun === null ? participants : new Set([...participants, ...participantsOf(text, after, sentenceStart)]);
  const windowStart = before[0]?.start ?? start;
  const windowEnd = after.at(-1)?.end ?? end;
  const beforeText = text.slice(windowStart, start);
  const aroundText = `${beforeText} ${text.slice(end, windowEnd)}`;
  const words = new Set(contentWords([...before, ...after]));
  const found = nearestTrigger(beforeText, aroundText, text.slice(clause[0]?.start ?? start, start));
  if (!found) return { category: null, target: null, words, label: phraseAround(text, before, after, start, end), participants, subject, names, noun };
  const { category, at } = found;
  if (category === 'invasion' || category === 'anniversary') {
    const place = placeAfter(aroundText.slice(at));
    const target = place?.toLowerCase() ?? null;
    const label = category === 'invasion' ? `Invasion${place ? ` of ${place}` : ''}` : `Anniversary${place ? ` (${place})` : ''}`;
    return { category, target, words, label, participants, subject, names, noun };
  }
  return { category, target: null, words, label: phraseAround(text, before, after, start, end), participants, subject, names, noun };
}

/**
 * An anniversary anywhere in the window wins (the anniversary of a war is not the war); otherwise
 * the trigger closest before the date, else the first one after it.
 */
function nearestTrigger(beforeText: string, aroundText: string, clauseText: string): { category: EventCategory; at: number } | null {
  const anniversary = /\banniversary\b/i.exec(aroundText);
  if (anniversary) return { category: 'anniversary', at: anniversary.index };
  const afterText = aroundText.slice(beforeText.length);
  // A date used as a modifier ("a March meeting") dates the noun right after it.
  const nextWords = /^\s+[\p{L}-]+/u.exec(afterText)?.[0] ?? '';
  for (const [category, trigger] of TRIGGERS) {
    const match = trigger.exec(nextWords);
    if (match && category !== 'statement') return { category, at: beforeText.length + match.index };
  }
  let best: { category: EventCategory; at: number; end: number } | null = null;
  for (const [category, trigger] of TRIGGERS) {
    for (const match of beforeText.matchAll(new RegExp(trigger.source, 'gi'))) {
      const end = match.index + match[0].length;
      if (!best || end > best.end) best = { category, at: match.index, end };
    }
  }
  if (best) return best;
  // A verb of its own before the date ("was fired Friday, the agency said", "broke out on May 11, the marshal said") dates that act, not the statement after it.
  if (OWN_VERB_BEFORE.test(beforeText)) return null;
  let first: { category: EventCategory; at: number } | null = null;
  for (const [category, trigger] of TRIGGERS) {
    const match = trigger.exec(afterText);
    if (match && (!first || match.index + beforeText.length < first.at)) first = { category, at: match.index + beforeText.length };
  }
  // A statement named after the date is where the clause's own act was told, when the clause has one.
  if (first?.category === 'statement' && hasClauseVerb(clauseText)) return null;
  return first;
}

/** The words around the date, e.g. “a meeting in March between President Vladimir Putin”. */
function phraseAround(text: string, before: WordToken[], after: WordToken[], start: number, end: number): string {
  const from = before.slice(-4)[0]?.start ?? start;
  const to = after.slice(0, 4).at(-1)?.end ?? end;
  return `“${text.slice(from, to).replace(/\s+/g, ' ').trim()}”`;
}
