import type { DeskDatabase } from './schema';

/**
 * Known settings and their value types. A key-value table keeps the schema stable
 * as settings are added; this map keeps it typed.
 */
export type SettingValues = {
  language: 'en' | 'fr' | 'es';
  /** Set once the first-run choice (start empty / load sample) has been made. */
  firstRunDone: boolean;
};
export type SettingKey = keyof SettingValues;

/** Reads a setting, or undefined when it was never set. */
export async function readSetting<K extends SettingKey>(db: DeskDatabase, key: K): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingValues[K] | undefined;
}

/** Writes a setting. */
export async function writeSetting<K extends SettingKey>(db: DeskDatabase, key: K, value: SettingValues[K]): Promise<void> {
  await db.settings.put({ key, value });
}
