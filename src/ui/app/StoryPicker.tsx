import { useEffect, useRef, useState } from 'react';
import { liveStories, useStories } from '../../state/current-story';
import { createStory, deleteStory, duplicateStory, renameStory, restoreStory } from '../../state/story-actions';
import { useUiStore } from '../../state/ui-store';
import { UNDO_WINDOW_MS } from '../reader/recent-removal';
import { useReturnFocus } from './use-return-focus';
import { useRoute } from './use-route';

type Editing = { kind: 'new' } | { kind: 'rename'; id: string } | null;

/** The story picker in the header: switch, new, rename, duplicate, delete (with Undo). */
export function StoryPicker() {
  const stories = useStories((state) => state.stories);
  const currentId = useStories((state) => state.currentId);
  const announce = useUiStore((state) => state.announce);
  const [, navigate] = useRoute();
  const [editing, setEditing] = useState<Editing>(null);
  // The name form replaces the picker: once it closes, the picker takes the focus back.
  const picker = useRef<HTMLSelectElement>(null);
  useReturnFocus(editing !== null, picker);
  const [name, setName] = useState('');
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const live = liveStories(stories);
  const current = live.find((story) => story.id === currentId);

  useEffect(() => {
    if (!deleted) return;
    const timer = window.setTimeout(() => setDeleted(null), UNDO_WINDOW_MS);
    return () => window.clearTimeout(timer);
  }, [deleted]);

  const open = (id: string) => navigate({ view: 'read', docId: null }, { story: id });
  const startEditing = (next: Editing) => {
    setEditing(next);
    setName(next?.kind === 'rename' ? (current?.name ?? '') : '');
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (editing?.kind === 'new') {
      const id = createStory(name || 'Untitled story');
      announce('Story created.');
      open(id);
    } else if (editing?.kind === 'rename') {
      renameStory(editing.id, name);
      announce('Story renamed.');
    }
    setEditing(null);
  };

  if (editing) {
    return (
      <form className="story-picker" onSubmit={submit} aria-label={editing.kind === 'new' ? 'New story' : 'Rename story'}>
        <label className="visually-hidden" htmlFor="story-name">
          Story name
        </label>
        <input
          id="story-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(null);
          }}
          placeholder="Story name"
          autoFocus
        />
        <button type="submit" className="button small primary">
          {editing.kind === 'new' ? 'Create' : 'Rename'}
        </button>
        <button type="button" className="button small" onClick={() => setEditing(null)}>
          Cancel
        </button>
      </form>
    );
  }

  return (
    <div className="story-picker">
      <label className="visually-hidden" htmlFor="story-select">
        Story
      </label>
      <select ref={picker} id="story-select" value={currentId ?? ''} onChange={(event) => open(event.target.value)} disabled={live.length === 0}>
        {live.map((story) => (
          <option key={story.id} value={story.id}>
            {story.name}
          </option>
        ))}
      </select>
      <details className="story-menu">
        <summary className="button small">Story…</summary>
        <div className="story-menu-items" role="group" aria-label="Story actions">
          <button type="button" className="button small" onClick={() => startEditing({ kind: 'new' })}>
            New story
          </button>
          <button type="button" className="button small" disabled={!current} onClick={() => current && startEditing({ kind: 'rename', id: current.id })}>
            Rename
          </button>
          <button
            type="button"
            className="button small"
            disabled={!current}
            onClick={() => {
              if (!current) return;
              const id = duplicateStory(current.id);
              announce(`Duplicated “${current.name}”.`);
              open(id);
            }}
          >
            Duplicate
          </button>
          <button
            type="button"
            className="button small"
            disabled={!current || live.length < 2}
            title={live.length < 2 ? 'The only story cannot be deleted' : undefined}
            onClick={() => {
              if (!current) return;
              deleteStory(current.id);
              setDeleted({ id: current.id, name: current.name });
              const next = live.find((story) => story.id !== current.id);
              if (next) open(next.id);
            }}
          >
            Delete
          </button>
        </div>
      </details>
      {deleted && (
        <span className="story-deleted" role="status">
          Deleted “{deleted.name}”.{' '}
          <button
            type="button"
            className="button small"
            onClick={() => {
              restoreStory(deleted.id);
              setDeleted(null);
              open(deleted.id);
            }}
          >
            Undo
          </button>
        </span>
      )}
    </div>
  );
}
