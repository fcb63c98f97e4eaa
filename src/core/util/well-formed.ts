// Strings from outside (imported ids, routes) may hold lone UTF-16 surrogates: JSON allows
// "\ud800", but encodeURIComponent, TextEncoder and IndexedDB keys then throw or silently replace
// them, so an id holding one cannot be linked to, hashed or stored faithfully.

/** With the u flag a surrogate pair is one code point, so only unpaired halves match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Index of the first unpaired surrogate, or -1 when the string is well-formed Unicode. */
export function loneSurrogateIndex(value: string): number {
  const match = LONE_SURROGATE.exec(value);
  return match === null ? -1 : match.index;
}

export function isWellFormedUnicode(value: string): boolean {
  return loneSurrogateIndex(value) === -1;
}

/** Unpaired surrogates replaced by U+FFFD, as TextEncoder would encode them. */
export function toWellFormedUnicode(value: string): string {
  return isWellFormedUnicode(value) ? value : value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}
