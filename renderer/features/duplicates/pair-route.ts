import { useSyncExternalStore } from 'react';
import type { Id } from '../../../shared/domain/types';
import { hashFor } from '../../app/routes';

/**
 * The duplicates page lives at `#/participants/duplicates`; a pair being
 * compared is named in the query (`?a=<id>&b=<id>`), so the directory's routing
 * only ever sees `duplicates`, and Back in the browser returns to the list.
 */
export const LIST_HASH = hashFor('participants', 'duplicates');

/** The hash that opens the comparison of two people, record 1 then record 2. */
export function pairHash(left: Id, right: Id): string {
  return `${LIST_HASH}?${new URLSearchParams({ a: left, b: right }).toString()}`;
}

/** The pair a hash names, or null for the list (or anything malformed). */
export function pairFromHash(hash: string): { left: Id; right: Id } | null {
  const at = hash.indexOf('?');
  if (at < 0) return null;
  const query = new URLSearchParams(hash.slice(at + 1));
  const left = query.get('a')?.trim();
  const right = query.get('b')?.trim();
  return left && right ? { left, right } : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The hash, live (a string: stable between renders). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
