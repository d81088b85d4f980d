import type { AppInfo } from '../../shared/ipc/desk-api';
import { CHANNELS } from '../../shared/ipc/channels';
import { handleInvoke, type InvokeImpl, type IpcMainLike } from './handle';

/** `app:info`: version, platform and data folder, for the About and Settings pages. */

/** The `app:info` handler; `read` gathers the facts from Electron at call time. */
export function appInfoHandler<E>(read: () => AppInfo): InvokeImpl<typeof CHANNELS.appInfo, E> {
  return () => read();
}

/** Registers `app:info`. */
export function registerAppInfoHandler(ipcMain: IpcMainLike, trusted: readonly string[], read: () => AppInfo): void {
  handleInvoke(ipcMain, CHANNELS.appInfo, trusted, appInfoHandler(read));
}
