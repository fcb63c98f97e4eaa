// The findings engine (issue 6): factual disagreements across the documents of a corpus.
// The entry point is findDisagreements; the dates it compares are read by core/dates.
export { findDisagreements, type FindingsResult } from './find-disagreements';
export { groupProvenance, provenanceByGroup, type Provenance } from './provenance';
export { findingId } from './finding-id';
export { describe } from './describe';
export { isSamePersonName, nameSkeleton } from './persons';
export { addLowerCaseWords } from './lower-case-vocabulary';
