import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../shared/domain/backup-file';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { rawMessage, translate, type MessageKey } from '../../shared/i18n';
import { buildBackup, CURRENT_SCHEMA_VERSION, encodeBackup } from '../../renderer/db/backup';
import { countBackup, readBackupFile, replaceDesk } from '../../renderer/db/restore';
import type { DeskDatabase } from '../../renderer/db/schema';
import { sampleRecords, useSampleDatabase } from './records';

const current = useSampleDatabase();

/** Every table of the database, as a backup holds them. */
async function tablesOf(db: DeskDatabase) {
  return (await buildBackup(db)).tables;
}

/** A backup file's bytes from a JSON-able value or raw text. */
const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** A well-formed backup around `tables`, to spoil one part at a time. */
const fileWith = (tables: unknown, extra: Record<string, unknown> = {}) => ({
  format: 'training-desk-backup',
  schemaVersion: CURRENT_SCHEMA_VERSION,
  exportedAt: '2026-11-21T10:00:00.000Z',
  tables,
  ...extra,
});

/** Adds the tables beyond the records: a setting, an import batch, an audit entry. */
async function addHousekeeping(db: DeskDatabase) {
  await db.settings.put({ key: 'language', value: 'fr' });
  await db.importBatches.add({
    id: newId(),
    kind: 'spreadsheet',
    createdAt: '2026-11-20T08:00:00.000Z',
    fileName: 'partenaires.xlsx',
    counts: { added: 1, updated: 0, merged: 0, skipped: 0, errors: 0 },
    createdIds: {},
  } as never);
  await db.audit.add({ id: newId(), at: '2026-11-20T08:00:00.000Z', table: 'people', recordId: current.records.people[0]!.id, action: 'create' });
}

/** Expects `run` to be refused with `key`, a message in all three languages, and the desk untouched. */
async function expectRefused(run: () => unknown, key: string) {
  const before = await tablesOf(current.db);
  let caught: unknown;
  try {
    await run();
  } catch (error) {
    caught = error;
  }
  expect(isDomainError(caught), String(caught)).toBe(true);
  expect((caught as { key: string }).key).toBe(key);
  for (const lang of ['en', 'fr', 'es'] as const) expect(rawMessage(lang, key), `${lang}: ${key}`).toBeTruthy();
  expect(await tablesOf(current.db)).toEqual(before);
}

describe('restoring a backup', () => {
  it('round-trips a backup exactly: every table as it was when the backup was made', async () => {
    const { db } = current;
    await addHousekeeping(db);
    const backup = await buildBackup(db);
    const file = readBackupFile(encodeBackup(backup));
    expect(countBackup(file.tables)).toEqual({ programmes: 1, people: 1, enrolments: 1, grants: 1 });

    // The desk moves on: a record deleted, others added, a setting changed.
    await db.people.clear();
    const other = sampleRecords();
    for (const [table, rows] of Object.entries(other)) await db.table(table).bulkAdd(rows);
    await db.settings.put({ key: 'language', value: 'es' });

    await replaceDesk(db, file.tables);
    expect(await tablesOf(db)).toEqual(backup.tables);
    expect((await db.people.get(current.records.people[0]!.id))?.givenName).toBe('Αθηνά');
  });

  it('Undo puts back exactly what the desk held before the restore', async () => {
    const { db } = current;
    await addHousekeeping(db);
    const before = await tablesOf(db);
    const emptyDesk = readBackupFile(bytesOf(fileWith({})));

    const previous = await replaceDesk(db, emptyDesk.tables);
    expect(await db.people.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);

    await replaceDesk(db, previous);
    expect(await tablesOf(db)).toEqual(before);
  });

  it('ignores tables it does not know, even one named __proto__', async () => {
    const person = sampleRecords().people[0]!;
    const text = `{"format":"training-desk-backup","schemaVersion":1,"exportedAt":"x","tables":{"__proto__":[{"id":"p"}],"lasers":[1,2],"people":${JSON.stringify([person])}}}`;
    const file = readBackupFile(bytesOf(text));
    expect(Object.keys(file.tables)).not.toContain('lasers');
    expect(file.tables.people).toEqual([person]);
    expect(file.tables.programmes).toEqual([]);
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });

  it('says a newer version made the file, in words', () => {
    expect(translate('en', 'restore.errors.newerVersion' as MessageKey)).toContain('made by a newer version of Training Desk');
  });
});

describe('a file that is not a good backup is refused, and nothing changes', () => {
  const person = () => sampleRecords().people[0]!;
  const twice = <T,>(record: T) => [record, record];
  it.each([
    ['restore.errors.tooLarge', () => new Uint8Array(MAX_BACKUP_BYTES + 1)],
    ['restore.errors.notJson', () => bytesOf('{"format": "training-desk-backup", ')],
    ['restore.errors.notJson', () => new Uint8Array([0xff, 0xfe, 0x7b, 0x7d])],
    ['restore.errors.notBackup', () => bytesOf([1, 2, 3])],
    ['restore.errors.notBackup', () => bytesOf('null')],
    ['restore.errors.notBackup', () => bytesOf(fileWith({}, { format: 'someone-else' }))],
    ['restore.errors.notBackup', () => bytesOf(fileWith({}, { schemaVersion: '1' }))],
    ['restore.errors.notBackup', () => bytesOf(fileWith([]))],
    ['restore.errors.newerVersion', () => bytesOf(fileWith({}, { schemaVersion: CURRENT_SCHEMA_VERSION + 1 }))],
    ['restore.errors.badTable', () => bytesOf(fileWith({ people: { id: 'p1' } }))],
    ['restore.errors.badRecord', () => bytesOf(fileWith({ people: [{ givenName: 'No id' }] }))],
    ['restore.errors.badRecord', () => bytesOf(fileWith({ people: [{ id: 42 }] }))],
    ['restore.errors.badRecord', () => bytesOf(fileWith({ people: [null] }))],
    ['restore.errors.badRecord', () => bytesOf(fileWith({ people: [['id', 'p1']] }))],
    ['restore.errors.badRecord', () => bytesOf(fileWith({ settings: [{ id: 'language', value: 'fr' }] }))],
    ['restore.errors.duplicateRecord', () => bytesOf(fileWith({ people: twice(person()) }))],
    ['restore.errors.unsafeKey', () => bytesOf(`{"format":"training-desk-backup","schemaVersion":1,"tables":{"people":[{"id":"p1","tags":[{"__proto__":{"admin":true}}]}]}}`)],
  ])('%s (case %#)', async (key, bytes) => {
    await expectRefused(() => readBackupFile(bytes()), key);
  });

  it('a backup the database itself refuses (one person enrolled twice) is not half restored', async () => {
    const { enrolments } = sampleRecords();
    const twice = [enrolments[0]!, { ...enrolments[0]!, id: newId() }];
    const file = readBackupFile(bytesOf(fileWith({ ...sampleRecords(), enrolments: twice })));
    await expectRefused(() => replaceDesk(current.db, file.tables), 'restore.errors.refusedByDatabase');
  });
});
