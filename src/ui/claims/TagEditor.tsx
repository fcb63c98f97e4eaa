import { useState } from 'react';

interface Props {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Free tags as removable chips, plus a field that adds one on Enter. */
export function TagEditor({ tags, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim();
    if (tag === '') return;
    onChange([...tags, tag]);
    setDraft('');
  };
  return (
    <div className="tag-editor">
      <ul className="tag-chips" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag-chip">
            <span>{tag}</span>
            <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="tag-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label className="visually-hidden" htmlFor="claim-tag-input">
          Add a tag
        </label>
        <input id="claim-tag-input" value={draft} placeholder="Add tag…" onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button small" disabled={draft.trim() === ''}>
          Add
        </button>
      </form>
    </div>
  );
}
