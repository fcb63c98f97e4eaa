import { useCallback } from 'react';
import { DuplicateChecker, hasMetaErrors, validateMeta, type DocumentDraft, type IngestProblem, type MetaCheck, type MetaDraft, type MetaErrors, type MetaWarnings } from '../../core/ingest';
import type { SourceDocument } from '../../core/model/document';
import { documentFromDraft } from '../../data/ingest/document-draft';
import { knownFingerprints, rememberFingerprints } from '../../data/ingest/library-fingerprints';
import { getActiveDocuments, useDocumentsStore } from '../../state/documents-store';
import { nextTask } from '../../state/next-task';
import { rememberWordCounts, todayIso } from './document-facts';

/** Drafts made documents per task: 5,000 at once held the tab for a quarter of a second. */
const DRAFTS_PER_TASK = 250;

/** A draft as the dialog holds it: the analyst's details replace the proposed ones. */
export type ConfirmedDraft = DocumentDraft & MetaDraft;

export type DraftCheck =
  | { state: 'ok'; warnings: MetaWarnings }
  | { state: 'duplicate'; problem: IngestProblem }
  | { state: 'invalid'; errors: MetaErrors; warnings: MetaWarnings };

/** The details' check per draft object: a keystroke replaces one draft, so only that one is checked again. */
const metaChecks = new WeakMap<ConfirmedDraft, { today: string; check: MetaCheck }>();

function checkMeta(draft: ConfirmedDraft, today: string): MetaCheck {
  const known = metaChecks.get(draft);
  if (known?.today === today) return known.check;
  const check = validateMeta(draft, today);
  metaChecks.set(draft, { today, check });
  return check;
}

/**
 * Checks drafts in order: duplicates of the library or of an earlier draft in the batch, then
 * the details. Runs on every keystroke in the dialog, so texts are compared by the fingerprints
 * computed when they were read (library-fingerprints.ts for the library), never normalised again.
 */
export function checkDrafts(drafts: readonly ConfirmedDraft[], library: readonly SourceDocument[] = getActiveDocuments()): DraftCheck[] {
  const duplicates = new DuplicateChecker(knownFingerprints(library));
  const today = todayIso();
  return drafts.map((draft) => {
    const unique = duplicates.checkFingerprint(draft.fingerprint, draft.source, draft.title);
    if (!unique.ok) return { state: 'duplicate', problem: unique.problem };
    const { errors, warnings } = checkMeta(draft, today);
    return hasMetaErrors(errors) ? { state: 'invalid', errors, warnings } : { state: 'ok', warnings };
  });
}

/** Adds the drafts that pass `checkDrafts`, telling `onProgress` how many are written so far; returns the added documents, in order. */
export function useAddDrafts(): (drafts: readonly ConfirmedDraft[], onProgress?: (written: number, of: number) => void) => Promise<SourceDocument[]> {
  const addDocuments = useDocumentsStore((state) => state.addDocuments);
  return useCallback(
    async (drafts, onProgress) => {
      const checks = checkDrafts(drafts);
      const accepted = drafts.filter((_, index) => checks[index]!.state === 'ok');
      const documents: SourceDocument[] = [];
      for (let start = 0; start < accepted.length; start += DRAFTS_PER_TASK) {
        if (start > 0) await nextTask();
        documents.push(...(await Promise.all(accepted.slice(start, start + DRAFTS_PER_TASK).map((draft) => documentFromDraft(draft)))));
      }
      rememberFingerprints(documents, accepted.map((draft) => draft.fingerprint));
      rememberWordCounts(documents, accepted.map((draft) => draft.wordCount));
      await addDocuments(documents, onProgress && ((written) => onProgress(written, documents.length)));
      return documents;
    },
    [addDocuments],
  );
}
