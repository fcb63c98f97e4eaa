export { wordDiff, EXACT, type WordDiffSegment, type EqualSegment, type DeleteSegment, type InsertSegment, type Significance, type WordDiffOptions } from './word-diff';
export { isWordChar } from './word-tokens';
