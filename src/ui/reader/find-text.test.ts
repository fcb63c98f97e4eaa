import { describe, expect, it } from 'vitest';
import { findInText } from './find-text';

const TEXT = 'Paid $5,687.75 to Gazprom.\n\nGazprom  said\nit was paid.';

describe('findInText', () => {
  it('finds the typed words ignoring case and the spaces or line breaks between them', () => {
    expect(findInText(TEXT, '$5,687', 0)).toEqual({ start: 5, end: 11 });
    const said = findInText(TEXT, 'gazprom said', 0)!;
    expect(TEXT.slice(said.start, said.end)).toBe('Gazprom  said');
    const across = findInText(TEXT, 'said it', 0)!;
    expect(TEXT.slice(across.start, across.end)).toBe('said\nit');
  });

  it('goes to the next match after `from`, then wraps to the first', () => {
    const first = findInText(TEXT, 'gazprom', 0)!;
    const second = findInText(TEXT, 'gazprom', first.end)!;
    expect(second.start).toBe(TEXT.indexOf('Gazprom  said'));
    expect(findInText(TEXT, 'gazprom', second.end)).toEqual(first);
  });

  it('finds nothing for blank or absent words', () => {
    expect(findInText(TEXT, '   ', 0)).toBeNull();
    expect(findInText(TEXT, 'Rosneft', 0)).toBeNull();
  });
});
