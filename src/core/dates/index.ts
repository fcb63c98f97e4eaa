// Dates in news text (issue 11): the one home of the date pipeline, which findings, the timeline
// and the CLI read through this entry only.
// 1. findDateExpressions — date phrases in a text, each with its form (date-expressions.ts, date-form.ts);
// 2. clauseTense — past or future of the phrase's clause (tense.ts);
// 3. eventAround — what the date is the date of: verb, participants, category (event-context.ts);
// 4. resolveDateForm — the phrase placed on the calendar against the publication date (resolve-date.ts);
// DateMentionReader runs 1–4 over a document, memoised per corpus (date-mentions.ts);
// dateValue / dateWords / datesCompatible label and compare the intervals (date-labels.ts),
// documentsDisagree / splitMajority weigh one event's dates across documents (date-agreement.ts).
export { DATE_CUES, findDateExpressions } from './date-expressions';
export type { DateExpression, DateForm, Tense } from './date-form';
export { clauseTense } from './tense';
export { eventAround, type EventCategory, type EventContext } from './event-context';
export { resolveDateExpression, resolveDateForm, type DateGranularity, type DateResolution } from './resolve-date';
export { DateMentionReader, type DateMention } from './date-mentions';
export { dateValue, dateWords, datesCompatible, writtenAlike } from './date-labels';
export { documentsDisagree, splitMajority, type ResolvedDate } from './date-agreement';
