import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { RECORD_TABLES } from '../../shared/domain/types';
import { buildBackup } from '../../renderer/db/backup';
import { commitBatch, redoBatch, undoBatch } from '../../renderer/db/batches';
import { createDatabase, SCHEMA_VERSIONS, type DeskDatabase } from '../../renderer/db/schema';
import { readSetting, writeSetting } from '../../renderer/db/settings';
import { sampleRecords } from './records';

let db: DeskDatabase;

beforeEach(async () => {
  db = createDatabase(`test-${newId()}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('the database', () => {
  it('opens at the latest schema version with every table', () => {
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      [...RECORD_TABLES, 'importBatches', 'settings', 'audit'].sort(),
    );
  });

  it('round-trips a record through every record table, scripts and all', async () => {
    const records = sampleRecords();
    for (const table of RECORD_TABLES) {
      const [record] = records[table];
      await db.table(table).add(record);
      expect(await db.table(table).get(record!.id), table).toEqual(record);
    }
  });

  it('round-trips settings, import batches and audit entries', async () => {
    await writeSetting(db, 'language', 'fr');
    expect(await readSetting(db, 'language')).toBe('fr');
    expect(await readSetting(db, 'firstRunDone')).toBeUndefined();
    const batch = await commitBatch(db, { kind: 'spreadsheet', fileName: 'liste.xlsx' }, {});
    expect(await db.importBatches.get(batch.id)).toEqual(batch);
    const [entry] = await db.audit.where('batchId').equals(batch.id).toArray();
    expect(entry).toMatchObject({ table: 'importBatches', recordId: batch.id, action: 'import' });
  });

  it('finds people by folded sort key and by lower-cased email', async () => {
    const { people } = sampleRecords();
    await db.people.bulkAdd(people);
    expect(await db.people.where('sortKey').startsWith('παπαδοπουλου').count()).toBe(1);
    expect(await db.people.where('emailKeys').equals('athina.p@museum.example').count()).toBe(1);
  });

  it('refuses to enrol the same person twice in the same programme', async () => {
    const { enrolments } = sampleRecords();
    const first = enrolments[0]!;
    await db.enrolments.add(first);
    await expect(db.enrolments.add({ ...first, id: newId() })).rejects.toThrow(/ConstraintError|unique/i);
  });
});

describe('import batches', () => {
  it('commit all records of a batch, or none when one fails', async () => {
    const records = sampleRecords();
    const duplicate = { ...records.enrolments[0]!, id: newId() };
    await expect(
      commitBatch(db, { kind: 'spreadsheet', fileName: 'bad.xlsx' }, { ...records, enrolments: [records.enrolments[0]!, duplicate] }),
    ).rejects.toThrow();
    for (const table of RECORD_TABLES) expect(await db.table(table).count(), table).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('undo removes what the batch added and what hangs off it, and redo puts it back', async () => {
    const records = sampleRecords();
    const batch = await commitBatch(db, { kind: 'sample' }, records);
    expect(batch.counts.added).toBe(7);
    // Something added later by hand that points at a batch record.
    const handEnrolment = { ...records.enrolments[0]!, id: newId(), programmeId: newId() };
    await db.enrolments.add({ ...handEnrolment, personId: records.people[0]!.id });

    const snapshot = await undoBatch(db, batch.id);
    for (const table of RECORD_TABLES) expect(await db.table(table).count(), table).toBe(0);
    expect((await db.importBatches.get(batch.id))?.undoneAt).toBeTruthy();
    await expect(undoBatch(db, batch.id)).rejects.toThrow(/already undone/);

    await redoBatch(db, snapshot);
    for (const table of RECORD_TABLES) expect(await db.table(table).count(), table).toBe(table === 'enrolments' ? 2 : 1);
    expect((await db.importBatches.get(batch.id))?.undoneAt).toBeUndefined();
    expect((await db.audit.where('batchId').equals(batch.id).toArray()).map((a) => a.action)).toEqual(['import', 'undo', 'import']);
  });

  it('undo restores records the batch changed to their state before', async () => {
    const { people } = sampleRecords();
    const before = people[0]!;
    await db.people.add(before);
    const after = { ...before, position: 'Chief curator' };
    await db.people.put(after);
    const batch = await commitBatch(db, { kind: 'spreadsheet' }, {});
    await db.importBatches.update(batch.id, { changed: [{ table: 'people', before }] });
    await undoBatch(db, batch.id);
    expect(await db.people.get(before.id)).toEqual(before);
  });
});

describe('backup', () => {
  it('holds every table', async () => {
    await commitBatch(db, { kind: 'sample' }, sampleRecords());
    const backup = await buildBackup(db);
    expect(backup.format).toBe('training-desk-backup');
    for (const table of RECORD_TABLES) expect(backup.tables[table], table).toHaveLength(1);
    expect(backup.tables.importBatches).toHaveLength(1);
  });
});
