// The view lives in the URL hash so that reloading or sharing a link restores it
// (#/read/<doc>, #/compare?docs=a,b&base=a&…, #/overview, #/timeline). Any story but the first
// adds `story=<id>` to the query, so a link opens the right story.
//
// The hash is typed or pasted by people: a stray "%" or a broken escape must not throw while the
// app renders, so every part is decoded with a fallback to its raw text. Ids are encoded part by
// part (a comma inside an id stays inside it).
import { toWellFormedUnicode } from '../../core/util/well-formed';

export type Route =
  | { view: 'read'; docId: string | null }
  | { view: 'compare'; docs: string[]; params: Record<string, string> }
  | { view: 'overview' }
  | { view: 'timeline' };

export const STORY_PARAM = 'story';

/** The decoded text, or the raw text when it is not valid percent-encoding ("%", "%E0%A4"). */
function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Ids are well-formed once imported; a lone surrogate would make encodeURIComponent throw. */
function encodePart(part: string): string {
  return encodeURIComponent(toWellFormedUnicode(part));
}

/** Query parameters in a null-prototype object, so a parameter named "__proto__" is just a key. */
function queryParams(query: string): Record<string, string> {
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [key, value] of new URLSearchParams(query)) if (key !== STORY_PARAM) params[key] = value;
  return params;
}

/** The story a hash names, or null for the first story. */
export function storyOfHash(hash: string): string | null {
  const query = hash.replace(/^#/, '').split('?', 2)[1] ?? '';
  return new URLSearchParams(query).get(STORY_PARAM) || null;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodePart);
  switch (parts[0]) {
    case 'compare': {
      const { docs = '', ...rest } = queryParams(query);
      return { view: 'compare', docs: docs.split(',').filter(Boolean).map(decodePart), params: rest };
    }
    case 'overview':
      return { view: 'overview' };
    case 'timeline':
      return { view: 'timeline' };
    case 'read':
      return { view: 'read', docId: parts[1] ?? null };
    default:
      return { view: 'read', docId: null };
  }
}

/** The hash of `route`, in `story` when given (null: the first story). */
export function formatRoute(route: Route, story: string | null = null): string {
  const hash = formatView(route);
  if (story === null) return hash;
  const storyQuery = new URLSearchParams({ [STORY_PARAM]: story }).toString();
  return `${hash}${hash.includes('?') ? '&' : '?'}${storyQuery}`;
}

function formatView(route: Route): string {
  switch (route.view) {
    case 'compare': {
      const query = new URLSearchParams({ docs: route.docs.map(encodePart).join(','), ...route.params });
      // The ids are encoded already; URLSearchParams encodes their "%" again, which reads back.
      return `#/compare?${query.toString().replace(/%2C/g, ',')}`;
    }
    case 'overview':
      return '#/overview';
    case 'timeline':
      return '#/timeline';
    case 'read':
      return route.docId ? `#/read/${encodePart(route.docId)}` : '#/';
  }
}
