// A quote finding's mention is the quotation as written, marks included ("“we will respond”"):
// set inside <q>, whose own marks the browser adds, it would read ““we will respond””.

const OPENING = /^["“”‘’«„‚']/u;
const CLOSING = /["“”‘’»']$/u;
/**
 * A double mark opening the text is the source's own, even when the source never closed the
 * quotation (a machine translation's “the right direction … the stability in the region.).
 */
const DOUBLE_OPENING = /^["“«„]/u;

/** True when the text carries the source's own quotation marks, so it needs none added. */
export function isInQuotationMarks(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && ((OPENING.test(trimmed) && CLOSING.test(trimmed)) || DOUBLE_OPENING.test(trimmed));
}
