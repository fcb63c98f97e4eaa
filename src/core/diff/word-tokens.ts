// Splits a passage into word, whitespace and punctuation tokens, and gives each token the key it
// is compared by. The diff works on keys but reports the original text, so "ignore case" still
// shows the text as written.

export type TokenKind = 'word' | 'space' | 'punct';

export interface WordToken {
  kind: TokenKind;
  /** Offset of the token's first character in the passage. */
  start: number;
  text: string;
  /** What the diff compares; '' means the token is ignored (absorbed into its neighbours). */
  key: string;
}

export interface TokenOptions {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
  /** Treat curly and straight quotes (and apostrophes) as the same character. */
  ignoreQuoteStyle: boolean;
}

// A word keeps inner apostrophes ("Kyiv’s", "don't") so that a diff never splits it there.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*|\s+|./gsu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SINGLE_QUOTES = /[‘’‚‛′`]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;

export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char);
}

export function tokenize(text: string, options: TokenOptions): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const kind: TokenKind = isWordChar(raw[0]!) ? 'word' : /^\s/u.test(raw) ? 'space' : 'punct';
    tokens.push({ kind, start: match.index, text: raw, key: tokenKey(raw, kind, options) });
  }
  return tokens;
}

function tokenKey(raw: string, kind: TokenKind, options: TokenOptions): string {
  // Line breaks and runs of spaces are layout, not wording.
  if (kind === 'space') return ' ';
  if (kind === 'punct' && options.ignorePunctuation) return '';
  let key = options.ignoreQuoteStyle ? raw.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"') : raw;
  if (options.ignoreCase) key = key.toLowerCase();
  return key;
}
