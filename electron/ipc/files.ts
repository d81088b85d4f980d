import path from 'node:path';
import type { FileFilter, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { UiLanguage } from '../../shared/domain/types';
import type { OpenPurpose, SavePurpose } from '../../shared/ipc/desk-api';
import { CHANNELS } from '../../shared/ipc/channels';
import {
  BACKUP_FILE_EXTENSION,
  MAX_FILE_BYTES,
  MAX_FILE_MEGABYTES,
  SPREADSHEET_EXTENSIONS,
} from '../../shared/ipc/contract';
import { translate } from '../../shared/i18n/index';
import { FileTooLargeError, readFileCapped, writeFileAtomic } from './file-io';
import { handleInvoke, type InvokeImpl, type IpcMainLike } from './handle';

/**
 * `files:open` and `files:save`: native dialogs in the user's language, then
 * real reads and writes. Electron's dialog module is injected (see ./index.ts)
 * so the handlers run in tests with scripted dialogs on real temp files.
 */

/** The dialogs the handlers need, bound to the window of the calling event. */
export type FileDialogs<E> = {
  showOpenDialog(event: E, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(event: E, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
};

export type FilesDeps<E> = FileDialogs<E> & {
  language(): UiLanguage;
  /** Where save dialogs start (the user's Documents folder). */
  defaultDirectory(): string;
};

function backupFilter(lang: UiLanguage): FileFilter {
  return { name: translate(lang, 'dialogs.backupFiles'), extensions: [BACKUP_FILE_EXTENSION] };
}

/** The title and filters of the open dialog for `purpose`, in `lang`. */
export function openDialogOptions(purpose: OpenPurpose, lang: UiLanguage): OpenDialogOptions {
  const common: OpenDialogOptions = { properties: ['openFile'] };
  if (purpose === 'import') {
    return {
      ...common,
      title: translate(lang, 'dialogs.importTitle'),
      filters: [{ name: translate(lang, 'dialogs.spreadsheets'), extensions: [...SPREADSHEET_EXTENSIONS] }],
    };
  }
  return { ...common, title: translate(lang, 'dialogs.restoreTitle'), filters: [backupFilter(lang)] };
}

/** The title, default path and filters of the save dialog for `purpose`, in `lang`. */
export function saveDialogOptions(
  purpose: SavePurpose,
  suggestedName: string,
  lang: UiLanguage,
  directory: string,
): SaveDialogOptions {
  const defaultPath = path.join(directory, suggestedName);
  if (purpose === 'backup') {
    return { title: translate(lang, 'dialogs.backupTitle'), defaultPath, filters: [backupFilter(lang)] };
  }
  const extension = path.extname(suggestedName).slice(1).toLowerCase();
  const isSpreadsheet = (SPREADSHEET_EXTENSIONS as readonly string[]).includes(extension);
  const filters: FileFilter[] =
    extension === ''
      ? []
      : [{ name: isSpreadsheet ? translate(lang, 'dialogs.spreadsheets') : extension.toUpperCase(), extensions: [extension] }];
  return { title: translate(lang, 'dialogs.exportTitle'), defaultPath, filters };
}

/** The `files:open` handler: dialog, size check, read. Null when the user cancels. */
export function openFileHandler<E>(deps: FilesDeps<E>): InvokeImpl<typeof CHANNELS.openFile, E> {
  return async ({ purpose }, event) => {
    const lang = deps.language();
    const choice = await deps.showOpenDialog(event, openDialogOptions(purpose, lang));
    const filePath = choice.filePaths[0];
    if (choice.canceled || filePath === undefined) return null;
    try {
      return await readFileCapped(filePath, MAX_FILE_BYTES);
    } catch (error) {
      if (error instanceof FileTooLargeError) {
        // The user can act on this one: say it in their language.
        throw new Error(translate(lang, 'dialogs.fileTooLarge', { name: error.fileName, limit: MAX_FILE_MEGABYTES }), {
          cause: error,
        });
      }
      throw error;
    }
  };
}

/** The `files:save` handler: dialog, then an atomic write to the chosen path. */
export function saveFileHandler<E>(deps: FilesDeps<E>): InvokeImpl<typeof CHANNELS.saveFile, E> {
  return async ({ purpose, suggestedName, bytes }, event) => {
    const options = saveDialogOptions(purpose, suggestedName, deps.language(), deps.defaultDirectory());
    const choice = await deps.showSaveDialog(event, options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFileAtomic(choice.filePath, bytes);
    return { saved: true, name: path.basename(choice.filePath) };
  };
}

/** Registers `files:open` and `files:save`. */
export function registerFileHandlers(
  ipcMain: IpcMainLike,
  trusted: readonly string[],
  deps: FilesDeps<IpcMainInvokeEvent>,
): void {
  handleInvoke(ipcMain, CHANNELS.openFile, trusted, openFileHandler(deps));
  handleInvoke(ipcMain, CHANNELS.saveFile, trusted, saveFileHandler(deps));
}
