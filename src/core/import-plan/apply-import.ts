// Turns an import plan and the analyst's per-item choices into what the stores upsert.
import type { Claim } from '../model/claims';
import type { SourceDocument } from '../model/document';
import type { ProjectDocument } from '../formats/project';
import { remapEvidence, type ClaimPlanItem, type DocumentPlanItem, type ImportPlan, type LocalState } from './plan-import';

export type Resolution = 'keep-mine' | 'take-theirs' | 'keep-both';
/** Choices by planItemKey; items left out get their default. */
export type Resolutions = Readonly<Record<string, Resolution>>;

export interface ImportChanges {
  documents: SourceDocument[];
  claims: Claim[];
  /** The whole list after the import (local ones first), for setDismissedFindings. */
  dismissedFindings: string[];
}

export interface ApplyOptions {
  /** ISO timestamp stamped on documents the import writes. */
  now: string;
  /** A fresh claim id, for incoming claims kept beside a local one. */
  newClaimId: () => string;
}

export class ImportResolutionError extends Error {
  override name = 'ImportResolutionError';
}

export function planItemKey(item: DocumentPlanItem | ClaimPlanItem): string {
  return `${'statement' in item.incoming ? 'claim' : 'document'}:${item.incoming.id}`;
}

/** What the analyst may choose for an item; empty when there is nothing to decide. */
export function resolutionChoices(item: DocumentPlanItem | ClaimPlanItem): Resolution[] {
  if (item.kind !== 'changed' && item.kind !== 'conflict') return [];
  if ('statement' in item.incoming) return ['keep-mine', 'take-theirs', 'keep-both'];
  if (item.kind === 'changed') return ['keep-mine', 'take-theirs'];
  // Without the incoming text there is nothing to take or keep beside mine.
  return item.incoming.text === undefined ? ['keep-mine'] : ['keep-mine', 'take-theirs', 'keep-both'];
}

/** A newer incoming copy replaces mine; a real conflict keeps mine until the analyst decides. */
export function defaultResolution(item: DocumentPlanItem | ClaimPlanItem): Resolution | null {
  if (item.kind === 'changed') return 'take-theirs';
  if (item.kind === 'conflict') return 'keep-mine';
  return null;
}

function chosen(item: DocumentPlanItem | ClaimPlanItem, resolutions: Resolutions): Resolution | null {
  const choice = resolutions[planItemKey(item)] ?? defaultResolution(item);
  if (choice !== null && !resolutionChoices(item).includes(choice)) {
    throw new ImportResolutionError(`"${choice}" is not possible for ${planItemKey(item)} (${item.kind}); choose one of ${resolutionChoices(item).join(', ')}.`);
  }
  return choice;
}

function toSourceDocument(incoming: ProjectDocument, text: string, id: string, now: string): SourceDocument {
  const { title, outlet, published, publishedBasis, language, note, url, authors, proposedFrom, contentHash, origin } = incoming;
  return { id, title, outlet, published, publishedBasis, language, note, url, authors, proposedFrom, contentHash, origin, text, updatedAt: now };
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = `${base}-imported`;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-imported-${n}`;
  taken.add(id);
  return id;
}

export function applyImport(plan: ImportPlan, local: LocalState, resolutions: Resolutions, options: ApplyOptions): ImportChanges {
  const takenIds = new Set([...local.documents.map((d) => d.id), ...plan.documents.map((item) => item.incoming.id)]);
  const documentIds = new Map<string, string>();
  const documents: SourceDocument[] = [];
  for (const item of plan.documents) {
    const choice = chosen(item, resolutions);
    if (item.kind === 'new') documents.push(toSourceDocument(item.incoming, item.incoming.text, item.incoming.id, options.now));
    if (item.kind === 'changed' && choice === 'take-theirs') documents.push(toSourceDocument(item.incoming, item.mine.text, item.mine.id, options.now));
    if (item.kind === 'conflict' && item.incoming.text !== undefined && choice !== 'keep-mine') {
      const id = choice === 'keep-both' ? uniqueId(item.incoming.id, takenIds) : item.incoming.id;
      if (id !== item.incoming.id) documentIds.set(item.incoming.id, id);
      documents.push(toSourceDocument(item.incoming, item.incoming.text, id, options.now));
    }
  }
  const claims: Claim[] = [];
  for (const item of plan.claims) {
    const choice = chosen(item, resolutions);
    const incoming = remapEvidence(item.incoming, documentIds);
    if (item.kind === 'new' || choice === 'take-theirs') claims.push(incoming);
    if (choice === 'keep-both') claims.push({ ...incoming, id: options.newClaimId() });
  }
  return { documents, claims, dismissedFindings: [...local.dismissedFindings, ...plan.newDismissedFindings] };
}
