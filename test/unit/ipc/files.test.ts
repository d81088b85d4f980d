import path from 'node:path';
import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../shared/domain/types';
import { INVOKE_CONTRACT, MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { FileTooLargeError, readFileCapped, writeFileAtomic } from '../../../electron/ipc/file-io';
import {
  openDialogOptions,
  openFileHandler,
  saveDialogOptions,
  saveFileHandler,
  type FilesDeps,
} from '../../../electron/ipc/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'td-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type FakeEvent = { id: string };
const event: FakeEvent = { id: 'window-1' };

/** Dialogs that answer as a user would, and remember what they were shown. */
function scriptedDeps(answer: { open?: string | null; save?: string | null }, lang: UiLanguage = 'en') {
  const shown: { open: OpenDialogOptions[]; save: SaveDialogOptions[]; events: FakeEvent[] } = { open: [], save: [], events: [] };
  const deps: FilesDeps<FakeEvent> = {
    language: () => lang,
    defaultDirectory: () => dir,
    showOpenDialog: async (e, options) => {
      shown.events.push(e);
      shown.open.push(options);
      return answer.open ? { canceled: false, filePaths: [answer.open] } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (e, options) => {
      shown.events.push(e);
      shown.save.push(options);
      return answer.save ? { canceled: false, filePath: answer.save } : { canceled: true, filePath: '' };
    },
  };
  return { deps, shown };
}

describe('readFileCapped', () => {
  it('reads a real file with its name', async () => {
    const file = path.join(dir, 'Participantes – Lima.csv');
    await writeFile(file, 'nombre;país\nMaría José García López;PE\n');
    const opened = await readFileCapped(file, 1024);
    expect(opened.name).toBe('Participantes – Lima.csv');
    expect(new TextDecoder().decode(opened.bytes)).toContain('María José');
  });

  it('refuses a file over the cap without reading it', async () => {
    const file = path.join(dir, 'huge.xlsx');
    await writeFile(file, '');
    await truncate(file, 2048); // sparse: no real 2 KB written, but the size says so
    await expect(readFileCapped(file, 1024)).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(readFileCapped(file, 2048)).resolves.toMatchObject({ name: 'huge.xlsx' });
  });

  it('fails clearly on a missing file', async () => {
    await expect(readFileCapped(path.join(dir, 'gone.csv'), 1024)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temp file behind', async () => {
    const file = path.join(dir, 'export.csv');
    await writeFileAtomic(file, new TextEncoder().encode('a,b\n'));
    expect(await readFile(file, 'utf8')).toBe('a,b\n');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('replaces an existing file whole', async () => {
    const file = path.join(dir, 'backup.json');
    await writeFile(file, '{"old":true,"padding":"xxxxxxxxxxxxxxxxxxxx"}');
    await writeFileAtomic(file, new TextEncoder().encode('{"new":true}'));
    expect(await readFile(file, 'utf8')).toBe('{"new":true}');
  });

  it('leaves the old file intact and cleans up when the write fails', async () => {
    const missingDir = path.join(dir, 'no-such-folder', 'x.json');
    await expect(writeFileAtomic(missingDir, new Uint8Array([1]))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('dialog options', () => {
  it('titles and filters the import dialog in the user’s language', () => {
    expect(openDialogOptions('import', 'fr')).toEqual({
      properties: ['openFile'],
      title: 'Importer une liste de participants',
      filters: [{ name: 'Tableurs', extensions: ['xlsx', 'xlsm', 'xls', 'xlsb', 'ods', 'csv', 'tsv', 'txt'] }],
    });
    expect(openDialogOptions('restore', 'es').filters).toEqual([
      { name: 'Copias de seguridad de Training Desk', extensions: ['json'] },
    ]);
  });

  it('starts save dialogs in the documents folder with the suggested name', () => {
    expect(saveDialogOptions('backup', 'training-desk.json', 'en', '/home/ada/Documents')).toEqual({
      title: 'Back up Training Desk',
      defaultPath: path.join('/home/ada/Documents', 'training-desk.json'),
      filters: [{ name: 'Training Desk backups', extensions: ['json'] }],
    });
    expect(saveDialogOptions('export', 'Lagos.XLSX', 'es', '/d').filters).toEqual([
      { name: 'Hojas de cálculo', extensions: ['xlsx'] },
    ]);
    expect(saveDialogOptions('export', 'webinars.ics', 'fr', '/d')).toMatchObject({
      title: 'Exporter',
      filters: [{ name: 'ICS', extensions: ['ics'] }],
    });
    expect(saveDialogOptions('export', 'README', 'en', '/d').filters).toEqual([]);
  });
});

describe('files:open handler', () => {
  it('reads the file the user chose, from the window that asked', async () => {
    const file = path.join(dir, 'list.xlsx');
    await writeFile(file, Buffer.from([0x50, 0x4b, 3, 4]));
    const { deps, shown } = scriptedDeps({ open: file }, 'fr');
    const opened = await openFileHandler(deps)({ purpose: 'import' }, event);
    expect(opened?.name).toBe('list.xlsx');
    expect([...(opened?.bytes ?? [])]).toEqual([0x50, 0x4b, 3, 4]);
    expect(INVOKE_CONTRACT['files:open'].result.safeParse(opened).success).toBe(true);
    expect(shown.events).toEqual([event]);
    expect(shown.open[0]?.title).toBe('Importer une liste de participants');
  });

  it('answers null when the user cancels', async () => {
    const { deps } = scriptedDeps({ open: null });
    await expect(openFileHandler(deps)({ purpose: 'restore' }, event)).resolves.toBeNull();
  });

  it('refuses a file over 200 MB with a message in the user’s language', async () => {
    const file = path.join(dir, 'énorme.xlsx');
    await writeFile(file, '');
    await truncate(file, MAX_FILE_BYTES + 1); // sparse file: takes no disk space
    await expect(openFileHandler(scriptedDeps({ open: file }, 'fr').deps)({ purpose: 'import' }, event)).rejects.toThrow(
      '« énorme.xlsx » dépasse 200 Mo et n’a pas été ouvert.',
    );
    await expect(openFileHandler(scriptedDeps({ open: file }, 'en').deps)({ purpose: 'import' }, event)).rejects.toThrow(
      '“énorme.xlsx” is larger than 200 MB and was not opened.',
    );
  });
});

describe('files:save handler', () => {
  it('writes the bytes where the user chose and answers the chosen name', async () => {
    const target = path.join(dir, 'Participants Lagos (final).xlsx');
    const { deps, shown } = scriptedDeps({ save: target });
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const result = await saveFileHandler(deps)({ purpose: 'export', suggestedName: 'Participants Lagos.xlsx', bytes }, event);
    expect(result).toEqual({ saved: true, name: 'Participants Lagos (final).xlsx' });
    expect([...(await readFile(target))]).toEqual([1, 2, 3, 4]);
    expect(shown.save[0]?.defaultPath).toBe(path.join(dir, 'Participants Lagos.xlsx'));
  });

  it('writes nothing when the user cancels', async () => {
    const { deps } = scriptedDeps({ save: null });
    const result = await saveFileHandler(deps)({ purpose: 'backup', suggestedName: 'b.json', bytes: new Uint8Array([1]) }, event);
    expect(result).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });
});
