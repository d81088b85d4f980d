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

/** Reads the route from a location hash (`#/grants`); unknown hashes give the dashboard. */
export function routeFromHash(hash: string): RouteId {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as RouteId) : 'dashboard';
}

/** The hash for a route. */
export function hashFor(route: RouteId): string {
  return `#/${route}`;
}
