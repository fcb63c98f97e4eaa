// Comparison form of text: what two outlets (or a translator) may legitimately vary — case,
// accents, quote and dash styles, ellipses, compatibility characters — is folded away.

const COMBINING_MARKS = /\p{M}+/gu;
const SINGLE_QUOTES = /[‘’‚‛′`´]/gu;
const DOUBLE_QUOTES = /[“”„‟″«»]/gu;
const DASHES = /[‐‑‒–—―−]/gu;
const WHITESPACE_RUNS = /\s+/gu;

/** Lower-case, accent-free, ASCII-punctuated text with single spaces; NFKD turns "…" into "...". */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE_RUNS, ' ')
    .trim();
}
