import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, storyOfHash, type Route } from './route';

describe('route', () => {
  it('round-trips every view through the hash', () => {
    const routes: Route[] = [
      { view: 'read', docId: null },
      { view: 'read', docId: '001_8dfcd5823fdeecd6' },
      { view: 'compare', docs: ['000_a', '001_b', '002_c'], params: { base: '001_b', min: '0.4', diffs: '1' } },
      { view: 'overview' },
      { view: 'timeline' },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('falls back to the reader for an unknown or empty hash', () => {
    expect(parseRoute('')).toEqual({ view: 'read', docId: null });
    expect(parseRoute('#/nowhere/else')).toEqual({ view: 'read', docId: null });
  });

  it('keeps document ids with unusual characters intact', () => {
    const route: Route = { view: 'read', docId: 'pasted 1/é?&' };
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('carries the story in the query and reads it back; no story means the first story', () => {
    const route: Route = { view: 'compare', docs: ['a', 'b'], params: { base: 'b' } };
    const hash = formatRoute(route, 'x1');
    expect(hash).toBe('#/compare?docs=a,b&base=b&story=x1');
    expect(parseRoute(hash)).toEqual(route);
    expect(storyOfHash(hash)).toBe('x1');
    expect(storyOfHash(formatRoute({ view: 'read', docId: 'd' }, 'x1'))).toBe('x1');
    expect(storyOfHash(formatRoute(route))).toBeNull();
  });

  it('reads a malformed escape as typed instead of failing', () => {
    expect(parseRoute('#/read/%')).toEqual({ view: 'read', docId: '%' });
    expect(parseRoute('#/%')).toEqual({ view: 'read', docId: null });
  });
});
