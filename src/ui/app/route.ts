// The view lives in the URL hash so that reloading or sharing a link restores it
// (#/read/<doc>, #/compare?docs=a,b&base=a&…, #/overview, #/timeline).

export type Route =
  | { view: 'read'; docId: string | null }
  | { view: 'compare'; docs: string[]; params: Record<string, string> }
  | { view: 'overview' }
  | { view: 'timeline' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(query));
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

export function formatRoute(route: Route): string {
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
