// Two copies of one article often differ only in line breaks and spacing (a copy-paste, a
// re-save); they count as duplicates so the analyst does not compare an article with itself.
import { problem, type IngestResult } from './ingest-problem';

/** The text with every run of whitespace as one space, trimmed, in Unicode NFC form. */
export function normaliseWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export interface KnownText {
  title: string;
  text: string;
}

/**
 * Checks candidates in order against the library and against the earlier candidates of the same
 * batch; the first copy wins.
 */
export class DuplicateChecker {
  private readonly seen = new Map<string, string>();

  constructor(existing: Iterable<KnownText>) {
    for (const known of existing) this.seen.set(normaliseWhitespace(known.text), `the document "${known.title}"`);
  }

  check(text: string, source: string, title: string): IngestResult<string> {
    const key = normaliseWhitespace(text);
    const original = this.seen.get(key);
    if (original) return problem('duplicate', source, `this is the same text as ${original} (ignoring spacing and line breaks).`);
    this.seen.set(key, `"${title}" from ${source} in this batch`);
    return { ok: true, value: text };
  }
}
