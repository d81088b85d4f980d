import type { UiLanguage } from '../shared/domain/types';
import type { DeskApi, MenuCommand, OpenPurpose, SavePurpose } from '../shared/ipc/desk-api';
import { CHANNELS, MENU_COMMAND_CHANNEL, ipcErrorMessage, isMenuCommand, type InvokeChannel } from '../shared/ipc/channels';

/**
 * `window.desk`, built from an ipcRenderer-like object so the tests can drive
 * it with a fake. Kept free of zod: main parses every payload anyway, and a
 * sandboxed preload should stay small.
 */

/** The parts of ipcRenderer the API uses. */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

/** Builds the `window.desk` API on top of `ipc`. */
export function createDeskApi(ipc: IpcRendererLike): DeskApi {
  // Electron wraps a main-process error as "Error invoking remote method …"; the renderer gets the message alone.
  async function call<T>(channel: InvokeChannel, ...args: unknown[]): Promise<T> {
    try {
      return (await ipc.invoke(channel, ...args)) as T;
    } catch (error) {
      throw new Error(ipcErrorMessage(error), { cause: error });
    }
  }
  return {
    appInfo: () => call(CHANNELS.appInfo),
    openFile: (purpose: OpenPurpose) => call(CHANNELS.openFile, { purpose }),
    saveFile: (purpose: SavePurpose, suggestedName: string, bytes: Uint8Array) =>
      call(CHANNELS.saveFile, { purpose, suggestedName, bytes }),
    print: () => call(CHANNELS.print),
    writeAutoBackup: (bytes: Uint8Array) => call(CHANNELS.writeAutoBackup, { bytes }),
    setLanguage: (language: UiLanguage) => call(CHANNELS.setLanguage, { language }),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      // The IPC event object carries `sender`; it never crosses into the page.
      const wrapped = (_event: unknown, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
        else console.error('Ignored an unknown menu command', command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, wrapped);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, wrapped);
      };
    },
  };
}
