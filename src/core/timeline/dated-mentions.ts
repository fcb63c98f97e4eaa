// Every date a document mentions, placed on the calendar against its publication date by the
// same date reader as the findings (core/dates), so the timeline and the suggestions never disagree.
import type { DateGranularity } from '../model/analysis';
import type { AnalysisDocument } from '../model/document';
import { DateMentionReader } from '../dates';

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

/** The mentions that lie outside every range of `skip`. */
export function mentionsOutside(mentions: readonly DatedMention[], skip: readonly TextRange[]): DatedMention[] {
  return skip.length === 0 ? [...mentions] : mentions.filter((mention) => !skip.some((range) => mention.start < range.end && mention.end > range.start));
}

/**
 * The resolvable date mentions of one document, in reading order. Mentions inside `skip`
 * (page furniture such as teaser lists, which carry other stories' dates) are left out;
 * unresolvable ones (vague, or relative in an undated document) cannot be placed and are too.
 */
export function datedMentions(document: AnalysisDocument, skip: readonly TextRange[] = []): DatedMention[] {
  const mentions: DatedMention[] = [];
  for (const mention of new DateMentionReader().read(document, [{ start: 0, end: document.text.length }])) {
    const { resolution } = mention;
    if (resolution.kind !== 'interval') continue;
    mentions.push({
      docId: document.id,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      from: resolution.start,
      to: resolution.end,
      granularity: resolution.granularity,
      approximate: resolution.approximate,
      event: mention.event.label,
    });
  }
  return mentionsOutside(mentions, skip);
}
