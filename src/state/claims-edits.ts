// The building blocks of claim edits: evidence described from the document text, and claims
// stamped with a fresh updatedAt so that the newest edit wins when tabs merge.
import { describeSelection } from '../core/anchoring';
import type { Claim, Evidence, Stance } from '../core/model/claims';
import { timestampAfter } from './documents-persistence';

export type NewEvidence = { docId: string; start: number; end: number; stance: Stance };

/** Evidence that cannot be described: its document is unknown or the span lies outside it. */
export class EvidenceError extends Error {
  override readonly name = 'EvidenceError';
}

export interface EditContext {
  /** The current text of an active document, or undefined when there is none with that id. */
  documentText: (docId: string) => string | undefined;
  newId: () => string;
}

export function buildEvidence(context: EditContext, input: NewEvidence, createdAt: string): Evidence {
  const text = context.documentText(input.docId);
  if (text === undefined) {
    throw new EvidenceError(`Cannot cite document "${input.docId}": it is not in the library (removed or never added).`);
  }
  if (!(input.start < input.end && input.start >= 0 && input.end <= text.length)) {
    throw new EvidenceError(
      `Cannot cite ${input.start}–${input.end} in document "${input.docId}": the span must be non-empty and within its ${text.length} characters.`,
    );
  }
  const { quote, position } = describeSelection(text, input.start, input.end);
  return { id: context.newId(), docId: input.docId, stance: input.stance, quote, position, createdAt };
}

/** The claim with the change applied and updatedAt moved strictly forward. */
export function touchClaim(claim: Claim, change: Partial<Claim>): Claim {
  return { ...claim, ...change, updatedAt: timestampAfter(claim.updatedAt) };
}

/** Normalised tag list: trimmed, no empties, no duplicates (case-insensitive), in given order. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    clean.push(tag);
  }
  return clean;
}

export function sameSpan(evidence: Evidence, input: NewEvidence): boolean {
  return evidence.docId === input.docId && evidence.position.start === input.start && evidence.position.end === input.end;
}
