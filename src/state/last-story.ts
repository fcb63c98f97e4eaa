// The story this browser showed last, so that opening Crosscheck on its bare address resumes the
// story the analyst was working in rather than the first one. Kept per browser in localStorage (it
// is where this person was, not part of any story) and written whenever a tab shows a story; none
// is kept while the first story is shown, which the bare address opens anyway.
import { pageStorage } from './page-storage';

const KEY = 'crosscheck-last-story';

export function storyShownLast(storage: Storage | null = pageStorage()): string | null {
  try {
    return storage?.getItem(KEY) || null;
  } catch {
    return null;
  }
}

/** Best effort: a browser refusing storage only loses the resume, never an edit. */
export function rememberStoryShown(id: string, isFirst: boolean, storage: Storage | null = pageStorage()): void {
  try {
    if (isFirst) storage?.removeItem(KEY);
    else storage?.setItem(KEY, id);
  } catch {
    // Nothing to do: the next launch opens the first story, as it did before this existed.
  }
}
