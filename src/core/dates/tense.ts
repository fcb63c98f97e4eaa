// The tense of the clause around a date expression, which decides whether a bare "Friday" is
// the Friday before or after publication. The nearest marker before the expression wins; when
// there is none, the rest of the sentence decides.
import type { Tense } from './date-form';
import { sentenceAround } from '../text/text-units';

/** Verbs in the past that do not end in -ed ("broke out", "won"), as an alternation for a RegExp. */
export const IRREGULAR_PAST = "met|made|held|took|gave|came|left|went|had|did|spoke|began|saw|found|won(?![’']t)|lost|sent|led|ran|fell|rose|paid|sold|brought|kept|heard|wrote|broke|drew|fought|spent|became|got";

// A broadcast announced ahead ("an interview to air Tuesday", "to be shown on Sunday") is still to
// come, and so is an occasion something was done "ahead of" or "in advance of" ("sent a letter in
// advance of his appearance on Thursday"). "Plan to" followed by an article is the noun ("presented
// the plan to the board"), and "before" a body that hears or judges is a place ("testified before
// the committee", "put her plan before the county board"), so neither makes an act still to come.
const FUTURE =
  /\b(?:will\s+be\s+\w+ed|(?:is|are)\s+(?:due|scheduled|expected|set|going|slated|poised)(?:\s+to\s+\w+)?|(?:is|are)\s+to|(?:set|expected|slated|poised)\s+to|(?:set|slated)\s+for|followed\s+by|will|would(?!\s+have)|won[’']t|shall|'ll|’ll|scheduled|plans?\s+to(?!\s+(?:the|a|an|his|her|its|their)\b)|until|(?:ahead|in\s+advance)\s+of|before\s+(?:a|an|the)(?!(?:\s+[\w.-]+){0,4}?\s+(?:board|committee|subcommittee|panel|court|judge|jury|council|commission|congress|senate|house|legislature|lawmakers|voters|cameras?|crowd|audience)\b)|upcoming|coming|next|to\s+air|to\s+be\s+(?:shown|broadcast|\w+ed))\b/gi;
// A clause opened by "that" after a verb of saying or hoping has its own tense ("were hoping that
// the leadership elections on Thursday would…"), and so has one after a colon or a semicolon ("is
// trying to shore up his credentials: On Tuesday he won …"): markers before it do not reach past it.
// So has the ground a judgment rests on ("may soon be dismissed, considering the tenor of oral
// arguments before the Supreme Court Tuesday"): what is weighed is already known, whatever the
// forecast before it says.
const CLAUSE_OPENING = /(?:\b(?:that|whether|considering|judging\s+(?:by|from)|in\s+(?:light|view)\s+of)|[:;])\s/gi;
/** Articles, possessives and demonstratives: an -ed word after one is an adjective (PAST here, the clause's own verb in event-context.ts). */
export const DETERMINERS = 'the|a|an|his|her|its|their|our|your|my|these|those';
// An -ed word after an article or a possessive is an adjective ("will tour the flooded farms", "her
// newly elected deputy"), and one after a bare "be" a passive whose tense the auxiliary before it
// gives ("will likely be tested"): neither is a verb in the past. What something "follows" came
// before it ("the ad follows his statement on Tuesday"), unless "follows" is intransitive ("follows on Thursday").
const PAST = new RegExp(
  `\\b(?:said|says|told|follows(?!\\s+(?:on|at|in|later|next)\\b)|was|were|announced|visited|landed|${IRREGULAR_PAST}|(?<!\\b(?:${DETERMINERS}|be)\\s+(?:\\w+ly\\s+)?)\\w{3,}ed)\\b`,
  'gi',
);

function lastMarker(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index + match[0].length;
  return last;
}

/** A sentence opened by "Before a …" (no verb of its own), up to its comma. */
const OPENING_BEFORE = /^\s*Before\s+(?:a|an|the)\b[^,;:]*$/u;

/**
 * A date in a sentence's opening "Before a larger meeting … on Wednesday," whose main clause is done
 * ("the attorney general met with several students"): what came after that act was done too, on the
 * day named, not still to come.
 */
function doneBeforeIt(text: string, sentence: { start: number; end: number }, start: number): boolean {
  if (!OPENING_BEFORE.test(text.slice(sentence.start, start))) return false;
  const comma = text.indexOf(',', start);
  if (comma < 0 || comma >= sentence.end) return false;
  const main = text.slice(comma + 1, sentence.end);
  const past = main.search(PAST);
  const future = main.search(FUTURE);
  return past >= 0 && (future < 0 || past < future);
}

/** Past, future or unknown for the expression at text[start, end). */
export function clauseTense(text: string, start: number, end: number): Tense {
  // "next Monday's election" is still to come and "last Friday" done, whatever the clause says.
  const own = /^(next|last)\s/iu.exec(text.slice(start, end))?.[1]?.toLowerCase();
  if (own) return own === 'next' ? 'future' : 'past';
  const sentence = sentenceAround(text, start);
  const opening = Math.max(sentence.start, lastMarker(text.slice(sentence.start, start), CLAUSE_OPENING) + sentence.start);
  const before = text.slice(opening, start);
  // "as soon as Friday", "as early as Monday": the earliest time of something not yet done.
  if (/\bas\s+(?:soon|early)\s+as\s+$/iu.test(before)) return 'future';
  const future = lastMarker(before, FUTURE);
  const past = lastMarker(before, PAST);
  if (future >= 0 || past >= 0) return future >= past && !doneBeforeIt(text, sentence, start) ? 'future' : 'past';
  const after = text.slice(end, sentence.end);
  const futureAfter = after.search(FUTURE);
  const pastAfter = after.search(PAST);
  if (futureAfter >= 0 && (pastAfter < 0 || futureAfter < pastAfter)) return 'future';
  return pastAfter >= 0 ? 'past' : 'unknown';
}
