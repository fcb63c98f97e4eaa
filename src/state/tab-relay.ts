// Keeps the same story in agreement across this browser's tabs: every update made in one tab
// (by the analyst, or read from storage) is posted on a BroadcastChannel and applied in the
// others. Yjs merges per field, so a status set in one tab and a note typed in another both
// survive. A tab that opens a story asks the others for whatever it lacks, which also carries
// edits that another tab could not store; once it has read the stored copy (whose updates are
// not posted: applyStoredUpdates) it greets them again, and each side sends what the other lacks.
import * as Y from 'yjs';

/** The origin of updates that came from another tab; undo never tracks them. */
export const REMOTE_ORIGIN = Symbol('another tab');

type RelayMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'hello'; stateVector: Uint8Array }
  | { kind: 'answer'; update: Uint8Array; stateVector: Uint8Array };

export interface TabRelay {
  /** Tells the other tabs this doc's state: they answer with what it lacks, and it sends them what they lack. */
  greet(): void;
  stop(): void;
}

export function relayAcrossTabs(doc: Y.Doc, channelName: string): TabRelay {
  if (typeof BroadcastChannel === 'undefined') return { greet: () => undefined, stop: () => undefined };
  const channel = new BroadcastChannel(channelName);
  const post = (message: RelayMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel (the tab is going away) has no one left to tell.
    }
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE_ORIGIN) post({ kind: 'update', update });
  };
  doc.on('update', onUpdate);
  channel.onmessage = (event: MessageEvent<RelayMessage>) => {
    const message = event.data;
    if (message?.kind === 'update') Y.applyUpdate(doc, message.update, REMOTE_ORIGIN);
    else if (message?.kind === 'hello') {
      post({ kind: 'answer', update: Y.encodeStateAsUpdate(doc, message.stateVector), stateVector: Y.encodeStateVector(doc) });
    } else if (message?.kind === 'answer') {
      Y.applyUpdate(doc, message.update, REMOTE_ORIGIN);
      const missing = Y.encodeStateAsUpdate(doc, message.stateVector);
      if (missing.length > 2) post({ kind: 'update', update: missing });
    }
  };
  const greet = () => post({ kind: 'hello', stateVector: Y.encodeStateVector(doc) });
  greet();
  return {
    greet,
    stop: () => {
      doc.off('update', onUpdate);
      channel.close();
    },
  };
}
