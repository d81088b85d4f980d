import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { commitChanges, touched } from '../../renderer/db/changes';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { sampleRecords } from './records';

let db: DeskDatabase;
beforeEach(async () => {
  db = createDatabase(`changes-${newId()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('commitChanges', () => {
  it('creates, updates and deletes together, audits each, and its inverse undoes all', async () => {
    const { programmes, sessions } = sampleRecords();
    const programme = programmes[0]!;
    const session = sessions[0]!;
    await db.programmes.add(programme);
    await db.sessions.add(session);

    const renamed = touched({ ...programme, title: { en: 'Lagos 2022' } }, '2026-11-21T10:00:00.000Z');
    const undo = await commitChanges(db, [
      { table: 'programmes', before: programme, after: renamed },
      { table: 'sessions', before: session, after: null },
      { table: 'organisations', before: null, after: { ...sampleRecords().organisations[0]! } },
    ]);
    expect((await db.programmes.get(programme.id))?.title).toEqual({ en: 'Lagos 2022' });
    expect(await db.sessions.count()).toBe(0);
    expect(await db.organisations.count()).toBe(1);
    const audit = await db.audit.toArray();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
    expect(audit.find((a) => a.action === 'update')?.fields).toEqual(['title']);

    await commitChanges(db, undo);
    expect(await db.programmes.get(programme.id)).toEqual(programme);
    expect(await db.sessions.get(session.id)).toEqual(session);
    expect(await db.organisations.count()).toBe(0);
  });

  it('refuses the whole edit when a record changed since it was read, and changes nothing', async () => {
    const { programmes, people } = sampleRecords();
    const programme = programmes[0]!;
    await db.programmes.add(programme);
    await db.programmes.put(touched({ ...programme, capacity: 25 }, '2026-11-21T11:00:00.000Z'));
    try {
      await commitChanges(db, [
        { table: 'people', before: null, after: people[0]! },
        { table: 'programmes', before: programme, after: touched({ ...programme, capacity: 40 }) },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.key).toBe('errors.staleRecord');
    }
    expect((await db.programmes.get(programme.id))?.capacity).toBe(25);
    expect(await db.people.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses to create a record whose id already exists', async () => {
    const { people } = sampleRecords();
    await db.people.add(people[0]!);
    await expect(commitChanges(db, [{ table: 'people', before: null, after: people[0]! }])).rejects.toThrow();
  });
});
