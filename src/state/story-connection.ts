// A shared story's live connection: a Hocuspocus provider on the story's Y.Doc, beside its local
// persistence. The local copy stays the source of truth — the provider only exchanges updates — so
// a refused token, a relay that is down or "Leave" never change what this browser holds.
//  - owners sign a short-lived owner token with the desk secret at every (re)connection;
//  - guests present their invitation;
//  - presence (awareness) carries the analyst's name, colour and the claim or document they are on.
import type * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { signInvitation, type ShareRole } from '../core/share/invitation-token';
import { readRelayMessage, writeRelayMessage } from '../core/share/relay-messages';
import type { DeskIdentity, StoryShare } from './share-store';

export type ShareStatus =
  | { kind: 'connecting' }
  | { kind: 'live'; role: ShareRole; generation: number }
  /** The relay cannot be reached: edits are kept here and sent when it is back. */
  | { kind: 'offline' }
  | { kind: 'refused'; message: string };

export interface Peer {
  clientId: number;
  name: string;
  colour: string;
  claimId: string | null;
  docId: string | null;
}

export interface StoryConnection {
  /** Owner only: revokes every invitation issued so far and closes the guests' connections. */
  stopSharing(): void;
  setFocus(focus: { claimId: string | null; docId: string | null }): void;
  close(): void;
}

/** Owner tokens live ten minutes: long enough to connect, short enough to be worthless if copied. */
const OWNER_TOKEN_MS = 10 * 60_000;

function ownerToken(story: string, secret: string): Promise<string> {
  return signInvitation({ v: 1, story, role: 'owner', exp: Date.now() + OWNER_TOKEN_MS, generation: 0 }, secret);
}

function readPeer(clientId: number, state: Record<string, unknown>): Peer | null {
  const user = state.user as Partial<Peer> | undefined;
  if (!user || typeof user.name !== 'string' || typeof user.colour !== 'string') return null;
  return {
    clientId,
    name: user.name.slice(0, 60),
    colour: /^#[0-9a-f]{6}$/iu.test(user.colour) ? user.colour : '#555555',
    claimId: typeof user.claimId === 'string' ? user.claimId : null,
    docId: typeof user.docId === 'string' ? user.docId : null,
  };
}

export function connectStory(
  doc: Y.Doc,
  share: StoryShare,
  identity: DeskIdentity,
  listeners: { onStatus: (status: ShareStatus) => void; onPeers: (peers: Peer[]) => void },
): StoryConnection {
  let refused = false;
  const provider = new HocuspocusProvider({
    url: share.relay,
    name: share.room,
    document: doc,
    token: share.kind === 'owner' ? () => ownerToken(share.room, share.secret) : share.token,
    onAuthenticationFailed: ({ reason }) => {
      refused = true;
      listeners.onStatus({ kind: 'refused', message: reason || 'The relay refused the invitation.' });
      provider.disconnect();
    },
    onStateless: ({ payload }) => {
      const message = readRelayMessage(payload);
      if (message?.type === 'share-state') listeners.onStatus({ kind: 'live', role: message.role, generation: message.generation });
    },
    onStatus: ({ status }) => {
      if (refused) return;
      if (status === 'connecting') listeners.onStatus({ kind: 'connecting' });
      if (status === 'disconnected') listeners.onStatus({ kind: 'offline' });
    },
    onClose: ({ event }) => {
      const reason = String(event.reason ?? '');
      if (reason.includes('revoked')) {
        refused = true;
        listeners.onStatus({ kind: 'refused', message: reason });
        provider.disconnect();
      }
    },
    onAwarenessChange: ({ states }) => {
      const own = provider.awareness?.clientID;
      listeners.onPeers(
        states
          .filter((state) => state.clientId !== own)
          .map((state) => readPeer(state.clientId, state))
          .filter((peer): peer is Peer => peer !== null),
      );
    },
  });
  provider.setAwarenessField('user', { name: identity.name, colour: identity.colour, claimId: null, docId: null });
  listeners.onStatus({ kind: 'connecting' });

  return {
    stopSharing: () => provider.sendStateless(writeRelayMessage({ type: 'stop-sharing' })),
    setFocus: ({ claimId, docId }) => provider.setAwarenessField('user', { name: identity.name, colour: identity.colour, claimId, docId }),
    close: () => provider.destroy(),
  };
}
