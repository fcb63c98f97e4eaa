// What the timeline says when no date could be placed. Weekdays and words like "yesterday" are
// read against a source's publication date, so sources without one place none of theirs: saying
// so tells the analyst what to do instead of implying the texts name no dates.
import type { SourceDocument } from '../../core/model/document';

function undatedPhrase(undated: number, total: number): string {
  if (undated === total) return total === 1 ? 'the source has none' : 'none of the sources has one';
  return `${undated.toLocaleString('en')} of ${total.toLocaleString('en')} sources have none`;
}

export function noDatesMessage(documents: readonly Pick<SourceDocument, 'published'>[]): string {
  const message = 'None of the sources mentions a date that can be placed on a calendar.';
  const undated = documents.filter((doc) => doc.published === null).length;
  if (undated === 0) return message;
  return `${message} Weekdays and words like “yesterday” are placed from a source’s publication date, and ${undatedPhrase(undated, documents.length)}: set it with Edit details in the reader.`;
}
