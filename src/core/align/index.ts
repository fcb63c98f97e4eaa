// Alignment across documents: passages that tell the same thing (reprints, light edits,
// paraphrases), and the sentence correspondence that pairs independently worded sentences
// stating the same facts (read by findings and by compare).
export { alignPassages, type AlignOptions, type AlignProgress } from './align-passages';
export {
  correspondSentences,
  indexSentences,
  pairSentences,
  FACT_BOOST,
  MIN_PAIR_SCORE,
  type CorrespondingSentence,
  type SentenceCorrespondence,
  type SentenceIndex,
  type SentenceLink,
  type SentencePair,
  type SentencePairOptions,
  type SharedTermKind,
  type SharedTerms,
} from './sentence-pairs';
export { matchSentences, MIN_MATCH_SCORE, ROLE_BONUS, MIN_STORY_LINKS, type SentenceMatchOptions } from './sentence-matching';
