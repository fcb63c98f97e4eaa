import { describe, expect, it } from 'vitest';
import { noDatesMessage } from './timeline-empty';

const dated = { published: '2024-03-12' };
const undated = { published: null };

describe('noDatesMessage', () => {
  it('says only that no date was found when every source has its publication date', () => {
    expect(noDatesMessage([dated, dated])).toBe('None of the sources mentions a date that can be placed on a calendar.');
  });

  it('says which sources lack the publication date that weekdays are placed from, and where to set it', () => {
    expect(noDatesMessage([undated, undated, undated])).toMatch(/publication date, and none of the sources has one: set it with Edit details in the reader\.$/);
    expect(noDatesMessage([undated, dated, undated])).toContain('2 of 3 sources have none: set it with Edit details');
    expect(noDatesMessage([undated])).toContain('the source has none');
  });
});
