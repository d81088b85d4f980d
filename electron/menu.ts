import { BrowserWindow, Menu, dialog, shell } from 'electron';
import type { UiLanguage } from '../shared/domain/types';
import { aboutBoxOptions, menuTemplate, sendMenuCommand } from './menu-template';

/** Turns the pure template of ./menu-template.ts into the real application menu. */

export type AppMenuContext = {
  language(): UiLanguage;
  /** The window menu commands go to when none has focus. */
  mainWindow(): BrowserWindow | null;
  dataPath(): string;
  version(): string;
  isPackaged: boolean;
  appName: string;
};

function targetWindow(context: AppMenuContext): BrowserWindow | null {
  const window = BrowserWindow.getFocusedWindow() ?? context.mainWindow();
  return window && !window.isDestroyed() ? window : null;
}

/** Builds and installs the application menu in the current language; call again when it changes. */
export function installAppMenu(context: AppMenuContext): void {
  const template = menuTemplate(
    context.language(),
    process.platform,
    {
      command: (command) => {
        if (!sendMenuCommand(targetWindow(context)?.webContents ?? null, command)) {
          console.warn(`Menu command "${command}" had no window to go to`);
        }
      },
      about: () => {
        const options = aboutBoxOptions(context.language(), context.version(), context.dataPath(), context.appName);
        const parent = targetWindow(context);
        const shown = parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
        shown.catch((error: unknown) => console.error('The About box failed', error));
      },
      showDataFolder: () => {
        // openPath reports failure as a message, not a rejection.
        shell
          .openPath(context.dataPath())
          .then((problem) => problem && console.error('Could not show the data folder:', problem))
          .catch((error: unknown) => console.error('Could not show the data folder', error));
      },
    },
    { isPackaged: context.isPackaged, appName: context.appName },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
