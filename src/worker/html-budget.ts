// How much of a web page may be turned into a DOM. A page nested tens of thousands of elements
// deep (or holding hundreds of thousands of them) takes minutes in any DOM and in Readability,
// whose passes are not linear in depth. htmlparser2's streaming tokenizer counts elements and
// depth with the same tree rules linkedom builds by, and stops at the first limit crossed, so
// measuring stays cheap even for the pages it refuses.
import { Parser } from 'htmlparser2';

/**
 * News pages nest 20 to 60 elements deep. Readability's passes over a linkedom tree grow faster
 * than the depth (seconds at a few hundred), so the limit stays well below Chromium's 512.
 */
export const MAX_HTML_DEPTH = 256;
/** A long news page has a few thousand elements; ten times the largest we met is the limit. */
export const MAX_HTML_ELEMENTS = 100_000;

export type HtmlMeasure = { ok: true; elements: number; depth: number } | { ok: false; reason: string };

class BudgetExceeded extends Error {}

const formatCount = (count: number) => count.toLocaleString('en-US');

export function measureHtml(html: string, limits = { depth: MAX_HTML_DEPTH, elements: MAX_HTML_ELEMENTS }): HtmlMeasure {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        elements += 1;
        depth += 1;
        deepest = Math.max(deepest, depth);
        if (depth > limits.depth || elements > limits.elements) throw new BudgetExceeded();
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    if (depth > limits.depth) {
      return { ok: false, reason: `this web page nests elements more than ${formatCount(limits.depth)} deep; the limit is ${formatCount(limits.depth)}. Save the article's text (.txt) and add that.` };
    }
    return { ok: false, reason: `this web page has more than ${formatCount(limits.elements)} elements; the limit is ${formatCount(limits.elements)}. Save the article's text (.txt) and add that.` };
  }
  return { ok: true, elements, depth: deepest };
}
