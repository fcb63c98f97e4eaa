// Comparison form of text: what two outlets (or a translator) may legitimately vary — case,
// accents, quote and dash styles, ellipses, compatibility characters — is folded away.

const COMBINING_MARKS = /\p{M}+/gu;
const PUNCTUATION_STYLES = /[‘’‚‛′`´“”„‟″«»‐‑‒–—―−]/gu;
const FOLDED_PUNCTUATION: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"', '‟': '"', '″': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
};
// Plain ASCII has nothing to decompose or fold, and most of a large corpus is plain ASCII.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

/**
 * Lower-case, accent-free, ASCII-punctuated text; NFKD turns "…" into "...". Whitespace is left
 * as it is: the word tokenizers split on it, and collapsing its runs cost more than the fold.
 */
export function foldForComparison(text: string): string {
  const folded = PRINTABLE_ASCII.test(text)
    ? text
    : text
        .normalize('NFKD')
        .replace(COMBINING_MARKS, '')
        .replace(PUNCTUATION_STYLES, (mark) => FOLDED_PUNCTUATION[mark] ?? mark);
  return folded.toLowerCase();
}
