import path from 'node:path';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { BACKUP_FILE_EXTENSION } from '../../shared/ipc/contract';
import { writeFileAtomic } from './file-io';

/**
 * Automatic backups in userData/backups: one timestamped file per backup, the
 * newest few kept. Pure Node, tested on real temp folders.
 */

/** How many automatic backups are kept; older ones are deleted after each new one. */
export const AUTO_BACKUPS_KEPT = 10;

const PREFIX = 'training-desk-backup-';
const NAME_PATTERN = new RegExp(
  `^${PREFIX}\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z\\.${BACKUP_FILE_EXTENSION}$`,
);

/**
 * The file name of a backup taken at `at`, in UTC. Fixed-width, so sorting the
 * names sorts the backups by time; no ":" so it is valid on Windows.
 */
export function autoBackupFileName(at: Date): string {
  return `${PREFIX}${at.toISOString().replace(/[:.]/g, '-')}.${BACKUP_FILE_EXTENSION}`;
}

/** True for names this module wrote; anything else in the folder is the user's and never deleted. */
export function isAutoBackupFileName(name: string): boolean {
  return NAME_PATTERN.test(name);
}

/** The automatic backups among `names` that fall outside the newest `keep`, oldest first. */
export function backupsToDelete(names: readonly string[], keep: number): string[] {
  const backups = names.filter(isAutoBackupFileName).sort();
  return backups.slice(0, Math.max(0, backups.length - keep));
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Writes `bytes` as a new automatic backup in `directory` (created if needed),
 * then deletes all but the newest `keep`. The old ones go only after the new
 * one is safely on disk. Two backups in the same millisecond get consecutive
 * milliseconds, so neither overwrites the other and the order holds.
 */
export async function writeAutoBackup(
  directory: string,
  bytes: Uint8Array,
  now: Date,
  keep: number = AUTO_BACKUPS_KEPT,
): Promise<{ name: string }> {
  await mkdir(directory, { recursive: true });
  let at = now.getTime();
  while (await exists(path.join(directory, autoBackupFileName(new Date(at))))) at += 1;
  const name = autoBackupFileName(new Date(at));
  await writeFileAtomic(path.join(directory, name), bytes);
  for (const old of backupsToDelete(await readdir(directory), keep)) {
    await rm(path.join(directory, old), { force: true });
  }
  return { name };
}
