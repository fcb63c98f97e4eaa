import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { readInvitation } from '../../core/share/invitation-link';
import { IDENTITY_COLOURS, useShareStore, type DeskIdentity } from '../../state/share-store';
import { joinSharedStory } from '../../state/story-sharing';
import { useUiStore } from '../../state/ui-store';
import { Modal } from '../app/Modal';
import { IdentityFields } from './IdentityFields';

const JOIN_PREFIX = '#/join?';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function leaveJoinRoute(story: string | null) {
  window.location.hash = story ? `#/?story=${encodeURIComponent(story)}` : '#/';
}

/** Opened by an invitation link (#/join?…): says what the link opens and joins on confirmation. */
export function JoinInvitation() {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  if (!hash.startsWith(JOIN_PREFIX)) return null;
  return <JoinDialog key={hash} query={hash.slice(JOIN_PREFIX.length)} />;
}

function JoinDialog({ query }: { query: string }) {
  const read = readInvitation(query);
  const saved = useShareStore((state) => state.identity);
  const [me, setMe] = useState<DeskIdentity>(saved ?? { name: '', colour: IDENTITY_COLOURS[1] });
  const [error, setError] = useState<string | null>(null);
  const [openedAt] = useState(() => Date.now());
  if (!read.ok) {
    return (
      <Modal
        title="This invitation cannot be used"
        onClose={() => leaveJoinRoute(null)}
        footer={
          <button type="button" className="button primary" onClick={() => leaveJoinRoute(null)}>
            Close
          </button>
        }
      >
        <p role="alert">{read.message}</p>
        <p className="muted">Nothing was changed in this browser.</p>
      </Modal>
    );
  }
  const { invitation } = read;
  const expired = invitation.claims.exp <= openedAt;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (expired) return setError('This invitation has expired: ask the story’s owner for a new one.');
    if (me.name.trim() === '') return setError('Enter your name: the desk sees it beside your edits and where you are.');
    const storyId = joinSharedStory(invitation, { name: me.name.trim(), colour: me.colour });
    useUiStore.getState().announce(`Joined “${invitation.storyName}”.`);
    leaveJoinRoute(storyId);
  };
  return (
    <Modal
      title={`Join “${invitation.storyName}”`}
      className="share-dialog"
      onSubmit={submit}
      onClose={() => leaveJoinRoute(null)}
      footer={
        <>
          <button type="button" className="button" onClick={() => leaveJoinRoute(null)}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={expired}>
            Join story
          </button>
        </>
      }
    >
      <p>
        You are invited as <strong>{invitation.claims.role === 'viewer' ? 'a viewer (reads only)' : 'an editor'}</strong> through the relay{' '}
        <code>{invitation.relay}</code>, until {new Date(invitation.claims.exp).toISOString().slice(0, 10)}.
      </p>
      <p className="muted">The story is copied into this browser and kept in step with the desk; it keeps working offline.</p>
      <IdentityFields identity={me} onChange={setMe} />
      {(error || expired) && (
        <p className="panel-message error" role="alert">
          {error ?? 'This invitation has expired: ask the story’s owner for a new one.'}
        </p>
      )}
    </Modal>
  );
}
