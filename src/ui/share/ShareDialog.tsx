import { useState, type FormEvent } from 'react';
import { checkRelayAddress, invitationLink } from '../../core/share/invitation-link';
import { signInvitation } from '../../core/share/invitation-token';
import { useClaimsStore } from '../../state/claims-store';
import { useStories } from '../../state/current-story';
import { IDENTITY_COLOURS, useShareStore, type DeskIdentity } from '../../state/share-store';
import { stopSharingCurrentStory, useSharing } from '../../state/story-sharing';
import { useUiStore } from '../../state/ui-store';
import { Modal } from '../app/Modal';
import { IdentityFields } from './IdentityFields';
import { describePeer, describeShareStatus } from './share-status';

const VALIDITY_DAYS = [1, 7, 30] as const;
const DAY_MS = 86_400_000;

interface Props {
  onClose: () => void;
}

/** Share story…: start sharing through the desk's relay, invite editors and viewers, stop or leave. */
export function ShareDialog({ onClose }: Props) {
  const storyId = useStories((state) => state.currentId);
  const storyName = useStories((state) => state.stories.find((story) => story.id === state.currentId)?.name ?? 'this story');
  const share = useShareStore((state) => (storyId ? state.shares[storyId] : undefined));
  const savedIdentity = useShareStore((state) => state.identity);
  if (!storyId) return null;
  if (!share) return <StartSharing storyId={storyId} storyName={storyName} identity={savedIdentity} onClose={onClose} />;
  return <SharedStory storyId={storyId} storyName={storyName} onClose={onClose} />;
}

function StartSharing({ storyId, storyName, identity, onClose }: { storyId: string; storyName: string; identity: DeskIdentity | null; onClose: () => void }) {
  const [relay, setRelay] = useState('');
  const [secret, setSecret] = useState('');
  const [me, setMe] = useState<DeskIdentity>(identity ?? { name: '', colour: IDENTITY_COLOURS[0] });
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = checkRelayAddress(relay);
    if (!address.ok) return setError(address.message);
    if (secret.trim().length < 16) return setError('The desk secret is the line the relay printed at start (“Desk secret: …”), at least 16 characters.');
    if (me.name.trim() === '') return setError('Enter your name: the desk sees it beside your edits and where you are.');
    useShareStore.getState().setIdentity({ name: me.name.trim(), colour: me.colour });
    useShareStore.getState().setShare(storyId, { kind: 'owner', relay: address.url, room: crypto.randomUUID(), secret: secret.trim() });
    useUiStore.getState().announce(`Sharing “${storyName}” through ${address.url}.`);
  };
  return (
    <Modal
      title={`Share “${storyName}”`}
      className="share-dialog"
      onSubmit={submit}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Start sharing
          </button>
        </>
      }
    >
      <p className="muted">
        The story travels through your desk’s relay (<code>npm run relay</code>), which keeps a copy and can read everything in it. Your own copy stays in
        this browser and keeps working without the relay.
      </p>
      <label className="field">
        Relay address
        <input value={relay} placeholder="wss://relay.your-desk.example" onChange={(event) => setRelay(event.target.value)} />
      </label>
      <label className="field">
        Desk secret
        <input type="password" value={secret} autoComplete="off" onChange={(event) => setSecret(event.target.value)} />
      </label>
      <IdentityFields identity={me} onChange={setMe} />
      {error && (
        <p className="panel-message error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}

function SharedStory({ storyId, storyName, onClose }: { storyId: string; storyName: string; onClose: () => void }) {
  const share = useShareStore((state) => state.shares[storyId]);
  const status = useSharing((state) => state.status);
  const peers = useSharing((state) => state.peers);
  const claimStatements = useClaimsStore((state) => state.claims);
  const [role, setRole] = useState<'editor' | 'viewer'>('editor');
  const [days, setDays] = useState<(typeof VALIDITY_DAYS)[number]>(7);
  const [link, setLink] = useState<{ url: string; role: string; until: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!share) return null;
  const leave = () => {
    useShareStore.getState().forgetShare(storyId);
    useUiStore.getState().announce(`Left the shared story “${storyName}”; your copy stays in this browser.`);
    onClose();
  };
  const createLink = async () => {
    if (share.kind !== 'owner') return;
    if (status?.kind !== 'live') return setError('Connect to the relay first: invitations carry the story’s current generation, which the relay tells you.');
    const exp = Date.now() + days * DAY_MS;
    const token = await signInvitation({ v: 1, story: share.room, role, exp, generation: status.generation }, share.secret);
    setLink({ url: invitationLink(window.location.href, { relay: share.relay, story: share.room, storyName, token }), role, until: new Date(exp).toISOString().slice(0, 10) });
    setError(null);
  };
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      useUiStore.getState().announce('Invitation link copied.');
    } catch {
      setError('The browser did not allow copying: select the link and copy it yourself.');
    }
  };
  return (
    <Modal
      title={`Sharing “${storyName}”`}
      className="share-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={leave}>
            Leave
          </button>
          <button type="button" className="button primary" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      <p className="share-status-line" role="status">
        {describeShareStatus(status, share)} · relay {share.relay}
      </p>
      {peers.length > 0 && (
        <ul className="muted peer-list" aria-label="Here now">
          {peers.map((peer) => (
            <li key={peer.clientId}>
              <span className="peer-dot" style={{ background: peer.colour }} aria-hidden="true" /> {describePeer(peer, claimStatements)}
            </li>
          ))}
        </ul>
      )}
      {share.kind === 'owner' ? (
        <>
          <fieldset className="invite-fields">
            <legend>Invite someone</legend>
            <div role="radiogroup" aria-label="Role" className="inline-choices">
              <label>
                <input type="radio" name="invite-role" checked={role === 'editor'} onChange={() => setRole('editor')} /> Editor (can change everything)
              </label>
              <label>
                <input type="radio" name="invite-role" checked={role === 'viewer'} onChange={() => setRole('viewer')} /> Viewer (reads only)
              </label>
            </div>
            <label className="field">
              Valid for
              <select value={days} onChange={(event) => setDays(Number(event.target.value) as (typeof VALIDITY_DAYS)[number])}>
                {VALIDITY_DAYS.map((value) => (
                  <option key={value} value={value}>
                    {value === 1 ? '1 day' : `${value} days`}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" onClick={() => void createLink()}>
              Create invitation link
            </button>
            {link && (
              <div className="invite-link">
                <label className="field">
                  Invitation link ({link.role}, until {link.until})
                  <input readOnly value={link.url} onFocus={(event) => event.target.select()} />
                </label>
                <button type="button" className="button small" onClick={() => void copy()}>
                  Copy link
                </button>
              </div>
            )}
          </fieldset>
          <div className="stop-sharing">
            <p className="muted">Stop sharing revokes every invitation given so far and disconnects everyone else; you stay connected and can invite again.</p>
            <button
              type="button"
              className="button danger"
              onClick={() => {
                stopSharingCurrentStory();
                setLink(null);
                useUiStore.getState().announce('Sharing stopped: earlier invitations no longer work.');
              }}
              disabled={status?.kind !== 'live'}
            >
              Stop sharing
            </button>
          </div>
        </>
      ) : (
        <p className="muted">
          You joined as {share.role === 'viewer' ? 'a viewer: you can read everything but change nothing' : 'an editor'}; the invitation is valid until{' '}
          {new Date(share.expires).toISOString().slice(0, 10)}.
        </p>
      )}
      {error && (
        <p className="panel-message error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}
