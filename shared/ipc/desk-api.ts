import type { UiLanguage } from '../domain/types';

/**
 * The one narrow API the preload exposes as `window.desk`. The renderer reaches
 * the host only through this; IPC carries bytes and file names, never records.
 * The channel-level contract (names, zod schemas) lives in ./contract.ts.
 */

/** A file the user chose in a native dialog, read by main. */
export type OpenedFile = { name: string; bytes: Uint8Array };

/** What the user is opening a file for: decides the dialog title and filters. */
export type OpenPurpose = 'import' | 'restore';

/** What a save is for: decides the dialog title and filters. */
export type SavePurpose = 'backup' | 'export';

export type SaveResult = { saved: true; name: string } | { saved: false };

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['import', 'export', 'print', 'backup'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type AppInfo = {
  version: string;
  platform: string;
  /** The folder holding the app's data (IndexedDB, automatic backups). */
  dataPath: string;
};

export type DeskApi = {
  /** Version, platform and data folder. */
  appInfo(): Promise<AppInfo>;
  /** Shows the native open dialog; null when the user cancels. */
  openFile(purpose: OpenPurpose): Promise<OpenedFile | null>;
  /** Shows the native save dialog and writes `bytes` to the chosen path. */
  saveFile(purpose: SavePurpose, suggestedName: string, bytes: Uint8Array): Promise<SaveResult>;
  /** Opens the system print dialog for the current page. */
  print(): Promise<void>;
  /** Writes an automatic backup into the data folder (keeps the last few). */
  writeAutoBackup(bytes: Uint8Array): Promise<{ name: string }>;
  /** Tells main the interface language so the native menus follow it. */
  setLanguage(lang: UiLanguage): Promise<void>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** Spreadsheet formats the import accepts (offered by the open dialog on desktop and the file picker in a browser). */
export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'xlsb', 'ods', 'csv', 'tsv', 'txt'] as const;
