// The project as it stands, read from the stores without subscribing: exporting is a one-off
// read and never changes state.
import { buildProject, projectFileOf, type CrosscheckProject, type ProjectFile, type ProjectStory } from '../../core/formats/project';
import type { Claim } from '../../core/model/claims';
import { liveStories, useStories } from '../../state/current-story';
import { getActiveDocuments } from '../../state/documents-store';
import { useClaimsStore } from '../../state/claims-store';

export function currentClaims(): Claim[] {
  return [...useClaimsStore.getState().list];
}

function currentStory(): ProjectStory | undefined {
  const { stories, currentId } = useStories.getState();
  const story = liveStories(stories).find((item) => item.id === currentId);
  return story ? { id: story.id, name: story.name } : undefined;
}

/** The current story, with its id and name so that links to it work where the file is imported. */
export function currentProject(includeTexts: boolean, now: Date): CrosscheckProject {
  const story = currentStory();
  return buildProject({
    documents: getActiveDocuments(),
    claims: currentClaims(),
    dismissedFindings: useClaimsStore.getState().dismissedFindings,
    includeTexts,
    exportedAt: now,
    ...(story ? { story } : {}),
  });
}

/** Every story of this browser in one project file (Export → all stories). */
export async function allStoriesFile(includeTexts: boolean, now: Date): Promise<ProjectFile> {
  // Loaded on demand: reading every story is needed only for this export.
  const { readAllStories } = await import('../../state/story-contents');
  const stories = await readAllStories();
  return projectFileOf(stories.map((content) => buildProject({ ...content, includeTexts, exportedAt: now })));
}
