// A quote finding's mention is the quotation as written, marks included ("“we will respond”"):
// set inside <q>, whose own marks the browser adds, it would read ““we will respond””.

const OPENING = /^["“”‘’«„‚']/u;
const CLOSING = /["“”‘’»']$/u;

/** True when the text already begins and ends with quotation marks, so it needs no marks of its own. */
export function isInQuotationMarks(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length >= 2 && OPENING.test(trimmed) && CLOSING.test(trimmed);
}
