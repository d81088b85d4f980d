import path from 'node:path';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTO_BACKUPS_KEPT,
  autoBackupFileName,
  backupsToDelete,
  isAutoBackupFileName,
  writeAutoBackup,
} from '../../../electron/ipc/backup-store';
import { autoBackupHandler } from '../../../electron/ipc/backup';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'td-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const at = (minute: number): Date => new Date(Date.UTC(2024, 10, 21, 8, minute, 0, 0));

describe('backup file names', () => {
  it('are timestamped in UTC, sortable and valid on Windows', () => {
    const name = autoBackupFileName(new Date('2022-11-21T08:05:09.042Z'));
    expect(name).toBe('training-desk-backup-2022-11-21T08-05-09-042Z.json');
    expect(name).not.toMatch(/[:\\/]/);
    expect(isAutoBackupFileName(name)).toBe(true);
    expect(isAutoBackupFileName('my notes.json')).toBe(false);
    expect(isAutoBackupFileName(`${name}.tmp`)).toBe(false);
  });

  it('backupsToDelete picks all but the newest, ignoring other files', () => {
    const names = [at(3), at(1), at(2)].map(autoBackupFileName);
    expect(backupsToDelete([...names, 'keep-me.json'], 2)).toEqual([autoBackupFileName(at(1))]);
    expect(backupsToDelete(names, 10)).toEqual([]);
  });
});

describe('writeAutoBackup on a real folder', () => {
  it('creates the backups folder and writes the bytes', async () => {
    const backups = path.join(dir, 'userData', 'backups');
    const { name } = await writeAutoBackup(backups, bytesOf('{"v":1}'), at(0));
    expect(name).toBe(autoBackupFileName(at(0)));
    expect(await readFile(path.join(backups, name), 'utf8')).toBe('{"v":1}');
  });

  it('keeps the newest 10 and never touches the user’s own files', async () => {
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    for (let minute = 0; minute < 13; minute += 1) {
      await writeAutoBackup(dir, bytesOf(`backup ${minute}`), at(minute));
    }
    const files = (await readdir(dir)).sort();
    expect(AUTO_BACKUPS_KEPT).toBe(10);
    expect(files).toEqual([...Array.from({ length: 10 }, (_, i) => autoBackupFileName(at(i + 3))), 'notes.txt'].sort());
    expect(await readFile(path.join(dir, autoBackupFileName(at(12))), 'utf8')).toBe('backup 12');
  });

  it('never overwrites a backup taken in the same millisecond', async () => {
    const first = await writeAutoBackup(dir, bytesOf('first'), at(0));
    const second = await writeAutoBackup(dir, bytesOf('second'), at(0));
    expect(second.name).not.toBe(first.name);
    expect(await readFile(path.join(dir, first.name), 'utf8')).toBe('first');
    expect(await readFile(path.join(dir, second.name), 'utf8')).toBe('second');
    // And the later one sorts last, so rotation drops the right file.
    expect([first.name, second.name].sort()).toEqual([first.name, second.name]);
  });
});

describe('backup:auto handler', () => {
  it('writes concurrent backups one after the other, all kept and rotated', async () => {
    let clock = at(0).getTime();
    const handler = autoBackupHandler<unknown>({ backupDirectory: () => dir, now: () => new Date(clock++) });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => handler({ bytes: bytesOf(`b${i}`) }, {})),
    );
    expect(new Set(results.map((r) => r.name)).size).toBe(12);
    const files = await readdir(dir);
    expect(files).toHaveLength(10);
    expect(files.sort()).toEqual(results.slice(2).map((r) => r.name).sort());
  });

  it('keeps working after a failed write', async () => {
    const blocked = path.join(dir, 'not-a-folder');
    await writeFile(blocked, 'a file where the folder should be');
    let target = blocked;
    const handler = autoBackupHandler<unknown>({ backupDirectory: () => target, now: () => at(0) });
    await expect(handler({ bytes: bytesOf('x') }, {})).rejects.toThrow();
    target = path.join(dir, 'backups');
    await expect(handler({ bytes: bytesOf('y') }, {})).resolves.toEqual({ name: autoBackupFileName(at(0)) });
  });
});
