import type { MessageKey } from '../../shared/i18n';

/** Every page of the app, in navigation order. */
export const ROUTES = [
  'dashboard',
  'programmes',
  'calendar',
  'participants',
  'grants',
  'import',
  'export',
  'settings',
] as const;
export type RouteId = (typeof ROUTES)[number];

/** The navigation label of each route. */
export const ROUTE_LABELS = {
  dashboard: 'nav.dashboard',
  programmes: 'nav.programmes',
  calendar: 'nav.calendar',
  participants: 'nav.participants',
  grants: 'nav.grants',
  import: 'nav.import',
  export: 'nav.export',
  settings: 'nav.settings',
} as const satisfies Record<RouteId, MessageKey>;

/** A place in the app: a page and what follows it (`#/programmes/01H…/edit` → ['01H…', 'edit']). */
export type AppLocation = { route: RouteId; params: string[] };

/** Reads the place from a location hash; unknown pages give the dashboard. */
export function locationFromHash(hash: string): AppLocation {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (!(ROUTES as readonly string[]).includes(name)) return { route: 'dashboard', params: [] };
  const params = rest.filter((p) => p.length > 0).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { route: name as RouteId, params };
}

/** Reads the page from a location hash (`#/grants`); unknown hashes give the dashboard. */
export function routeFromHash(hash: string): RouteId {
  return locationFromHash(hash).route;
}

/** The hash for a page and optional parameters: hashFor('programmes', id, 'edit'). */
export function hashFor(route: RouteId, ...params: string[]): string {
  return ['#', route, ...params.map(encodeURIComponent)].join('/');
}
