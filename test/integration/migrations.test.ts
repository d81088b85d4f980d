import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { createDatabase, SCHEMA_VERSIONS } from '../../renderer/db/schema';
import { sampleRecords } from './records';

/**
 * Every shipped schema version must open the data of the one before it. Each
 * new version adds a case here: create the database at the previous version with
 * data, open it with the app's createDatabase, and check the upgrade.
 */
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema versions', () => {
  it('are numbered upwards from 1 without repeats', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]!).toBeGreaterThan(numbers[i - 1]!);
  });

  it('v1: a database written at version 1 opens at the latest version with its data intact', async () => {
    const name = `migrate-${newId()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    await v1.open();
    const records = sampleRecords();
    await v1.table('people').bulkAdd(records.people);
    await v1.table('programmes').bulkAdd(records.programmes);
    v1.close();

    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.people.toArray()).toEqual(records.people);
    expect(await db.programmes.toArray()).toEqual(records.programmes);
    db.close();
  });
});
