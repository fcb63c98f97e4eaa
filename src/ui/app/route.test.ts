import fc from 'fast-check';
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

  it('reads a stray or broken percent escape as text instead of throwing', () => {
    expect(parseRoute('#/read/%')).toEqual({ view: 'read', docId: '%' });
    expect(parseRoute('#/%')).toEqual({ view: 'read', docId: null });
    expect(parseRoute('#/read/%E0%A4')).toEqual({ view: 'read', docId: '%E0%A4' });
    expect(parseRoute('#/compare?docs=a,%,b%2')).toMatchObject({ view: 'compare', docs: ['a', '%', 'b%2'] });
  });

  it('keeps commas and percent signs inside compared ids', () => {
    const route: Route = { view: 'compare', docs: ['a,b', '100%', 'c'], params: { base: 'a,b' } };
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('treats a parameter named __proto__ as a plain parameter', () => {
    const route = parseRoute('#/compare?docs=a,b&__proto__=x&constructor=y');
    expect(route.view === 'compare' && Object.entries(route.params)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });

  it('never throws on any hash, and round-trips any well-formed id (property)', () => {
    const anyText = fc.string({ unit: 'binary', maxLength: 24 });
    fc.assert(
      fc.property(anyText, (hash) => {
        parseRoute(`#/${hash}`);
        parseRoute(`#/read/${hash}`);
        parseRoute(`#/compare?docs=${hash}`);
      }),
    );
    const wellFormedId = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '%', ',', '/', '?', '#', '&', '=', '+', ' ', 'é', '中', '\u{1F600}'), minLength: 1, maxLength: 16 });
    fc.assert(
      fc.property(wellFormedId, fc.array(wellFormedId, { minLength: 1, maxLength: 4 }), (docId, docs) => {
        expect(parseRoute(formatRoute({ view: 'read', docId }))).toEqual({ view: 'read', docId });
        expect(parseRoute(formatRoute({ view: 'compare', docs, params: {} }))).toMatchObject({ docs });
      }),
    );
  });

  it('links to a document whose id holds a lone surrogate without throwing', () => {
    expect(formatRoute({ view: 'read', docId: 'lone\ud800id' })).toBe('#/read/lone%EF%BF%BDid');
  });
});
