import { CHANNELS } from '../../shared/ipc/channels';
import { writeAutoBackup } from './backup-store';
import { handleInvoke, type InvokeImpl, type IpcMainLike } from './handle';

/** `backup:auto`: the renderer's periodic safety copy, written into the data folder. */

export type BackupDeps = {
  /** userData/backups */
  backupDirectory(): string;
  now(): Date;
};

/**
 * The `backup:auto` handler. Backups are written one at a time: two racing
 * writes could pick the same name or rotate away each other's file.
 */
export function autoBackupHandler<E>(deps: BackupDeps): InvokeImpl<typeof CHANNELS.writeAutoBackup, E> {
  let queue: Promise<unknown> = Promise.resolve();
  return ({ bytes }) => {
    const next = queue.then(() => writeAutoBackup(deps.backupDirectory(), bytes, deps.now()));
    // The queue must go on after a failed write; the caller still sees the failure through `next`.
    queue = next.catch(() => undefined);
    return next;
  };
}

/** Registers `backup:auto`. */
export function registerBackupHandler(ipcMain: IpcMainLike, trusted: readonly string[], deps: BackupDeps): void {
  handleInvoke(ipcMain, CHANNELS.writeAutoBackup, trusted, autoBackupHandler(deps));
}
