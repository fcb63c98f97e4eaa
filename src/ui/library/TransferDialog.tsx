import { useId, useMemo, useState, type FormEvent } from 'react';
import type { SourceDocument } from '../../core/model/document';
import { liveStories, useStories } from '../../state/current-story';
import { createStory } from '../../state/story-actions';
import { readStories } from '../../state/story-docs';
import { storyReadOnly } from '../../state/story-sharing';
import { Modal } from '../app/Modal';
import { quoted } from '../claims/claim-labels';
import { claimsLosingEvidence, sourcesCount, transferSources } from './source-actions';

const NEW_STORY = '';

const storyEntry = (id: string) => readStories().find((story) => story.id === id);

interface Props {
  mode: 'move' | 'copy';
  documents: SourceDocument[];
  onClose: () => void;
}

/** Move or copy the ticked sources to another story (or a new one); a move names the claims that lose evidence. */
export function TransferDialog({ mode, documents, onClose }: Props) {
  const stories = useStories((state) => state.stories);
  const currentId = useStories((state) => state.currentId);
  const targets = useMemo(() => liveStories(stories).filter((story) => story.id !== currentId && !storyReadOnly(story.id)), [stories, currentId]);
  const [target, setTarget] = useState(targets[0]?.id ?? NEW_STORY);
  const [newName, setNewName] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useMemo(() => documents.map((doc) => doc.id), [documents]);
  const losing = useMemo(() => (mode === 'move' ? claimsLosingEvidence(ids) : []), [mode, ids]);
  const targetId = useId();
  const nameId = useId();
  const verb = mode === 'move' ? 'Move' : 'Copy';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || currentId === null) return;
    setBusy(true);
    const chosen = targets.find((story) => story.id === target) ?? storyEntry(createStory(newName || 'Untitled story'));
    if (chosen) await transferSources(mode, currentId, { id: chosen.id, name: chosen.name }, ids);
    onClose();
  };

  return (
    <Modal
      title={`${verb} ${sourcesCount(documents.length)} to another story`}
      className="transfer-dialog"
      onSubmit={(event) => void submit(event)}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {verb} {sourcesCount(documents.length)}
          </button>
        </>
      }
    >
      <label className="field" htmlFor={targetId}>
        To story
        <select id={targetId} value={target} onChange={(event) => setTarget(event.target.value)} autoFocus>
          {targets.map((story) => (
            <option key={story.id} value={story.id}>
              {story.name}
            </option>
          ))}
          <option value={NEW_STORY}>A new story…</option>
        </select>
      </label>
      {target === NEW_STORY && (
        <label className="field" htmlFor={nameId}>
          Name of the new story
          <input id={nameId} value={newName} onChange={(event) => setNewName(event.target.value)} placeholder="Untitled story" />
        </label>
      )}
      <ul className="transfer-sources">
        {documents.map((doc) => (
          <li key={doc.id}>
            {doc.title} <span className="muted">{doc.outlet}</span>
          </li>
        ))}
      </ul>
      {mode === 'copy' ? (
        <p>The copies are independent: claims stay in this story and cite the sources here.</p>
      ) : losing.length === 0 ? (
        <p>No claim in this story cites these sources.</p>
      ) : (
        <div className="transfer-warning" role="note">
          <p>
            Claims stay in this story. {losing.length === 1 ? 'This claim loses its' : `These ${losing.length} claims lose their`} evidence in the
            moved sources (it reads as orphaned; Undo brings it back):
          </p>
          <ul>
            {losing.map(({ claim, spans }) => (
              <li key={claim.id}>
                {quoted(claim.statement || 'Untitled claim')} — {spans} {spans === 1 ? 'span' : 'spans'}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Modal>
  );
}
