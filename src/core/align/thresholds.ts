// Where similarity scores become decisions. Calibrated on the seeds: the translated pair 000/001
// scores 0.44–0.84 on true counterparts, while the best-scoring unrelated pair across all five
// seeds reaches 0.41.

/** Passages this alike tell the same thing. */
export const ALIGN_THRESHOLD = 0.43;
/** From here on two passages differ only in details an editor would make. Inside one document
 *  only near-duplicates align: a headline always paraphrases its lead. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** Short passages share a topic by chance more easily, so they need more evidence… */
export const SHORT_PASSAGE_TERMS = 8;
/** …up to this much more score, in proportion to how many terms they lack. */
export const SHORT_PASSAGE_PENALTY = 0.2;

/** The score two passages need to align, given their content term counts. */
export function requiredScore(firstTerms: number, secondTerms: number): number {
  const shorter = Math.min(firstTerms, secondTerms);
  return ALIGN_THRESHOLD + (SHORT_PASSAGE_PENALTY * Math.max(0, SHORT_PASSAGE_TERMS - shorter)) / SHORT_PASSAGE_TERMS;
}
