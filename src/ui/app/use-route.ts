import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { requestStory, storyParamOf, useStories } from '../../state/current-story';
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
}
