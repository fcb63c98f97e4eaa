// Offsets in Crosscheck are UTF-16 code units (JavaScript string indices); the W3C Web Annotation
// model counts Unicode code points (§4.2.4–4.2.5). These convert at the export/import boundary,
// and keep cut strings from ending in half a surrogate pair (which JSON consumers such as
// PostgreSQL's jsonb reject).

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isHighSurrogate(text.charCodeAt(index - 1)) && isLowSurrogate(text.charCodeAt(index));
}

/** Code points in `text.slice(0, index)`; a lone surrogate counts as one, as iteration does. */
export function codePointOffset(text: string, index: number): number {
  let count = 0;
  const end = Math.min(index, text.length);
  for (let i = 0; i < end; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    count++;
  }
  return count + Math.max(0, index - text.length);
}

/** The UTF-16 index of the `offset`-th code point; past the end, counts on one unit each. */
export function utf16Offset(text: string, offset: number): number {
  let index = 0;
  for (let count = 0; count < offset; count++) {
    if (index >= text.length) return text.length + (offset - count);
    index += isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
  }
  return index;
}

/** Up to `length` code units before `end`, widened never to start inside a surrogate pair. */
export function contextBefore(text: string, end: number, length: number): string {
  let start = Math.max(0, end - length);
  if (splitsSurrogatePair(text, start)) start += 1;
  return text.slice(start, end);
}

/** Up to `length` code units from `start`, shortened never to end inside a surrogate pair. */
export function contextAfter(text: string, start: number, length: number): string {
  let end = Math.min(text.length, start + length);
  if (splitsSurrogatePair(text, end)) end -= 1;
  return text.slice(start, end);
}

/** Replaces lone surrogates with U+FFFD, so the string encodes as well-formed UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\uFFFD');
}

/** Drops half a surrogate pair left at either edge of a cut string (an old prefix or suffix). */
export function withoutHalfPairsAtEdges(text: string): string {
  const start = text.length > 0 && isLowSurrogate(text.charCodeAt(0)) ? 1 : 0;
  const end = text.length > start && isHighSurrogate(text.charCodeAt(text.length - 1)) ? text.length - 1 : text.length;
  return text.slice(start, end);
}
