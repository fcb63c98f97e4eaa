// Two copies of one article often differ only in line breaks and spacing (a copy-paste, a
// re-save); they count as duplicates so the analyst does not compare an article with itself.
import { rememberedForLongTexts } from '../util/long-text-memo';
import { problem, type IngestResult } from './ingest-problem';

/** The text with every run of whitespace as one space, trimmed, in Unicode NFC form. */
export function normaliseWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export interface KnownText {
  title: string;
  text: string;
}

/** A known text by its fingerprint alone, so a library is not normalised again per check. */
export interface KnownFingerprint {
  title: string;
  fingerprint: string;
}

/** 53-bit string hash (cyrb53); two seeds give a 106-bit key, with no collision in practice. */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** What duplicates share: the hash and length of the text with whitespace normalised. */
export const textFingerprint = rememberedForLongTexts((text: string): string => {
  const normalised = normaliseWhitespace(text);
  return `${normalised.length}:${cyrb53(normalised, 1)}:${cyrb53(normalised, 2)}`;
});

/**
 * Checks candidates in order against the library and against the earlier candidates of the same
 * batch; the first copy wins.
 */
export class DuplicateChecker {
  private readonly seen = new Map<string, string>();

  constructor(existing: Iterable<KnownText | KnownFingerprint>) {
    for (const known of existing) this.seen.set('fingerprint' in known ? known.fingerprint : textFingerprint(known.text), `the document "${known.title}"`);
  }

  check(text: string, source: string, title: string): IngestResult<string> {
    const unique = this.checkFingerprint(textFingerprint(text), source, title);
    return unique.ok ? { ok: true, value: text } : unique;
  }

  /** The same check for a text known by its fingerprint (computed when the text was read). */
  checkFingerprint(fingerprint: string, source: string, title: string): IngestResult<string> {
    const original = this.seen.get(fingerprint);
    if (original) return problem('duplicate', source, `this is the same text as ${original} (ignoring spacing and line breaks).`);
    this.seen.set(fingerprint, `"${title}" from ${source} in this batch`);
    return { ok: true, value: fingerprint };
  }
}
