import { BACKUP_TABLES, checkBackupSize, checkBackupText, notTextError, type CheckedBackup } from '../../shared/domain/backup-file';
import { DomainError } from '../../shared/domain/errors';
import { CURRENT_SCHEMA_VERSION } from './backup';
import type { DeskDatabase } from './schema';

export type BackupTables = CheckedBackup['tables'];

/** What a restore shows before it asks: the records people count, in the file or in the desk. */
export type DeskCounts = { programmes: number; people: number; enrolments: number; grants: number };

/**
 * Reads a backup file chosen by the user (untrusted) for this app's schema.
 * Throws a DomainError in words when it cannot be restored; nothing is written.
 */
export function readBackupFile(bytes: Uint8Array): CheckedBackup {
  checkBackupSize(bytes.byteLength);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notTextError();
  }
  return checkBackupText(text, CURRENT_SCHEMA_VERSION);
}

/** The counts shown for a backup file's contents. */
export function countBackup(tables: BackupTables): DeskCounts {
  return {
    programmes: tables.programmes.length,
    people: tables.people.length,
    enrolments: tables.enrolments.length,
    grants: tables.grants.length,
  };
}

/** The same counts for what the desk holds now (also the dashboard's counts). */
export async function countDesk(db: DeskDatabase): Promise<DeskCounts> {
  const [programmes, people, enrolments, grants] = await Promise.all([
    db.programmes.count(),
    db.people.count(),
    db.enrolments.count(),
    db.grants.count(),
  ]);
  return { programmes, people, enrolments, grants };
}

/** Errors by which IndexedDB refuses records (a key twice, a unique index broken, a bad key). */
const REFUSED_BY_DATABASE = new Set(['BulkError', 'ConstraintError', 'DataError']);

/**
 * Replaces every table with `tables` in one read-write transaction: all tables
 * or none. Returns what the tables held just before, read in that same
 * transaction, so replacing with it again is an exact undo.
 *
 * The audit log is one of the tables: after a restore it is the file's own log,
 * as it was when the backup was made (an entry naming the restore would have no
 * record to point at, and would make the undo inexact).
 */
export async function replaceDesk(db: DeskDatabase, tables: BackupTables): Promise<BackupTables> {
  const previous = {} as BackupTables;
  try {
    await db.transaction('rw', BACKUP_TABLES.map((name) => db.table(name)), async () => {
      for (const name of BACKUP_TABLES) {
        const table = db.table<Record<string, unknown>>(name);
        previous[name] = await table.toArray();
        await table.clear();
        await table.bulkAdd(tables[name]);
      }
    });
  } catch (error) {
    if (error instanceof Error && REFUSED_BY_DATABASE.has(error.name)) {
      throw new DomainError('restore.errors.refusedByDatabase', { detail: error.message }, `The database refused the backup: ${error.message}`);
    }
    throw error;
  }
  return previous;
}
