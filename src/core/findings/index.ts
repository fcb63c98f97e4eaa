// The findings engine (issue 6): factual disagreements across the documents of a corpus.
// The entry point is findDisagreements; DateMentionReader is the date pipeline's one public entry
// (expressions, tense, event, resolution), which the timeline reads too.
export { findDisagreements, type FindingsResult } from './find-disagreements';
export { resolveDateExpression, resolveDateForm, type DateGranularity, type DateResolution } from './resolve-date';
export { findDateExpressions } from './date-expressions';
export { DateMentionReader } from './date-mentions';
export type { DateExpression, DateForm, Tense } from './date-form';
export { eventAround, type EventCategory, type EventContext } from './event-context';
export { groupProvenance, provenanceByGroup, type Provenance } from './provenance';
export { findingId } from './finding-id';
export { describe } from './describe';
export { isSamePersonName, nameSkeleton } from './persons';
export { addLowerCaseWords } from './lower-case-vocabulary';
