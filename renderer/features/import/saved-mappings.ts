import { useLiveQuery } from 'dexie-react-hooks';
import type { SavedMapping } from '../../../shared/io/import-mapping';
import { getDatabase } from '../../db/database';
import type { DeskDatabase } from '../../db/schema';

/** The settings key holding the saved mappings (SavedMapping[]). */
export const MAPPINGS_KEY = 'import.mappings';

/**
 * The saved mappings as stored, checked: a stored value is untrusted (an old
 * version, a restored backup), so anything not shaped like a mapping is left
 * out. Fields are checked again when a mapping is applied (applySavedMapping).
 */
export function readMappings(value: unknown): SavedMapping[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown): SavedMapping[] => {
    if (entry === null || typeof entry !== 'object') return [];
    const { name, columns } = entry as { name?: unknown; columns?: unknown };
    if (typeof name !== 'string' || name.trim() === '' || !Array.isArray(columns)) return [];
    const clean = columns.flatMap((column: unknown) => {
      if (column === null || typeof column !== 'object') return [];
      const { header, field } = column as { header?: unknown; field?: unknown };
      if (typeof header !== 'string' || (field !== null && typeof field !== 'string')) return [];
      return [{ header, field }];
    });
    return [{ name, columns: clean }];
  });
}

/** Every saved mapping. */
export async function loadMappings(db: DeskDatabase): Promise<SavedMapping[]> {
  return readMappings((await db.settings.get(MAPPINGS_KEY))?.value);
}

/**
 * Saves `mapping`, replacing one of the same name (case aside), in one
 * transaction so two windows saving at once do not lose either mapping.
 */
export async function storeMapping(db: DeskDatabase, mapping: SavedMapping): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const list = await loadMappings(db);
    const others = list.filter((m) => m.name.toLocaleLowerCase() !== mapping.name.toLocaleLowerCase());
    await db.settings.put({ key: MAPPINGS_KEY, value: [...others, mapping] });
  });
}

/** The saved mappings, live; undefined while loading. */
export function useSavedMappings(): SavedMapping[] | undefined {
  return useLiveQuery(() => loadMappings(getDatabase()));
}
