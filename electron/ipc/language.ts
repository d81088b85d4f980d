import type { UiLanguage } from '../../shared/domain/types';
import { CHANNELS } from '../../shared/ipc/channels';
import { handleInvoke, type InvokeImpl, type IpcMainLike } from './handle';

/** `settings:language`: the renderer's language choice, so menus and dialogs follow it. */

/** The `settings:language` handler; `apply` stores the language and rebuilds the menu. */
export function setLanguageHandler<E>(apply: (lang: UiLanguage) => void): InvokeImpl<typeof CHANNELS.setLanguage, E> {
  return ({ language }) => {
    apply(language);
    return undefined;
  };
}

/** Registers `settings:language`. */
export function registerLanguageHandler(
  ipcMain: IpcMainLike,
  trusted: readonly string[],
  apply: (lang: UiLanguage) => void,
): void {
  handleInvoke(ipcMain, CHANNELS.setLanguage, trusted, setLanguageHandler(apply));
}
