// Search-to-select in the reader: the next place the typed words occur, ignoring case and how
// many spaces or line breaks stand between them, so a phrase is found as the analyst reads it.

export interface Match {
  start: number;
  end: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first match at or after `from`, wrapping around to the text's start; null when none. */
export function findInText(text: string, query: string, from: number): Match | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  pattern.lastIndex = Math.max(0, Math.min(from, text.length));
  const match = pattern.exec(text) ?? ((pattern.lastIndex = 0), pattern.exec(text));
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
