import { useCallback } from 'react';
import { DuplicateChecker, hasMetaErrors, textFingerprint, validateMeta, type IngestProblem, type KnownFingerprint, type MetaDraft, type MetaErrors, type MetaWarnings } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { documentFromDraft, type DocumentDraft } from '../../data/ingest/document-draft';
import { getActiveDocuments, useDocumentsStore } from '../../state/documents-store';
import { todayIso } from './document-facts';

/** A draft as the dialog holds it: the analyst's details replace the proposed ones. */
export type ConfirmedDraft = DocumentDraft & MetaDraft;

export type DraftCheck =
  | { state: 'ok'; warnings: MetaWarnings }
  | { state: 'duplicate'; problem: IngestProblem }
  | { state: 'invalid'; errors: MetaErrors; warnings: MetaWarnings };

/** Fingerprints of library documents, computed once per document (the store keeps unchanged documents as they are). */
const fingerprints = new WeakMap<SourceDocument, string>();

function knownFingerprint(document: SourceDocument): KnownFingerprint {
  let fingerprint = fingerprints.get(document);
  if (fingerprint === undefined) {
    fingerprint = textFingerprint(document.text);
    fingerprints.set(document, fingerprint);
  }
  return { title: document.title, fingerprint };
}

/**
 * Checks drafts in order: duplicates of the library or of an earlier draft in the batch, then
 * the details. Runs on every keystroke in the dialog, so the library is looked up by fingerprint
 * (each document hashed once) instead of normalising all its texts again.
 */
export function checkDrafts(drafts: readonly ConfirmedDraft[], library: readonly SourceDocument[] = getActiveDocuments()): DraftCheck[] {
  const duplicates = new DuplicateChecker(library.map(knownFingerprint));
  const today = todayIso();
  return drafts.map((draft) => {
    const unique = duplicates.check(draft.text, draft.source, draft.title);
    if (!unique.ok) return { state: 'duplicate', problem: unique.problem };
    const { errors, warnings } = validateMeta(draft, today);
    return hasMetaErrors(errors) ? { state: 'invalid', errors, warnings } : { state: 'ok', warnings };
  });
}

/** Adds the drafts that pass `checkDrafts`; returns the added documents, in order. */
export function useAddDrafts(): (drafts: readonly ConfirmedDraft[]) => Promise<SourceDocument[]> {
  const addDocuments = useDocumentsStore((state) => state.addDocuments);
  return useCallback(
    async (drafts) => {
      const checks = checkDrafts(drafts);
      const accepted = drafts.filter((_, index) => checks[index]!.state === 'ok');
      const documents = await Promise.all(accepted.map((draft) => documentFromDraft(draft)));
      addDocuments(documents);
      return documents;
    },
    [addDocuments],
  );
}
