import { DomainError } from './errors';
import { RECORD_TABLES } from './types';

/** The `format` every Training Desk backup file declares. */
export const BACKUP_FORMAT = 'training-desk-backup';

/** The tables a backup holds, in the order they are written and restored. */
export const BACKUP_TABLES = [...RECORD_TABLES, 'importBatches', 'settings', 'audit'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** A backup file larger than this is refused before it is read (the desktop dialog has the same cap). */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;
const MAX_BACKUP_MEGABYTES = MAX_BACKUP_BYTES / (1024 * 1024);

/** A backup that passed every check: each known table an array of plain records with their key. */
export type CheckedBackup = {
  schemaVersion: number;
  exportedAt: string;
  tables: Record<BackupTable, Record<string, unknown>[]>;
};

/** The primary key of each table: settings are keyed by `key`, everything else by `id`. */
export function backupKeyPath(table: BackupTable): 'id' | 'key' {
  return table === 'settings' ? 'key' : 'id';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * True when any object inside `value` has an own `__proto__` key. JSON.parse makes
 * such a key a plain property, but code that later copies the record with
 * Object.assign would turn it into a prototype: refuse it at the door.
 */
function hasProtoKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const element of item) if (typeof element === 'object' && element !== null) stack.push(element);
      continue;
    }
    if (Object.hasOwn(item, '__proto__')) return true;
    for (const key of Object.keys(item)) {
      const child = (item as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return false;
}

function refuse(key: string, params: Record<string, string | number>, english: string): never {
  throw new DomainError(key, params, english);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    refuse('restore.errors.notJson', {}, 'The file is not valid JSON.');
  }
}

/** Refuses a backup file too large to be one, before it is decoded. */
export function checkBackupSize(byteLength: number): void {
  if (byteLength > MAX_BACKUP_BYTES) {
    refuse('restore.errors.tooLarge', { limit: MAX_BACKUP_MEGABYTES }, `The file is larger than ${MAX_BACKUP_MEGABYTES} MB.`);
  }
}

/** Refuses a file that is not text: what a backup is when its bytes are not UTF-8. */
export function notTextError(): DomainError {
  return new DomainError('restore.errors.notJson', {}, 'The file is not UTF-8 text.');
}

/** Checks one table's rows: an array of plain objects, each with a non-empty string key, no key twice. */
function checkRows(table: BackupTable, rows: unknown): Record<string, unknown>[] {
  if (!Array.isArray(rows)) refuse('restore.errors.badTable', { table }, `The table ${table} is not a list.`);
  const keyPath = backupKeyPath(table);
  const seen = new Set<string>();
  rows.forEach((row: unknown, index) => {
    const key = isPlainObject(row) ? row[keyPath] : undefined;
    if (!isPlainObject(row) || typeof key !== 'string' || key === '') {
      refuse('restore.errors.badRecord', { table, row: index + 1 }, `Record ${index + 1} of ${table} has no ${keyPath}.`);
    }
    if (seen.has(key)) refuse('restore.errors.duplicateRecord', { table, row: index + 1 }, `Record ${index + 1} of ${table} repeats ${key}.`);
    seen.add(key);
  });
  if (hasProtoKey(rows)) refuse('restore.errors.unsafeKey', { table }, `The table ${table} holds a "__proto__" key.`);
  return rows as Record<string, unknown>[];
}

/**
 * Reads a backup file's text (decoded by the caller after checkBackupSize) as untrusted input and returns its tables, or throws a
 * DomainError saying in words why it cannot be restored: too large, not JSON,
 * not a Training Desk backup, made by a newer version, or a damaged table.
 * Only the known table names are read from the file; other tables are ignored.
 */
export function checkBackupText(text: string, currentSchemaVersion: number): CheckedBackup {
  checkBackupSize(text.length);
  const data = parseJson(text);
  if (!isPlainObject(data) || data.format !== BACKUP_FORMAT) {
    refuse('restore.errors.notBackup', {}, 'The file is not a Training Desk backup.');
  }
  const { schemaVersion, exportedAt, tables } = data;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    refuse('restore.errors.notBackup', {}, 'The backup names no valid schema version.');
  }
  if (schemaVersion > currentSchemaVersion) {
    refuse('restore.errors.newerVersion', {}, `The backup has schema ${schemaVersion}; this app reads up to ${currentSchemaVersion}.`);
  }
  if (!isPlainObject(tables)) refuse('restore.errors.notBackup', {}, 'The backup holds no tables.');
  const checked = {} as CheckedBackup['tables'];
  for (const table of BACKUP_TABLES) {
    // A table the file lacks is restored empty: an older app may not have had it.
    checked[table] = Object.hasOwn(tables, table) ? checkRows(table, tables[table]) : [];
  }
  return { schemaVersion, exportedAt: typeof exportedAt === 'string' ? exportedAt : '', tables: checked };
}
