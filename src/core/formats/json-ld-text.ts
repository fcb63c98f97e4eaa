// How every JSON-LD export is written. Google asks for ClaimReview inside
// <script type="application/ld+json">, where a "</script>" in a statement would end the block and
// let what follows run; `<`, `>` and `&` written as \u003c, \u003e, \u0026 are the same JSON
// strings to any JSON reader and inert to an HTML parser. Lone surrogates become U+FFFD so the
// file is well-formed UTF-8 (PostgreSQL's jsonb and rdflib refuse anything else).
import { wellFormed } from '../text/code-points';

const HTML_SIGNIFICANT = /[<>&]/g;

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export function jsonLdText(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? wellFormed(item) : item), 2);
  // Outside strings JSON has no <, > or &, so every match is inside a string.
  return `${json.replace(HTML_SIGNIFICANT, unicodeEscape)}\n`;
}
