import { describe, expect, it } from 'vitest';
import { rememberStoryShown, storyShownLast } from './last-story';
import { memoryStorage } from './story-test-support';

const refusing = (): Storage => {
  const fail = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { length: 0, clear: fail, getItem: fail, key: fail, removeItem: fail, setItem: fail };
};

describe('the story shown last', () => {
  it('is the last story other than the first that a tab showed, and none once the first is shown again', () => {
    const storage = memoryStorage();
    expect(storyShownLast(storage)).toBeNull();
    rememberStoryShown('story-b', false, storage);
    rememberStoryShown('story-c', false, storage);
    expect(storyShownLast(storage)).toBe('story-c');
    rememberStoryShown('sample', true, storage);
    expect(storyShownLast(storage)).toBeNull();
  });

  it('is simply not kept where the browser refuses storage', () => {
    expect(() => rememberStoryShown('story-b', false, refusing())).not.toThrow();
    expect(storyShownLast(refusing())).toBeNull();
    expect(storyShownLast(null)).toBeNull();
  });
});
