import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkChangeStatus, changeStatus } from '../../shared/domain/enrolment-rules';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import type { Enrolment, EnrolmentStatus, Person, Programme } from '../../shared/domain/types';
import { commitChanges } from '../../renderer/db/changes';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { asChanges, creations, enrolAll, moveOnWaitlist, offerAfter, tagChanges } from '../../renderer/features/enrolments/actions';
import { readCompletionRule, writeCompletionRule } from '../../renderer/features/enrolments/completion-rule';
import { readEnrolmentData } from '../../renderer/features/enrolments/queries';
import { sampleRecords } from './records';

let db: DeskDatabase;
beforeEach(async () => {
  db = createDatabase(`enrolments-${newId()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const T0 = '2026-06-01T09:00:00.000Z';
const now = () => new Date().toISOString();

/** A programme of 3 places: Ama, Bola, Chidi accepted; Dede (rank 1) and Efe (rank 2) waiting; Femi applied. */
async function seed() {
  const { programmes, people: [template] } = sampleRecords();
  const programme: Programme = { ...programmes[0]!, capacity: 3 };
  const names = ['Ama', 'Bola', 'Chidi', 'Dede', 'Efe', 'Femi'];
  const people: Person[] = names.map((given) => ({ ...template!, id: newId(), givenName: given, familyName: 'Mensah', sortKey: `mensah ${given.toLowerCase()}`, tags: [] }));
  const statuses: [EnrolmentStatus, number?][] = [['accepted'], ['accepted'], ['accepted'], ['waitlisted', 1], ['waitlisted', 2], ['applied']];
  const enrolments: Enrolment[] = people.map((p, i) => ({
    id: `E-${names[i]}`,
    createdAt: T0,
    updatedAt: T0,
    personId: p.id,
    programmeId: programme.id,
    role: 'participant',
    status: statuses[i]![0],
    ...(statuses[i]![1] !== undefined && { waitlistRank: statuses[i]![1] }),
    statusChangedAt: T0,
    attendance: [],
  }));
  await db.programmes.add(programme);
  await db.people.bulkAdd(people);
  await db.enrolments.bulkAdd(enrolments);
  return { programme, people };
}

const stored = () => db.enrolments.toArray();
const state = async () => Object.fromEntries((await stored()).map((e) => [e.id, `${e.status}${e.waitlistRank ? `#${e.waitlistRank}` : ''}`]));

describe('withdraw, offer the freed place, accept', () => {
  it('offers the place to rank 1, accepts them in one changeset, and Undo puts everything back', async () => {
    const { programme } = await seed();
    const before = await state();

    const withdrawal = changeStatus((await db.enrolments.get('E-Bola'))!, 'withdrawn', { now: now(), programme, enrolments: await stored() });
    await commitChanges(db, asChanges(withdrawal));
    const offer = offerAfter(withdrawal, programme, await stored());
    expect(offer?.enrolment.id).toBe('E-Dede');

    // Staff confirm: the rules run again on what is stored now.
    const acceptance = changeStatus((await db.enrolments.get('E-Dede'))!, 'accepted', { now: now(), programme, enrolments: await stored() });
    const undo = await commitChanges(db, asChanges(acceptance));
    expect(await state()).toMatchObject({ 'E-Bola': 'withdrawn', 'E-Dede': 'accepted', 'E-Efe': 'waitlisted#1' });

    await commitChanges(db, undo);
    expect(await state()).toEqual({ ...before, 'E-Bola': 'withdrawn' });
  });

  it('refuses a fourth acceptance while all places are taken, and stores nothing', async () => {
    const { programme } = await seed();
    const before = await state();
    let refusal: unknown;
    try {
      changeStatus((await db.enrolments.get('E-Femi'))!, 'accepted', { now: now(), programme, enrolments: await stored() });
    } catch (error) {
      refusal = error;
    }
    expect(isDomainError(refusal) && refusal.key).toBe('errors.capacityFull');
    expect(await state()).toEqual(before);
  });

  it('reorders the waiting list in one undoable changeset', async () => {
    await seed();
    const undo = await commitChanges(db, asChanges(moveOnWaitlist(await stored(), 'E-Efe', 'up', now())));
    expect(await state()).toMatchObject({ 'E-Dede': 'waitlisted#2', 'E-Efe': 'waitlisted#1' });
    await commitChanges(db, undo);
    expect(await state()).toMatchObject({ 'E-Dede': 'waitlisted#1', 'E-Efe': 'waitlisted#2' });
  });
});

describe('bulk status changes', () => {
  it('changes nothing when one of the selection cannot move, and says who and why', async () => {
    const { programme } = await seed();
    const before = await state();
    const result = bulkChangeStatus(['E-Ama', 'E-Dede', 'E-Femi'], 'confirmed', { now: now(), programme, enrolments: await stored() });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.enrolmentId, p.key])).toEqual([['E-Dede', 'errors.transition'], ['E-Femi', 'errors.transition']]);
    expect(await state()).toEqual(before);
  });

  it('applies every change of an allowed bulk move at once, ranks included, and one Undo restores them', async () => {
    const { programme } = await seed();
    const before = await state();
    const result = bulkChangeStatus(['E-Dede', 'E-Femi'], 'rejected', { now: now(), programme, enrolments: await stored() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const undo = await commitChanges(db, asChanges(result.changes));
    expect(await state()).toMatchObject({ 'E-Dede': 'rejected', 'E-Femi': 'rejected', 'E-Efe': 'waitlisted#1' });
    expect(await db.audit.count()).toBe(result.changes.length);
    await commitChanges(db, undo);
    expect(await state()).toEqual(before);
  });

  it('refuses the whole changeset when a record changed since it was read', async () => {
    const { programme } = await seed();
    const result = bulkChangeStatus(['E-Dede', 'E-Femi'], 'rejected', { now: now(), programme, enrolments: await stored() });
    if (!result.ok) throw new Error('expected a plan');
    await db.enrolments.update('E-Femi', { notes: 'Called back', updatedAt: now() });
    await expect(commitChanges(db, asChanges(result.changes))).rejects.toMatchObject({ key: 'errors.staleRecord' });
    expect((await db.enrolments.get('E-Dede'))?.status).toBe('waitlisted');
  });
});

describe('enrolling and tagging', () => {
  it('enrols new people in one changeset and refuses a second enrolment of the same person', async () => {
    const { programme, people } = await seed();
    const newcomer: Person = { ...people[0]!, id: newId(), givenName: 'Mathieu', familyName: 'Lefèvre', sortKey: 'lefevre mathieu' };
    await db.people.add(newcomer);
    const result = enrolAll([{ person: newcomer, role: 'observer' }], programme, 'confirmed', { now: now(), newId, enrolments: await stored() });
    if (!result.ok) throw new Error('expected an enrolment');
    const undo = await commitChanges(db, creations(result.created));
    expect((await readEnrolmentData(db, programme.id)).people.get(newcomer.id)?.familyName).toBe('Lefèvre');

    const again = enrolAll([{ person: newcomer, role: 'participant' }], programme, 'applied', { now: now(), newId, enrolments: await stored() });
    expect(again).toMatchObject({ ok: false, problems: [{ key: 'errors.alreadyEnrolled', params: { name: 'Mathieu Lefèvre' } }] });
    await commitChanges(db, undo);
    expect(await db.enrolments.where('personId').equals(newcomer.id).count()).toBe(0);
  });

  it('tags the selected people in one undoable changeset', async () => {
    const { people } = await seed();
    const undo = await commitChanges(db, tagChanges(people.slice(0, 2), 'Harare 2026', now()));
    expect((await db.people.get(people[0]!.id))?.tags).toEqual(['Harare 2026']);
    await commitChanges(db, undo);
    expect((await db.people.get(people[0]!.id))?.tags).toEqual([]);
  });
});

describe('completion rule setting', () => {
  it('is the default until set, then per programme', async () => {
    expect(await readCompletionRule(db, 'P1')).toEqual({ minimumShare: 0.8, excusedCounts: 'absent' });
    await writeCompletionRule(db, 'P1', { minimumShare: 0.6, excusedCounts: 'ignored' });
    expect(await readCompletionRule(db, 'P1')).toEqual({ minimumShare: 0.6, excusedCounts: 'ignored' });
    expect(await readCompletionRule(db, 'P2')).toEqual({ minimumShare: 0.8, excusedCounts: 'absent' });
    expect(await db.settings.get('completionRule:P1')).toEqual({ key: 'completionRule:P1', value: { minimumShare: 0.6, excusedCounts: 'ignored' } });
  });
});
