import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { UiLanguage } from '../../shared/domain/types';
import type { AppInfo } from '../../shared/ipc/desk-api';
import { registerAppInfoHandler } from './app-info';
import { registerBackupHandler } from './backup';
import { registerFileHandlers } from './files';
import { registerLanguageHandler } from './language';
import { registerPrintHandler } from './print';

/** What the IPC handlers need from the running app; main.ts provides it. */
export type IpcContext = {
  trusted: readonly string[];
  language(): UiLanguage;
  setLanguage(lang: UiLanguage): void;
  appInfo(): AppInfo;
  documentsDirectory(): string;
  backupDirectory(): string;
};

// Dialogs are modal to the window that asked, so they cannot get lost behind it.
function parentWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

/** Registers every channel of the IPC contract on Electron's ipcMain. */
export function registerIpc(context: IpcContext): void {
  const { trusted } = context;
  registerAppInfoHandler(ipcMain, trusted, context.appInfo);
  registerFileHandlers(ipcMain, trusted, {
    language: context.language,
    defaultDirectory: context.documentsDirectory,
    showOpenDialog: (event, options) => {
      const parent = parentWindow(event);
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (event, options) => {
      const parent = parentWindow(event);
      return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
    },
  });
  registerPrintHandler(ipcMain, trusted);
  registerBackupHandler(ipcMain, trusted, { backupDirectory: context.backupDirectory, now: () => new Date() });
  registerLanguageHandler(ipcMain, trusted, context.setLanguage);
}
