import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../db/database';
import type { DeskDatabase } from '../../db/schema';

/**
 * Pairs staff said are "not a duplicate", kept in the settings table so they
 * are not proposed again after the next search. A list of pair keys (see
 * pairKey), never an object keyed by id.
 */
export const DISMISSED_KEY = 'duplicates.dismissed';

const EMPTY: ReadonlySet<string> = new Set();

/** The stored value as a list of keys: anything else (never written, damaged) is no pairs. */
function keysOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
}

/** The pair keys set aside so far. */
export async function readDismissed(db: DeskDatabase): Promise<Set<string>> {
  const row = await db.settings.get(DISMISSED_KEY);
  return new Set(keysOf(row?.value));
}

/**
 * Adds (`dismissed: true`) or removes (false, for Undo) one pair key. Read and
 * written in one transaction, so two quick clicks never lose each other's key.
 */
export async function setDismissed(db: DeskDatabase, key: string, dismissed: boolean): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const keys = new Set(keysOf((await db.settings.get(DISMISSED_KEY))?.value));
    if (dismissed) keys.add(key);
    else keys.delete(key);
    await db.settings.put({ key: DISMISSED_KEY, value: [...keys] });
  });
}

/** The pair keys set aside, live; an empty set while loading. */
export function useDismissed(): ReadonlySet<string> {
  return useLiveQuery(() => readDismissed(getDatabase()), [], EMPTY);
}
