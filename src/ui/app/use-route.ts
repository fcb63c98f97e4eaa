import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { liveStories, requestStory, storyParamOf, useStories } from '../../state/current-story';
import { storyShownLast } from '../../state/last-story';
import { formatRoute, parseRoute, storyOfHash, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

export interface NavigateOptions {
  /** Keeps history clean for filter tweaks. */
  replace?: boolean;
  /** Opens the route in another story (by id); the current story otherwise. */
  story?: string;
}

/** The current view and a function to move to another, in the current story unless told. */
export function useRoute(): [Route, (next: Route, options?: NavigateOptions) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback((next: Route, options?: NavigateOptions) => {
    const state = useStories.getState();
    const target = formatRoute(next, storyParamOf(state, options?.story ?? state.currentId));
    if (target === window.location.hash) return;
    if (options?.replace) {
      window.history.replaceState(null, '', target);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
      window.location.hash = target;
    }
  }, []);
  return [parseRoute(hash), navigate];
}

/** Shows the story the URL names (the first story when it names none). */
export function useStoryFromUrl(): void {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const story = storyOfHash(hash);
  useEffect(() => requestStory(story), [story]);
  // A story resumed at launch that is gone (deleted since, or a damaged record) gives the bare
  // address back: the first story is shown, and the URL says so. A link naming an unknown story
  // keeps it, since the story may still arrive (an import, a shared story).
  const resumedIsGone = useStories((state) => state.ready && resumed !== null && !liveStories(state.stories).some(({ id }) => id === resumed?.story));
  useEffect(() => {
    if (!resumedIsGone || resumed === null) return;
    if (window.location.hash === resumed.hash) {
      window.history.replaceState(null, '', formatRoute({ view: 'read', docId: null }));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    resumed = null;
  }, [resumedIsGone]);
}

/** The story resumeLastStory put in the URL at launch, and that URL's hash. */
let resumed: { story: string; hash: string } | null = null;

/** The bare address of the app: no view and no story named. */
function isBareHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/';
}

/**
 * Opened on its bare address, the app names in the URL the story this browser showed last, before
 * anything reads the URL: a bare address means the first story, and a link or a reload must keep
 * meaning what is on screen. A story gone since gives the bare address back (useStoryFromUrl).
 */
export function resumeLastStory(): void {
  if (!isBareHash(window.location.hash)) return;
  const last = storyShownLast();
  if (last === null) return;
  const hash = formatRoute({ view: 'read', docId: null }, last);
  window.history.replaceState(null, '', hash);
  resumed = { story: last, hash: window.location.hash };
}
