// The tense of the clause around a date expression, which decides whether a bare "Friday" is
// the Friday before or after publication. The nearest marker before the expression wins; when
// there is none, the rest of the sentence decides.
import type { Tense } from './date-form';
import { sentenceAround } from '../text/text-units';

// A broadcast announced ahead ("an interview to air Tuesday", "to be shown on Sunday") is still to come.
const FUTURE =
  /\b(?:will\s+be\s+\w+ed|(?:is|are)\s+(?:due|scheduled|expected|set|going|slated|poised)(?:\s+to\s+\w+)?|(?:is|are)\s+to|(?:set|expected|slated|poised)\s+to|followed\s+by|will|won[’']t|shall|'ll|’ll|scheduled|plans?\s+to|until|ahead\s+of|before\s+(?:a|an|the)|upcoming|coming|next|to\s+air|to\s+be\s+(?:shown|broadcast|\w+ed))\b/gi;
const PAST =
  /\b(?:said|says|told|met|made|held|took|gave|came|left|went|was|were|had|did|spoke|began|saw|announced|visited|landed|\w{3,}ed)\b/gi;

function lastMarker(text: string, pattern: RegExp): number {
  let last = -1;
  for (const match of text.matchAll(pattern)) last = match.index + match[0].length;
  return last;
}

/** Past, future or unknown for the expression at text[start, end). */
export function clauseTense(text: string, start: number, end: number): Tense {
  const sentence = sentenceAround(text, start);
  const before = text.slice(sentence.start, start);
  const future = lastMarker(before, FUTURE);
  const past = lastMarker(before, PAST);
  if (future >= 0 || past >= 0) return future >= past ? 'future' : 'past';
  const after = text.slice(end, sentence.end);
  const futureAfter = after.search(FUTURE);
  const pastAfter = after.search(PAST);
  if (futureAfter >= 0 && (pastAfter < 0 || futureAfter < pastAfter)) return 'future';
  return pastAfter >= 0 ? 'past' : 'unknown';
}
