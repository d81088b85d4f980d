import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { emailKeys, personSortKey } from '../../shared/domain/text';
import type { Enrolment, Grant, Person, Programme } from '../../shared/domain/types';
import { touched } from '../../renderer/db/changes';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { DISMISSED_KEY, readDismissed, setDismissed } from '../../renderer/features/duplicates/dismissed';
import { commitMerge, undoMerge } from '../../renderer/features/duplicates/merge';
import { loadPair } from '../../renderer/features/duplicates/pair-data';
import { candidateAt, pairCount } from '../../renderer/features/duplicates/pairs';
import type { ScanReply } from '../../renderer/features/duplicates/scan-messages';
import { runScan } from '../../renderer/features/duplicates/scan-job';
import { pairKey } from '../../renderer/features/duplicates/view-model';
import { sampleRecords } from './records';

let db: DeskDatabase;
beforeEach(async () => {
  db = createDatabase(`duplicates-${newId()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const T = '2026-05-01T08:00:00.000Z';
const errorKey = (key: string) => (e: unknown) => isDomainError(e) && e.key === key;

/**
 * Athina (from the shared records: attended Lagos, a paid grant, a session
 * attendance) and a second record of her typed again, accent-free, with
 * another address case: enrolled in Lagos too (with a grant from the same
 * fund) and in a webinar cycle, and speaking at the Lagos opening. A third
 * person, who must not be touched, is enrolled in Lagos as well.
 */
async function seed() {
  const base = sampleRecords();
  const lagos = base.programmes[0]!;
  const athina = base.people[0]!;
  const webinar: Programme = { ...lagos, id: newId(), title: { en: 'Webinar cycle 2026' }, kind: 'webinar-cycle' };
  const again: Person = {
    ...athina,
    id: newId(),
    givenName: 'Athina',
    familyName: 'Papadopoulou',
    emails: ['ATHINA.P@museum.example'],
    emailKeys: emailKeys(['ATHINA.P@museum.example']),
    sortKey: personSortKey('Athina', 'Papadopoulou'),
    position: 'Curator',
    tags: ['speaker'],
    createdAt: T,
    updatedAt: T,
  };
  const meta = () => ({ id: newId(), createdAt: T, updatedAt: T });
  const againLagos: Enrolment = { ...base.enrolments[0]!, ...meta(), personId: again.id, status: 'applied', attendance: [] };
  const againWebinar: Enrolment = { ...againLagos, ...meta(), programmeId: webinar.id, status: 'confirmed' };
  const againGrant: Grant = { ...base.grants[0]!, ...meta(), enrolmentId: againLagos.id, personId: again.id, status: 'offered', payments: [] };
  const other = sampleRecords().people[0]!;
  const bystander: Person = { ...other, givenName: 'Kwame', familyName: 'Mensah', emails: ['kwame@museum.example'], emailKeys: ['kwame@museum.example'], sortKey: 'mensah kwame', country: 'GH' };
  const bystanderLagos: Enrolment = { ...base.enrolments[0]!, ...meta(), personId: bystander.id };
  const session = { ...base.sessions[0]!, speakerIds: [again.id], moderatorIds: [athina.id, again.id] };

  await db.organisations.bulkAdd(base.organisations);
  await db.programmes.bulkAdd([lagos, webinar]);
  await db.sessions.add(session);
  await db.people.bulkAdd([athina, again, bystander]);
  await db.enrolments.bulkAdd([base.enrolments[0]!, againLagos, againWebinar, bystanderLagos]);
  await db.funds.bulkAdd(base.funds);
  await db.grants.bulkAdd([base.grants[0]!, againGrant]);
  await db.settings.put({ key: 'language', value: 'fr' });
  return { athina, again, bystander, lagos, webinar, session, athinaLagos: base.enrolments[0]!, againLagos, againWebinar };
}

/** Every table but the audit log (which only grows), each sorted by key. */
async function everything() {
  const sorted = <T extends object>(rows: T[], key: keyof T) => [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  return {
    organisations: sorted(await db.organisations.toArray(), 'id'),
    programmes: sorted(await db.programmes.toArray(), 'id'),
    sessions: sorted(await db.sessions.toArray(), 'id'),
    people: sorted(await db.people.toArray(), 'id'),
    enrolments: sorted(await db.enrolments.toArray(), 'id'),
    funds: sorted(await db.funds.toArray(), 'id'),
    grants: sorted(await db.grants.toArray(), 'id'),
    importBatches: sorted(await db.importBatches.toArray(), 'id'),
    settings: sorted(await db.settings.toArray(), 'key'),
  };
}

describe('merging two people', () => {
  it('keeps every enrolment and grant of both on one person, and Undo restores the database exactly', async () => {
    const s = await seed();
    const before = await everything();
    const snapshot = await loadPair(db, s.athina.id, s.again.id);

    const { plan, undo } = await commitMerge(db, snapshot, 'left', { position: 'right' });

    expect(await db.people.get(s.again.id)).toBeUndefined();
    const merged = await db.people.get(s.athina.id);
    expect(merged).toMatchObject({ givenName: 'Αθηνά', familyName: 'Παπαδοπούλου', position: 'Curator', tags: ['alumni', 'speaker'] });
    // One address in two cases is one address; the first spelling is kept.
    expect(merged?.emails).toEqual(['Athina.P@museum.example']);
    // Lagos twice: the attended enrolment wins; the webinar moves across.
    const enrolments = await db.enrolments.where('personId').equals(s.athina.id).toArray();
    expect(enrolments.map((e) => e.programmeId).sort()).toEqual([s.lagos.id, s.webinar.id].sort());
    expect(enrolments.find((e) => e.programmeId === s.lagos.id)?.id).toBe(s.athinaLagos.id);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ keptEnrolmentId: s.athinaLagos.id, removedEnrolmentId: s.againLagos.id, keptStatus: 'attended' }),
    ]);
    // Both grants now hang on the kept Lagos enrolment, from one fund: reported to staff.
    const grants = await db.grants.toArray();
    expect(grants.every((g) => g.personId === s.athina.id && g.enrolmentId === s.athinaLagos.id)).toBe(true);
    expect(plan.sharedFundGrants).toHaveLength(1);
    // The session names the kept person once, wherever the other was named.
    expect(await db.sessions.get(s.session.id)).toMatchObject({ speakerIds: [s.athina.id], moderatorIds: [s.athina.id] });
    // The bystander is untouched.
    expect(await db.people.get(s.bystander.id)).toEqual(before.people.find((p) => p.id === s.bystander.id));
    expect(await db.enrolments.where('personId').equals(s.bystander.id).count()).toBe(1);
    // The merge is in the kept person's history, with the per-record entries.
    const history = await db.audit.where('[table+recordId]').equals(['people', s.athina.id]).toArray();
    expect(history.map((e) => e.action).sort()).toEqual(['merge', 'update']);
    expect(await db.audit.where('[table+recordId]').equals(['people', s.again.id]).first()).toMatchObject({ action: 'delete' });

    await undoMerge(db, undo, s.athina.id);
    expect(await everything()).toEqual(before);
    const after = await db.audit.where('[table+recordId]').equals(['people', s.athina.id]).toArray();
    expect(after.map((e) => e.action)).toContain('undo');
  });

  it('refuses when either person changed since the comparison opened, and writes nothing', async () => {
    const s = await seed();
    const snapshot = await loadPair(db, s.athina.id, s.again.id);
    await db.people.put(touched({ ...s.again, phone: '+30 699 000 0000' }, '2026-06-01T00:00:00.000Z'));
    const before = await everything();
    const audit = await db.audit.count();

    await expect(commitMerge(db, snapshot, 'left', {})).rejects.toSatisfy(errorKey('errors.staleRecord'));
    expect(await everything()).toEqual(before);
    expect(await db.audit.count()).toBe(audit);

    // Read again, the merge goes through, with the new phone picked from record 2.
    const fresh = await loadPair(db, s.athina.id, s.again.id);
    await commitMerge(db, fresh, 'left', { phone: 'right' });
    expect((await db.people.get(s.athina.id))?.phone).toBe('+30 699 000 0000');
  });

  it('refuses when an enrolment was added meanwhile, rather than leave it pointing at nobody', async () => {
    const s = await seed();
    const snapshot = await loadPair(db, s.athina.id, s.again.id);
    const late: Enrolment = { ...s.againWebinar, id: newId(), programmeId: newId() };
    await db.enrolments.add(late);
    const before = await everything();
    await expect(commitMerge(db, snapshot, 'right', {})).rejects.toSatisfy(errorKey('errors.staleRecord'));
    expect(await everything()).toEqual(before);
  });

  it('refuses a person who no longer exists, and a person merged into themself', async () => {
    const s = await seed();
    const snapshot = await loadPair(db, s.athina.id, s.again.id);
    await db.people.delete(s.again.id);
    const before = await everything();
    await expect(commitMerge(db, snapshot, 'left', {})).rejects.toSatisfy(errorKey('errors.mergeMissing'));
    await expect(commitMerge(db, await loadPair(db, s.athina.id, s.again.id), 'left', {})).rejects.toSatisfy(
      errorKey('errors.mergeMissing'),
    );
    await expect(commitMerge(db, await loadPair(db, s.athina.id, s.athina.id), 'left', {})).rejects.toSatisfy(
      errorKey('errors.mergeSelf'),
    );
    expect(await everything()).toEqual(before);
  });
});

describe('the duplicates search job', () => {
  it('reads the directory with progress and finds the pair with its reasons', async () => {
    const s = await seed();
    const replies: ScanReply[] = [];
    await runScan(db, (reply) => replies.push(reply));
    expect(replies[0]).toEqual({ type: 'progress', phase: 'reading', done: 0, total: 3 });
    expect(replies).toContainEqual({ type: 'progress', phase: 'reading', done: 3, total: 3 });
    expect(replies).toContainEqual({ type: 'progress', phase: 'comparing', done: 0, total: 3 });
    const done = replies.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.people).toBe(3);
    expect(pairCount(done.pairs)).toBe(1);
    const pair = candidateAt(done.pairs, 0);
    expect(pairKey(pair.a, pair.b)).toBe(pairKey(s.athina.id, s.again.id));
    expect(pair.reasons).toContain('same-email');
  });
});

describe('pairs set aside as "not a duplicate"', () => {
  it('are remembered in the settings table as a list, and can be taken back', async () => {
    const key = pairKey('01B', '01A');
    await setDismissed(db, key, true);
    await setDismissed(db, pairKey('01C', '01D'), true);
    expect(await readDismissed(db)).toEqual(new Set(['01A|01B', '01C|01D']));
    expect((await db.settings.get(DISMISSED_KEY))?.value).toEqual(['01A|01B', '01C|01D']);
    await setDismissed(db, key, false);
    expect(await readDismissed(db)).toEqual(new Set(['01C|01D']));
  });

  it('read as none when the stored value is not a list', async () => {
    await db.settings.put({ key: DISMISSED_KEY, value: { __proto__: 'x' } });
    expect(await readDismissed(db)).toEqual(new Set());
  });
});
