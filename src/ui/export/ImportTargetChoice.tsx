import { useId } from 'react';
import type { ProjectFileStory } from '../../core/formats';
import { liveStories, useStories } from '../../state/current-story';
import type { ImportTarget } from './import-session';

interface Props {
  stories: ProjectFileStory[];
  target: ImportTarget;
  onChange: (target: ImportTarget) => void;
}

function counts(story: ProjectFileStory): string {
  const documents = `${story.documents.length} ${story.documents.length === 1 ? 'document' : 'documents'}`;
  return `${documents}, ${story.claims.length} ${story.claims.length === 1 ? 'claim' : 'claims'}`;
}

/** Into the current story (one story of the file) or as new stories (every story of the file). */
export function ImportTargetChoice({ stories, target, onChange }: Props) {
  const current = useStories((state) => liveStories(state.stories).find((story) => story.id === state.currentId)?.name ?? 'this story');
  const name = useId();
  const pick = useId();
  const several = stories.length > 1;
  const chosen = target.kind === 'current' ? target.story : 0;
  return (
    <fieldset className="import-target">
      <legend>Import</legend>
      <label>
        <input type="radio" name={name} checked={target.kind === 'current'} onChange={() => onChange({ kind: 'current', story: chosen })} /> Into the current story
        (“{current}”)
      </label>
      {several && target.kind === 'current' && (
        <label className="field" htmlFor={pick}>
          Story of the file to bring in
          <select id={pick} value={chosen} onChange={(event) => onChange({ kind: 'current', story: Number(event.target.value) })}>
            {stories.map((story, index) => (
              <option key={index} value={index}>
                {story.name ?? `Story ${index + 1}`} — {counts(story)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <input type="radio" name={name} checked={target.kind === 'new'} onChange={() => onChange({ kind: 'new' })} />{' '}
        {several ? `As ${stories.length} new stories` : 'As a new story'}
      </label>
      {target.kind === 'new' && (
        <ul className="import-new-stories">
          {stories.map((story, index) => (
            <li key={index}>
              “{story.name ?? 'Imported story'}” — {counts(story)}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
