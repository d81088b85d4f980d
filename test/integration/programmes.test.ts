import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { draftFromProgramme } from '../../shared/domain/programme-draft';
import type { Session } from '../../shared/domain/types';
import { commitChanges, touched } from '../../renderer/db/changes';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import {
  deleteProgrammePlan,
  duplicateChanges,
  saveProgrammeChanges,
  statusChanges,
} from '../../renderer/features/programmes/actions';
import { sampleRecords } from './records';

let db: DeskDatabase;
beforeEach(async () => {
  db = createDatabase(`programmes-${newId()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** Two linked record sets: the one we act on, and another programme that must not be touched. */
async function seed() {
  const target = sampleRecords();
  const other = sampleRecords();
  const fund = { ...target.funds[0]!, programmeId: target.programmes[0]!.id };
  const second: Session = { ...target.sessions[0]!, id: newId(), title: { en: 'Closing' }, start: '2022-11-25T15:00:00.000Z', end: '2022-11-25T16:00:00.000Z' };
  for (const set of [target, other]) {
    await db.organisations.bulkAdd(set.organisations);
    await db.programmes.bulkAdd(set.programmes);
    await db.sessions.bulkAdd(set.sessions);
    await db.people.bulkAdd(set.people);
    await db.enrolments.bulkAdd(set.enrolments);
    await db.grants.bulkAdd(set.grants);
  }
  await db.sessions.add(second);
  await db.funds.bulkAdd([fund, other.funds[0]!]);
  return { target, other, fund };
}

async function snapshot() {
  return {
    programmes: await db.programmes.toArray(),
    sessions: await db.sessions.toArray(),
    enrolments: await db.enrolments.toArray(),
    grants: await db.grants.toArray(),
    funds: await db.funds.toArray(),
    people: await db.people.toArray(),
  };
}

describe('deleting a programme', () => {
  it('removes it with its sessions, enrolments and grants in one changeset, and Undo restores them all', async () => {
    const { target, other, fund } = await seed();
    const before = await snapshot();
    const programme = target.programmes[0]!;

    const plan = await deleteProgrammePlan(db, programme);
    expect([plan.sessions, plan.enrolments, plan.grants]).toEqual([2, 1, 1]);
    const undo = await commitChanges(db, plan.changes);

    expect(await db.programmes.get(programme.id)).toBeUndefined();
    expect(await db.sessions.where('programmeId').equals(programme.id).count()).toBe(0);
    expect(await db.enrolments.where('programmeId').equals(programme.id).count()).toBe(0);
    expect(await db.grants.where('programmeId').equals(programme.id).count()).toBe(0);
    // The sponsor's fund stays, unlinked; people stay; the other programme is untouched.
    expect((await db.funds.get(fund.id))?.programmeId).toBeUndefined();
    expect(await db.people.count()).toBe(2);
    expect(await db.programmes.get(other.programmes[0]!.id)).toEqual(other.programmes[0]);
    expect(await db.sessions.where('programmeId').equals(other.programmes[0]!.id).count()).toBe(1);
    expect(await db.grants.count()).toBe(1);
    // One audit entry per record, all in the same commit.
    expect(await db.audit.count()).toBe(plan.changes.length);

    await commitChanges(db, undo);
    const after = await snapshot();
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    for (const table of Object.keys(before) as (keyof typeof before)[]) {
      expect(byId(after[table] as { id: string }[]), table).toEqual(byId(before[table] as { id: string }[]));
    }
  });

  it('is all or nothing: a session changed meanwhile stops the whole deletion', async () => {
    const { target } = await seed();
    const programme = target.programmes[0]!;
    const plan = await deleteProgrammePlan(db, programme);
    const session = target.sessions[0]!;
    await db.sessions.put(touched({ ...session, room: 'Hall B' }, '2030-01-01T00:00:00.000Z'));
    await expect(commitChanges(db, plan.changes)).rejects.toSatisfy((e: unknown) => isDomainError(e) && e.key === 'errors.staleRecord');
    expect(await db.programmes.get(programme.id)).toBeDefined();
    expect(await db.grants.count()).toBe(2);
    expect(await db.enrolments.count()).toBe(2);
  });
});

describe('duplicating a programme', () => {
  it('writes the draft copy and its shifted sessions, with nobody enrolled and no grants', async () => {
    const { target } = await seed();
    const programme = target.programmes[0]!;
    const copy = await duplicateChanges(db, programme, '2023-11-20');
    expect(copy.sessions).toBe(2);
    const undo = await commitChanges(db, copy.changes);

    const stored = await db.programmes.get(copy.programme.id);
    expect(stored).toMatchObject({ status: 'draft', startDate: '2023-11-20', endDate: '2023-11-24', title: programme.title, partners: programme.partners });
    const sessions = await db.sessions.where('programmeId').equals(copy.programme.id).sortBy('start');
    // 09:00 Lagos (UTC+1, no DST) on the first day, a year later.
    expect(sessions.map((s) => s.start)).toEqual(['2023-11-20T08:00:00.000Z', '2023-11-24T15:00:00.000Z']);
    expect(await db.enrolments.where('programmeId').equals(copy.programme.id).count()).toBe(0);
    expect(await db.grants.where('programmeId').equals(copy.programme.id).count()).toBe(0);

    await commitChanges(db, undo);
    expect(await db.programmes.get(copy.programme.id)).toBeUndefined();
    expect(await db.sessions.where('programmeId').equals(copy.programme.id).count()).toBe(0);
  });
});

describe('saving a programme', () => {
  it('creates a typed organisation and the programme together; an edit made elsewhere is not overwritten', async () => {
    const { target } = await seed();
    const programme = target.programmes[0]!;
    const organisations = await db.organisations.toArray();
    const draft = draftFromProgramme(programme, organisations);
    const { changes, programme: saved } = saveProgrammeChanges(
      { ...draft, capacity: '28', partners: [...draft.partners, { key: 'n', name: 'Pan-Atlantic University', role: 'host' }] },
      organisations,
      programme,
    );
    const undo = await commitChanges(db, changes);
    expect((await db.programmes.get(programme.id))?.capacity).toBe(28);
    const created = await db.organisations.where('name').equals('Pan-Atlantic University').first();
    expect(saved.partners).toContainEqual({ organisationId: created!.id, role: 'host' });

    // A second edit still holding the old version is refused.
    const stale = saveProgrammeChanges({ ...draft, capacity: '12' }, organisations, programme);
    await expect(commitChanges(db, stale.changes)).rejects.toThrow();
    expect((await db.programmes.get(programme.id))?.capacity).toBe(28);

    await commitChanges(db, undo);
    expect(await db.programmes.get(programme.id)).toEqual(programme);
    expect(await db.organisations.where('name').equals('Pan-Atlantic University').count()).toBe(0);
  });

  it('moves the status only as the rules allow', async () => {
    const { target } = await seed();
    const programme = target.programmes[0]!; // completed
    expect(() => statusChanges(programme, 'draft')).toThrow();
    await commitChanges(db, statusChanges(programme, 'running'));
    expect((await db.programmes.get(programme.id))?.status).toBe('running');
  });
});
