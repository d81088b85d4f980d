import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { hashFor, locationFromHash, routeFromHash, type AppLocation, type RouteId } from './routes';

/**
 * Hash routing: it works the same from app://desk/ in Electron, from a static
 * web server, and from a file, with no server-side rewrites.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, and a function to go to another. */
export function useRoute(): [RouteId, (route: RouteId) => void] {
  const route = useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
  const navigate = useCallback((next: RouteId) => {
    window.location.hash = hashFor(next);
  }, []);
  return [route, navigate];
}

/**
 * The current page with its parameters, and a function to go anywhere:
 * `go('programmes', id)` opens `#/programmes/<id>`.
 */
export function useAppLocation(): [AppLocation, (route: RouteId, ...params: string[]) => void] {
  // Subscribe to the raw hash (a string, stable between renders), then parse it.
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const location = useMemo(() => locationFromHash(hash), [hash]);
  const go = useCallback((route: RouteId, ...params: string[]) => {
    window.location.hash = hashFor(route, ...params);
  }, []);
  return [location, go];
}
