// Date mentions of a document, read sentence by sentence. Reprinted wire copy repeats the same
// sentences across hundreds of documents, so both costly steps are memoised for a whole corpus:
// - finding expressions (chrono-node and the rules) per content range text, the only input
//   findDateExpressions sees;
// - the tense and event of an expression per text-units sentence and offsets in it: clauseTense
//   and eventAround read nothing outside the sentence holding the expression (sentenceAround
//   never crosses a sentence end or a line break).
import type { AnalysisDocument } from '../model/document';
import { parseIsoDate } from '../util/calendar';
import { findDateExpressions } from './date-expressions';
import type { DateExpression, Tense } from './date-form';
import { eventAround, type ClauseBounds, type EventContext } from './event-context';
import { resolveDateForm, type DateResolution } from './resolve-date';
import { clauseTense } from './tense';
import { sentenceAround } from '../text/text-units';
import type { TextRange } from '../text/span';

/** A date as one document writes it, placed on the calendar against its publication date. */
export interface DateMention {
  doc: string;
  start: number;
  end: number;
  /** `documentText.slice(start, end)`. */
  text: string;
  resolution: DateResolution;
  event: EventContext;
  /** Inside quotation marks: the speaker's "yesterday", not the article's. */
  quoted: boolean;
  /** The clause's tense, which placed a bare weekday before or after publication. */
  tense: Tense;
}

/** Whether `index` lies inside quotation marks opened earlier in its sentence. */
export function insideQuotation(text: string, index: number): boolean {
  const before = text.slice(sentenceAround(text, index).start, index);
  let open = 0;
  let straight = 0;
  for (const char of before) {
    if (char === '“') open += 1;
    else if (char === '”') open = Math.max(0, open - 1);
    else if (char === '"') straight += 1;
  }
  return open > 0 || straight % 2 === 1;
}

interface ExpressionContext {
  tense: Tense;
  event: EventContext;
}

/** Another date in the sentence dates another event: each expression reads its own clause, between its neighbours. */
export function clauseBounds(expressions: readonly DateExpression[], index: number, rangeStart: number, rangeEnd: number): ClauseBounds {
  return { from: rangeStart + (expressions[index - 1]?.end ?? 0), to: rangeStart + (expressions[index + 1]?.start ?? rangeEnd - rangeStart) };
}

/** Reads date mentions; one reader per corpus, so its memos serve every document. */
export class DateMentionReader {
  private readonly expressions = new Map<string, DateExpression[]>();
  private readonly contexts = new Map<string, ExpressionContext>();

  read(doc: AnalysisDocument, ranges: readonly TextRange[]): DateMention[] {
    const reference = doc.published === null ? null : parseIsoDate(doc.published);
    const mentions: DateMention[] = [];
    for (const range of ranges) {
      const expressions = this.expressionsIn(doc.text.slice(range.start, range.end));
      expressions.forEach((expression, index) => {
        const start = range.start + expression.start;
        const end = range.start + expression.end;
        const bounds = clauseBounds(expressions, index, range.start, range.end);
        const { tense, event } = this.contextOf(doc.text, start, end, bounds);
        const resolution = resolveDateForm(expression.form, reference, tense);
        mentions.push({ doc: doc.id, start, end, text: expression.text, resolution, event, quoted: insideQuotation(doc.text, start), tense });
      });
    }
    return mentions;
  }

  private expressionsIn(text: string): DateExpression[] {
    const known = this.expressions.get(text);
    if (known) return known;
    const found = findDateExpressions(text);
    this.expressions.set(text, found);
    return found;
  }

  private contextOf(text: string, start: number, end: number, bounds: ClauseBounds): ExpressionContext {
    const sentence = sentenceAround(text, start);
    // An expression running past its sentence (across a line break) has no sentence of its own to key by.
    if (end > sentence.end) return { tense: clauseTense(text, start, end), event: eventAround(text, start, end, bounds) };
    const sentenceText = text.slice(sentence.start, sentence.end);
    const relativeStart = start - sentence.start;
    const relativeEnd = end - sentence.start;
    const from = Math.max(0, bounds.from - sentence.start);
    const to = Math.min(sentenceText.length, bounds.to - sentence.start);
    const key = `${relativeStart}:${relativeEnd}:${from}:${to}:${sentenceText}`;
    const known = this.contexts.get(key);
    if (known) return known;
    const context = { tense: clauseTense(sentenceText, relativeStart, relativeEnd), event: eventAround(sentenceText, relativeStart, relativeEnd, { from, to }) };
    this.contexts.set(key, context);
    return context;
  }
}
