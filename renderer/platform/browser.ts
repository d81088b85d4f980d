import { SPREADSHEET_EXTENSIONS, type OpenPurpose, type OpenedFile, type SaveResult } from '../../shared/ipc/desk-api';
import type { Platform } from './index';

const ACCEPT: Record<OpenPurpose, string> = {
  import: SPREADSHEET_EXTENSIONS.map((extension) => `.${extension}`).join(','),
  restore: '.json',
};

/** Opens a file through a hidden <input type=file>; resolves null if the user cancels. */
function pickFile(purpose: OpenPurpose): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[purpose];
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      file.arrayBuffer().then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** Saves by handing the browser a download; the browser decides where it goes. */
function download(name: string, bytes: Uint8Array): SaveResult {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, name };
}

/** The web fallbacks of the platform seam. */
export function browserPlatform(): Platform {
  return {
    kind: 'browser',
    openFile: pickFile,
    saveFile: async (_purpose, name, bytes) => download(name, bytes),
    print: async () => window.print(),
    writeAutoBackup: async () => null,
    setLanguage: async () => undefined,
    onMenuCommand: () => () => undefined,
  };
}
