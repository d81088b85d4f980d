import { useCallback, useSyncExternalStore } from 'react';
import { hashFor, routeFromHash, type RouteId } from './routes';

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
