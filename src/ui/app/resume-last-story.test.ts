// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { rememberStoryShown } from '../../state/last-story';
import { resumeLastStory } from './use-route';

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('opening the app on its bare address', () => {
  it.each(['', '#', '#/'])('names the story shown last in the URL (address %j)', (hash) => {
    rememberStoryShown('story-b', false);
    window.history.replaceState(null, '', `/${hash}`);
    resumeLastStory();
    expect(window.location.hash).toBe('#/?story=story-b');
  });

  it('leaves an address naming a view or a story as it is', () => {
    rememberStoryShown('story-b', false);
    for (const hash of ['#/read/doc-1', '#/overview', '#/?story=story-c', '#/compare?docs=a,b']) {
      window.history.replaceState(null, '', `/${hash}`);
      resumeLastStory();
      expect(window.location.hash).toBe(hash);
    }
  });

  it('leaves the bare address for the first story when none other was shown last', () => {
    rememberStoryShown('sample', true);
    window.history.replaceState(null, '', '/#/');
    resumeLastStory();
    expect(window.location.hash).toBe('#/');
  });
});
