import { useCallback } from 'react';
import { DuplicateChecker, hasMetaErrors, validateMeta, type IngestProblem, type MetaDraft, type MetaErrors } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { documentFromDraft, type DocumentDraft } from '../../data/ingest/document-draft';
import { getActiveDocuments, useDocumentsStore } from '../../state/documents-store';
import { todayIso } from './document-facts';

/** A draft as the dialog holds it: the analyst's details replace the proposed ones. */
export type ConfirmedDraft = DocumentDraft & MetaDraft;

export type DraftCheck = { state: 'ok' } | { state: 'duplicate'; problem: IngestProblem } | { state: 'invalid'; errors: MetaErrors };

/**
 * Checks drafts in order: duplicates of the library or of an earlier draft in the batch, then
 * the details. The library's texts are normalised once per call.
 */
export function checkDrafts(drafts: readonly ConfirmedDraft[], library: readonly SourceDocument[] = getActiveDocuments()): DraftCheck[] {
  const duplicates = new DuplicateChecker(library);
  const today = todayIso();
  return drafts.map((draft) => {
    const unique = duplicates.check(draft.text, draft.source, draft.title);
    if (!unique.ok) return { state: 'duplicate', problem: unique.problem };
    const errors = validateMeta(draft, today);
    return hasMetaErrors(errors) ? { state: 'invalid', errors } : { state: 'ok' };
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
