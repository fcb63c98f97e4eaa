// Drafts of pasted text, built in a worker (file-drafts.worker.ts): proposing a title and a date
// and fingerprinting and counting a 10 MB paste take seconds, which on the main thread froze the
// tab at the paste and again at Add. Only the latest text waits its turn: a text typed while
// another is drafted replaces any text still waiting. Should the worker fail, drafts are built on
// the main thread instead: slower, but the same drafts.
import { wrap } from 'comlink';
import { draftFromPaste, type DocumentDraft } from '../../core/ingest';
import { nextTask } from '../../state/next-task';
import type { FileDraftsWorkerApi } from '../../worker/file-drafts.worker';

export interface PastedDraft {
  text: string;
  draft: DocumentDraft;
}

export interface PastedDrafts {
  /** The draft of `text`, or of a newer text asked for before this one's turn came. */
  draft: (text: string) => Promise<PastedDraft>;
  /** Stops the worker (the dialog closed). */
  close: () => void;
}

export function pastedDrafts(): PastedDrafts {
  let worker: Worker | null = null;
  let inWorker: ((text: string) => Promise<DocumentDraft>) | null = null;
  const draftOf = async (text: string): Promise<DocumentDraft> => {
    try {
      if (!inWorker) {
        const started = new Worker(new URL('../../worker/file-drafts.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-pasted-drafts' });
        const failed = new Promise<never>((_, reject) => started.addEventListener('error', (event) => reject(new Error(event.message || 'the draft worker could not be loaded'))));
        failed.catch(() => undefined);
        const api = wrap<FileDraftsWorkerApi>(started);
        worker = started;
        inWorker = (latest) => Promise.race([api.draftFromPaste(latest), failed]);
      }
      return await inWorker(text);
    } catch {
      return draftFromPaste(text);
    }
  };

  let turn: Promise<unknown> = Promise.resolve();
  let waiting: { slot: { text: string }; answer: Promise<PastedDraft> } | null = null;
  return {
    draft(text) {
      if (waiting) {
        waiting.slot.text = text;
        return waiting.answer;
      }
      const slot = { text };
      const answer = turn.then(async () => {
        // Posting a 10 MB text to the worker copies it (75–190 ms): in a task of its own, not in
        // the paste's, where the browser's own read of the clipboard already takes as long.
        await nextTask();
        waiting = null;
        const latest = slot.text;
        return { text: latest, draft: await draftOf(latest) };
      });
      waiting = { slot, answer };
      turn = answer;
      return answer;
    },
    close() {
      worker?.terminate();
      worker = null;
      inWorker = null;
    },
  };
}
