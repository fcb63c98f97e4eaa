// The view lives in the URL hash so that reloading or sharing a link restores it
// (#/read/<doc>, #/compare?docs=a,b&base=a&…, #/overview, #/timeline). Any story but the first
// adds `story=<id>` to the query, so a link opens the right story.

export type Route =
  | { view: 'read'; docId: string | null }
  | { view: 'compare'; docs: string[]; params: Record<string, string> }
  | { view: 'overview' }
  | { view: 'timeline' };

export const STORY_PARAM = 'story';

/** A path segment as written; a malformed escape (e.g. "%") is kept as typed instead of throwing. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The story a hash names, or null for the first story. */
export function storyOfHash(hash: string): string | null {
  const query = hash.replace(/^#/, '').split('?', 2)[1] ?? '';
  return new URLSearchParams(query).get(STORY_PARAM) || null;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeSegment);
  const { [STORY_PARAM]: _story, ...params } = Object.fromEntries(new URLSearchParams(query));
  switch (parts[0]) {
    case 'compare': {
      const { docs = '', ...rest } = params;
      return { view: 'compare', docs: docs.split(',').filter(Boolean), params: rest };
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
      const query = new URLSearchParams({ docs: route.docs.join(','), ...route.params });
      return `#/compare?${query.toString().replace(/%2C/g, ',')}`;
    }
    case 'overview':
      return '#/overview';
    case 'timeline':
      return '#/timeline';
    case 'read':
      return route.docId ? `#/read/${encodeURIComponent(route.docId)}` : '#/';
  }
}
