// Keeps the current story connected to its relay when it is shared, and nothing else: one
// connection at a time, opened and closed as the analyst switches story, starts or leaves a share.
// A viewer's story is read-only here too (the relay refuses a viewer's updates anyway; refusing
// them in the app keeps the local copy equal to the desk's).
import { create } from 'zustand';
import { useStories } from './current-story';
import type { Invitation } from '../core/share/invitation-link';
import { useShareStore, type DeskIdentity, type StoryShare } from './share-store';
import { useUiStore } from './ui-store';
import { getStoryDoc, getStoryPersistence, newStoryId, readStories, registerStory, updateStory } from './story-docs';
import type { Peer, ShareStatus, StoryConnection } from './story-connection';

interface SharingState {
  storyId: string | null;
  status: ShareStatus | null;
  peers: Peer[];
}

export const useSharing = create<SharingState>()(() => ({ storyId: null, status: null, peers: [] }));

/** `live` is null only while the connection is being made. */
let connection: { key: string; live: StoryConnection | null } | null = null;

const keyOf = (storyId: string, share: StoryShare, name: string, colour: string) => JSON.stringify([storyId, share, name, colour]);

function sync(): void {
  const storyId = useStories.getState().currentId;
  const { shares, identity } = useShareStore.getState();
  const share = storyId ? shares[storyId] : undefined;
  const key = storyId && share && identity ? keyOf(storyId, share, identity.name, identity.colour) : null;
  if (connection && connection.key === key) return;
  connection?.live?.close();
  connection = null;
  if (!storyId || !share || !identity || !key) {
    useSharing.setState({ storyId, status: null, peers: [] });
    return;
  }
  useSharing.setState({ storyId, status: { kind: 'connecting' }, peers: [] });
  // The provider reports its first status while it is being made: the guard must exist before it.
  const current: { key: string; live: StoryConnection | null } = { key, live: null };
  connection = current;
  // The relay client loads with the first shared story, not with the app. It connects once the
  // stored copy is read: those updates are applied without telling update listeners
  // (applyStoredUpdates), so the relay hears of what it lacks in the first exchange.
  void Promise.all([import('./story-connection'), getStoryPersistence(storyId).whenReady]).then(([{ connectStory }]) => {
    if (connection !== current) return;
    current.live = connectStory(getStoryDoc(storyId), share, identity, {
      onStatus: (status) => {
        if (connection === current) useSharing.setState({ status });
      },
      onPeers: (peers) => {
        if (connection === current) useSharing.setState({ peers });
      },
    });
    current.live.setFocus(lastFocus);
  });
}

/** What this analyst is on, told again to a connection made after it changed. */
let lastFocus: { claimId: string | null; docId: string | null } = { claimId: null, docId: null };

/** Starts following the current story and the share settings (once, at start-up). */
export function startStorySharing(): () => void {
  const stopStories = useStories.subscribe((state, previous) => {
    if (state.currentId !== previous.currentId) sync();
  });
  const stopShares = useShareStore.subscribe(sync);
  sync();
  return () => {
    stopStories();
    stopShares();
    connection?.live?.close();
    connection = null;
  };
}

/** True when story `storyId` is shared with this analyst as a viewer. */
export function storyReadOnly(storyId: string | null): boolean {
  const share = storyId ? useShareStore.getState().shares[storyId] : undefined;
  return share?.kind === 'guest' && share.role === 'viewer';
}

/** True when the current story is shared with this analyst as a viewer. */
export function currentStoryReadOnly(): boolean {
  return storyReadOnly(useStories.getState().currentId);
}

export const READ_ONLY_MESSAGE = 'This story is shared with you as a viewer: it cannot be changed here. Ask its owner for an editor invitation.';

/** Stops an edit of a story shared with this analyst as a viewer, saying why; true when refused. */
export function refuseIfReadOnly(): boolean {
  if (!currentStoryReadOnly()) return false;
  useUiStore.getState().announce(READ_ONLY_MESSAGE, 'error');
  return true;
}

export function stopSharingCurrentStory(): void {
  connection?.live?.stopSharing();
}

/** Tells the desk which claim or document this analyst is on. */
export function shareFocus(focus: { claimId: string | null; docId: string | null }): void {
  lastFocus = focus;
  connection?.live?.setFocus(focus);
}

/**
 * Accepting an invitation: the story gets a local copy (the one this browser made when it joined
 * the same room before, brought back if it was deleted), then syncs through the relay. Returns the
 * local story's id.
 */
export function joinSharedStory(invitation: Invitation, identity: DeskIdentity): string {
  const { shares } = useShareStore.getState();
  const joined = Object.keys(shares).find((id) => shares[id]?.room === invitation.story && shares[id]?.relay === invitation.relay);
  const known = joined === undefined ? undefined : readStories().find((story) => story.id === joined);
  const storyId = known?.id ?? registerStory({ id: newStoryId(), name: invitation.storyName, kind: 'story' }).id;
  if (known && known.deletedAt !== null) updateStory(known.id, { deletedAt: null });
  useShareStore.getState().setIdentity(identity);
  const role = invitation.claims.role === 'viewer' ? 'viewer' : 'editor';
  useShareStore.getState().setShare(storyId, {
    kind: 'guest',
    relay: invitation.relay,
    room: invitation.story,
    token: invitation.token,
    role,
    expires: invitation.claims.exp,
  });
  return storyId;
}
