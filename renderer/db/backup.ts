import { BACKUP_FORMAT, BACKUP_TABLES } from '../../shared/domain/backup-file';
import { SCHEMA_VERSIONS, type DeskDatabase } from './schema';

/** The newest schema version this app knows: what its backups declare, and the newest it restores. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

export type Backup = {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
};

/**
 * Every table read in one read transaction, so the backup is a consistent
 * picture even if something writes meanwhile.
 */
export async function buildBackup(db: DeskDatabase): Promise<Backup> {
  const names = BACKUP_TABLES;
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', names.map((n) => db.table(n)), async () => {
    for (const name of names) tables[name] = await db.table(name).toArray();
  });
  return { format: BACKUP_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: new Date().toISOString(), tables };
}

/** The backup as UTF-8 JSON bytes, ready for a file. */
export function encodeBackup(backup: Backup): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(backup));
}

/** A file name that sorts by date: training-desk-backup-2026-11-21T10-15-00.json */
export function backupFileName(at: Date = new Date()): string {
  return `training-desk-backup-${at.toISOString().slice(0, 19).replace(/:/g, '-')}.json`;
}
