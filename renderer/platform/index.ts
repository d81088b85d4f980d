import type { DeskApi, MenuCommand, OpenPurpose, OpenedFile, SavePurpose, SaveResult } from '../../shared/ipc/desk-api';
import type { UiLanguage } from '../../shared/domain/types';
import { browserPlatform } from './browser';

/**
 * The one seam between the renderer and its host. On desktop it forwards to the
 * preload's `window.desk`; in a plain browser (`npm run web`) it falls back to a
 * file input, a download link and window.print. Features call only this.
 */
export type Platform = {
  kind: 'desktop' | 'browser';
  openFile(purpose: OpenPurpose): Promise<OpenedFile | null>;
  saveFile(purpose: SavePurpose, suggestedName: string, bytes: Uint8Array): Promise<SaveResult>;
  print(): Promise<void>;
  /** Writes an automatic backup where the host keeps them; the browser has no such place. */
  writeAutoBackup(bytes: Uint8Array): Promise<{ name: string } | null>;
  setLanguage(lang: UiLanguage): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

declare global {
  // Augmenting the DOM's Window needs interface merging; a type alias cannot merge.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    desk?: DeskApi;
  }
}

function desktopPlatform(desk: DeskApi): Platform {
  return {
    kind: 'desktop',
    openFile: (purpose) => desk.openFile(purpose),
    saveFile: (purpose, name, bytes) => desk.saveFile(purpose, name, bytes),
    print: () => desk.print(),
    writeAutoBackup: (bytes) => desk.writeAutoBackup(bytes),
    setLanguage: (lang) => desk.setLanguage(lang),
    onMenuCommand: (listener) => desk.onMenuCommand(listener),
  };
}

export const platform: Platform =
  typeof window !== 'undefined' && window.desk ? desktopPlatform(window.desk) : browserPlatform();
