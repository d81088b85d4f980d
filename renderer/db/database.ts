import { createDatabase, type DeskDatabase } from './schema';

let instance: DeskDatabase | undefined;

/** The app's one database connection, created on first use. */
export function getDatabase(): DeskDatabase {
  instance ??= createDatabase();
  return instance;
}

export type StorageState = { persisted: boolean | 'unsupported' };

/**
 * Opens the database and asks the browser to keep it through storage pressure
 * (`navigator.storage.persist()`): this is people's data and must not be evicted.
 * Electron grants persistence; a browser may say no, and Settings tells the user.
 */
export async function openDatabase(db: DeskDatabase = getDatabase()): Promise<StorageState> {
  await db.open();
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return { persisted: 'unsupported' };
  const already = await navigator.storage.persisted();
  return { persisted: already || (await navigator.storage.persist()) };
}
