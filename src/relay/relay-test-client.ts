// A story client for relay tests and the relay benchmark: a Y.Doc with a Hocuspocus provider over
// the `ws` WebSocket (Node 20 has no global WebSocket), with promises for the moments tests wait on.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { readRelayMessage, type RelayMessage } from '../core/share/relay-messages';

export interface RelayTestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves when the first sync finished; rejects with the relay's reason when it refused the token. */
  ready: Promise<void>;
  /** The relay messages received so far, newest last. */
  messages: RelayMessage[];
  /** Reasons given when the relay closed the connection. */
  closeReasons: string[];
  destroy(): void;
}

export function connectTestClient(url: string, story: string, token: string, doc = new Y.Doc()): RelayTestClient {
  const messages: RelayMessage[] = [];
  const closeReasons: string[] = [];
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 500 });
  let settle: { resolve: () => void; reject: (error: Error) => void } | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: story,
    document: doc,
    token,
    onSynced: () => settle?.resolve(),
    onAuthenticationFailed: ({ reason }) => settle?.reject(new Error(reason)),
    onStateless: ({ payload }) => {
      const message = readRelayMessage(payload);
      if (message) messages.push(message);
    },
    onClose: ({ event }) => {
      if (event.reason) closeReasons.push(String(event.reason));
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    ready,
    messages,
    closeReasons,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** Polls `check` until it holds or `timeoutMs` passes (then rejects naming what was awaited). */
export async function eventually(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
