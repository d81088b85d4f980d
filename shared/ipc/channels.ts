import { MENU_COMMANDS, type MenuCommand } from './desk-api';

/**
 * IPC channel names, kept apart from the zod schemas in ./contract.ts so the
 * sandboxed preload can import them without bundling zod.
 */
export const CHANNELS = {
  appInfo: 'app:info',
  openFile: 'files:open',
  saveFile: 'files:save',
  print: 'print:page',
  writeAutoBackup: 'backup:auto',
  setLanguage: 'settings:language',
} as const;

/** Every renderer → main `invoke` channel. */
export type InvokeChannel = (typeof CHANNELS)[keyof typeof CHANNELS];

/** The one main → renderer event channel: a native menu item was chosen. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

/** True when `value` is a menu command the renderer understands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/**
 * Electron prefixes errors thrown by a main-process handler with
 * "Error invoking remote method 'x': Error: ". The user-facing part (already
 * translated in main) is what follows; this strips the plumbing.
 */
export function ipcErrorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
