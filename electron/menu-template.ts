import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import type { UiLanguage } from '../shared/domain/types';
import type { MenuCommand } from '../shared/ipc/desk-api';
import { MENU_COMMAND_CHANNEL } from '../shared/ipc/channels';
import { translate, type MessageKey } from '../shared/i18n/index';

/**
 * The native menus as plain data, built by a pure function so the tests can
 * read them in English, French and Spanish without Electron. ./menu.ts turns
 * the template into a real menu.
 */

export type MenuHandlers = {
  /** A File menu command the renderer carries out (import, export, print, backup). */
  command(command: MenuCommand): void;
  about(): void;
  showDataFolder(): void;
};

export type MenuOptions = {
  /** Developer tools are offered only in development builds. */
  isPackaged: boolean;
  appName: string;
};

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/** The application menu for `platform` in `lang`; macOS gets its app menu first. */
export function menuTemplate(
  lang: UiLanguage,
  platform: NodeJS.Platform,
  handlers: MenuHandlers,
  options: MenuOptions,
): Item[] {
  const t = (key: MessageKey): string => translate(lang, key);
  const mac = platform === 'darwin';
  const command = (id: MenuCommand, key: MessageKey, accelerator: string): Item => ({
    id: `command-${id}`,
    label: t(key),
    accelerator,
    click: () => handlers.command(id),
  });
  const about: Item = { id: 'about', label: t('menu.about'), click: () => handlers.about() };
  const quit: Item = { role: 'quit', label: t('menu.quit') };
  const close: Item = { role: 'close', label: t('menu.close') };

  const appMenu: Item = {
    label: options.appName,
    submenu: [
      about,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      quit,
    ],
  };
  const fileMenu: Item = {
    id: 'file',
    label: t('menu.file'),
    submenu: [
      command('import', 'menu.import', 'CmdOrCtrl+O'),
      command('export', 'menu.export', 'CmdOrCtrl+E'),
      separator,
      command('print', 'menu.print', 'CmdOrCtrl+P'),
      command('backup', 'menu.backup', 'CmdOrCtrl+S'),
      separator,
      // macOS quits from the app menu and closes windows from File.
      mac ? close : quit,
    ],
  };
  const editMenu: Item = {
    id: 'edit',
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };
  const devTools: Item[] = options.isPackaged ? [] : [{ role: 'toggleDevTools', label: t('menu.devTools') }];
  const viewMenu: Item = {
    id: 'view',
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      ...devTools,
      separator,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
    ],
  };
  const windowMenu: Item = {
    id: 'window',
    label: t('menu.window'),
    // On macOS the "window" role makes the system list open windows here.
    ...(mac ? { role: 'window' as const } : {}),
    submenu: [{ role: 'minimize', label: t('menu.minimize') }, close, ...(mac ? [separator, { role: 'front' as const }] : [])],
  };
  const helpMenu: Item = {
    id: 'help',
    label: t('menu.help'),
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      ...(mac ? [] : [about]),
      { id: 'data-folder', label: t('menu.dataFolder'), click: () => handlers.showDataFolder() },
    ],
  };
  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** The About box: version and where the data lives, so support can find it. */
export function aboutBoxOptions(lang: UiLanguage, version: string, dataPath: string, appName: string): MessageBoxOptions {
  return {
    type: 'info',
    title: translate(lang, 'menu.about'),
    message: appName,
    detail: translate(lang, 'dialogs.aboutDetail', { version, path: dataPath }),
    buttons: [translate(lang, 'common.close')],
    noLink: true,
  };
}

/** Sends a menu command to a window's page on the `menu:command` channel; a closed window is skipped. */
export function sendMenuCommand(
  target: { send(channel: string, ...args: unknown[]): void } | null,
  command: MenuCommand,
): boolean {
  if (target === null) return false;
  target.send(MENU_COMMAND_CHANNEL, command);
  return true;
}
