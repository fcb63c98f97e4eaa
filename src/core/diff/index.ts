export { wordDiff, diffPassages, EXACT, type WordDiffSegment, type EqualSegment, type DeleteSegment, type InsertSegment, type Significance, type WordDiffOptions, type DiffReading } from './word-diff';
export type { ReaderStrategy } from './reader-ops';
export { isWordChar } from './word-tokens';
export { diffKeys } from './token-ops';
