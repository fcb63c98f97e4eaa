// The timeline's dated mentions, read in a worker and kept per document text and publication
// date, so editing one source re-reads that source only.
import { useEffect, useState } from 'react';
import { wrap, type Remote } from 'comlink';
import type { SourceDocument } from '../core/model/document';
import type { DatedMention } from '../core/timeline';
import type { DatedMentionsWorkerApi } from '../worker/dated-mentions.worker';

/** Documents' readings kept; past it the oldest are dropped (a few stories of thousands). */
const KEPT = 20_000;

let worker: { api: Remote<DatedMentionsWorkerApi>; failed: Promise<never> } | null = null;
const kept = new Map<string, DatedMention[]>();

/** One worker for the tab, started with the first timeline; a worker that fails is started afresh next time. */
function datesWorker(): { api: Remote<DatedMentionsWorkerApi>; failed: Promise<never> } {
  if (worker !== null) return worker;
  const started = new Worker(new URL('../worker/dated-mentions.worker.ts', import.meta.url), { type: 'module', name: 'crosscheck-dates' });
  const failed = new Promise<never>((_, reject) => {
    started.addEventListener('error', (event) => {
      worker = null;
      started.terminate();
      reject(new Error(`the date reader failed: ${event.message || 'it could not be loaded'}`));
    });
  });
  failed.catch(() => undefined);
  worker = { api: wrap<DatedMentionsWorkerApi>(started), failed };
  return worker;
}

const keyOf = (document: SourceDocument): string => `${document.id}|${document.contentHash}|${document.published ?? ''}`;

/** Each document's dated mentions, in the documents' order; only what was not read before goes to the worker. */
export async function readDatedMentions(documents: readonly SourceDocument[]): Promise<DatedMention[][]> {
  const missing = documents.filter((document) => !kept.has(keyOf(document)));
  if (missing.length > 0) {
    const { api, failed } = datesWorker();
    const read = await Promise.race([api.read(missing.map(({ id, title, published, text }) => ({ id, title, published, text }))), failed]);
    missing.forEach((document, index) => kept.set(keyOf(document), read[index]!));
  }
  const mentions = documents.map((document) => kept.get(keyOf(document)) ?? []);
  for (const key of kept.keys()) {
    if (kept.size <= KEPT) break;
    kept.delete(key);
  }
  return mentions;
}

export interface DatedMentionsState {
  /** The documents read and their mentions, by index; the previous reading while a new one runs. */
  read: { documents: readonly SourceDocument[]; mentions: DatedMention[][] } | null;
  /** True while `documents` are being read. */
  reading: boolean;
  error: string | null;
}

/** The dated mentions of `documents`, read off the main thread. */
export function useDatedMentions(documents: readonly SourceDocument[]): DatedMentionsState {
  const [read, setRead] = useState<DatedMentionsState['read']>(null);
  const [error, setError] = useState<{ documents: readonly SourceDocument[]; message: string } | null>(null);
  useEffect(() => {
    let current = true;
    readDatedMentions(documents).then(
      (mentions) => current && setRead({ documents, mentions }),
      (failure: unknown) => current && setError({ documents, message: `The dates could not be read: ${failure instanceof Error ? failure.message : String(failure)}.` }),
    );
    return () => {
      current = false;
    };
  }, [documents]);
  const failed = error?.documents === documents ? error.message : null;
  return { read, reading: read?.documents !== documents && failed === null, error: failed };
}
