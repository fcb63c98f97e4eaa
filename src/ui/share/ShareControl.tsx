import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useClaimsStore } from '../../state/claims-store';
import { useStories } from '../../state/current-story';
import { useShareStore } from '../../state/share-store';
import { shareFocus, useSharing } from '../../state/story-sharing';
import { useUiStore } from '../../state/ui-store';
import { useReturnFocus } from '../app/use-return-focus';
import { useRoute } from '../app/use-route';
import { ViewErrorBoundary } from '../app/ViewErrorBoundary';
import { describePeer, describeShareStatus } from './share-status';
import './share.css';

// The share dialog (invitations, identity, the desk's list) loads when first opened.
const ShareDialog = lazy(() => import('./ShareDialog').then((module) => ({ default: module.ShareDialog })));

const initials = (name: string) =>
  name
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/** The header's share button; on a shared story, its status and who else is in it. */
export function ShareControl() {
  const [open, setOpen] = useState(false);
  const storyId = useStories((state) => state.currentId);
  const share = useShareStore((state) => (storyId ? state.shares[storyId] : undefined));
  const status = useSharing((state) => state.status);
  const peers = useSharing((state) => state.peers);
  const claims = useClaimsStore((state) => state.claims);
  const button = useRef<HTMLButtonElement>(null);
  useReturnFocus(open, button);
  usePresenceFocus();
  return (
    <div className="share-control">
      {share && (
        <ul className="presence" aria-label="Here now">
          {peers.map((peer) => (
            <li key={peer.clientId} className="presence-peer" style={{ background: peer.colour }} title={describePeer(peer, claims)}>
              <span aria-hidden="true">{initials(peer.name)}</span>
              <span className="visually-hidden">{peer.name}</span>
            </li>
          ))}
        </ul>
      )}
      <button ref={button} type="button" className={`button small share-button ${status ? `share-${status.kind}` : ''}`} onClick={() => setOpen(true)} disabled={!storyId}>
        {share ? <span className="share-state">{describeShareStatus(status, share).split(':')[0]}</span> : 'Share story…'}
      </button>
      {open && (
        <ViewErrorBoundary what="The share dialog" modal backLabel="Close" onBack={() => setOpen(false)}>
          <Suspense fallback={null}>
            <ShareDialog onClose={() => setOpen(false)} />
          </Suspense>
        </ViewErrorBoundary>
      )}
    </div>
  );
}

/** Tells the desk which claim and document this analyst is on. */
function usePresenceFocus() {
  const claimId = useUiStore((state) => state.selectedClaimId);
  const [route] = useRoute();
  const docId = route.view === 'read' ? route.docId : null;
  const live = useSharing((state) => state.status?.kind === 'live');
  useEffect(() => {
    if (live) shareFocus({ claimId, docId });
  }, [claimId, docId, live]);
}
