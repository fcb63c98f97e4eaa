// Every date a document mentions, placed on the calendar against its publication date with the
// same resolver the findings engine uses, so the timeline and the suggestions never disagree.
import type { AnalysisDocument } from '../model/document';
import { findDateExpressions } from '../findings/date-expressions';
import { eventAround } from '../findings/event-context';
import { parseIsoDate } from '../findings/calendar';
import { resolveDateForm, type DateGranularity } from '../findings/resolve-date';
import { clauseTense } from '../findings/tense';

export interface DatedMention {
  docId: string;
  /** Offsets of the date expression in the document text. */
  start: number;
  end: number;
  text: string;
  /** Inclusive ISO calendar dates. */
  from: string;
  to: string;
  granularity: DateGranularity;
  approximate: boolean;
  /** What the date is the date of, e.g. "invasion of Ukraine". */
  event: string;
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * The resolvable date mentions of one document, in reading order. Mentions inside `skip`
 * (page furniture such as teaser lists, which carry other stories' dates) are left out;
 * unresolvable ones (vague, or relative in an undated document) cannot be placed and are too.
 */
export function datedMentions(document: AnalysisDocument, skip: readonly TextRange[] = []): DatedMention[] {
  const reference = document.published === null ? null : parseIsoDate(document.published);
  const mentions: DatedMention[] = [];
  for (const expression of findDateExpressions(document.text)) {
    if (skip.some((range) => expression.start < range.end && expression.end > range.start)) continue;
    const tense = clauseTense(document.text, expression.start, expression.end);
    const resolution = resolveDateForm(expression.form, reference, tense);
    if (resolution.kind !== 'interval') continue;
    mentions.push({
      docId: document.id,
      start: expression.start,
      end: expression.end,
      text: expression.text,
      from: resolution.start,
      to: resolution.end,
      granularity: resolution.granularity,
      approximate: resolution.approximate,
      event: eventAround(document.text, expression.start, expression.end).label,
    });
  }
  return mentions;
}
