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

function checkDraft(duplicates: DuplicateChecker, draft: ConfirmedDraft, today: string): DraftCheck {
  const unique = duplicates.checkFingerprint(draft.fingerprint, draft.source, draft.title);
  if (!unique.ok) return { state: 'duplicate', problem: unique.problem };
  const { errors, warnings } = checkMeta(draft, today);
  return hasMetaErrors(errors) ? { state: 'invalid', errors, warnings } : { state: 'ok', warnings };
}

/**
 * Checks drafts in order: duplicates of the library or of an earlier draft in the batch, then
 * the details. Runs on every keystroke in the dialog, so texts are compared by the fingerprints
 * computed when they were read (library-fingerprints.ts for the library), never normalised again.
 */
export function checkDrafts(drafts: readonly ConfirmedDraft[], library: readonly SourceDocument[] = getActiveDocuments()): DraftCheck[] {
  const duplicates = new DuplicateChecker(knownFingerprints(library));
  const today = todayIso();
  return drafts.map((draft) => checkDraft(duplicates, draft, today));
}

/** The checks of some drafts, and the duplicate checker that has seen them, while no later draft was checked with it. */
export interface DraftChecks {
  readonly drafts: readonly ConfirmedDraft[];
  readonly library: readonly SourceDocument[];
  readonly today: string;
  readonly results: readonly DraftCheck[];
  readonly duplicates: { checker: DuplicateChecker; seen: number };
}

/**
 * checkDrafts for drafts that grow a batch at a time (files read): when `drafts` are `previous`'s
 * drafts, the same objects, with more after them, only the new ones are checked. A draft's check
 * depends only on the library and the drafts before it, so the results are checkDrafts' own. Anything
 * else (a draft edited or removed, another library or day) is checked afresh.
 */
export function checkMoreDrafts(previous: DraftChecks | null, drafts: readonly ConfirmedDraft[], library: readonly SourceDocument[]): DraftChecks {
  const today = todayIso();
  const continues =
    previous !== null &&
    previous.library === library &&
    previous.today === today &&
    // The checker has seen no draft after previous's: previous was not extended already.
    previous.duplicates.seen === previous.drafts.length &&
    previous.drafts.length <= drafts.length &&
    previous.drafts.every((draft, index) => drafts[index] === draft);
  const duplicates = continues ? previous.duplicates : { checker: new DuplicateChecker(knownFingerprints(library)), seen: 0 };
  const results = continues ? [...previous.results] : [];
  for (let index = duplicates.seen; index < drafts.length; index += 1) results.push(checkDraft(duplicates.checker, drafts[index]!, today));
  duplicates.seen = drafts.length;
  return { drafts, library, today, results, duplicates };
}

/**
 * checkDrafts that remembers its last call (checkMoreDrafts), for the Files tab: checking every
 * draft again for each batch of files read took 20 ms of a render at 10,000 files.
 */
export function draftChecker(): (drafts: readonly ConfirmedDraft[], library: readonly SourceDocument[]) => readonly DraftCheck[] {
  let last: DraftChecks | null = null;
  return (drafts, library) => {
    last = checkMoreDrafts(last, drafts, library);
    return last.results;
  };
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
