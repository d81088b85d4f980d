import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDomainError } from '../../shared/domain/errors';
import { newId } from '../../shared/domain/ids';
import { expandSeries } from '../../shared/domain/recurrence';
import { skipOccurrence } from '../../shared/domain/series-edits';
import { draftFromSession, emptySessionDraft, noRepeat, type SessionDraft } from '../../shared/domain/session-draft';
import { planSessionSave } from '../../shared/domain/session-save';
import { buildTimetable } from '../../shared/domain/session-timetable';
import type { Programme, Session } from '../../shared/domain/types';
import { commitChanges } from '../../renderer/db/changes';
import { createDatabase, type DeskDatabase } from '../../renderer/db/schema';
import { commitSessionChanges } from '../../renderer/features/sessions/session-commit';

let db: DeskDatabase;
beforeEach(async () => {
  db = createDatabase(`sessions-${newId()}`);
  await db.open();
  await db.programmes.add(programme);
});
afterEach(async () => {
  await db.delete();
});

const programme: Programme = {
  id: newId(),
  createdAt: '2025-12-01T00:00:00.000Z',
  updatedAt: '2025-12-01T00:00:00.000Z',
  kind: 'webinar-cycle',
  title: { fr: 'Solidarités, musées' },
  region: 'europe',
  venue: { mode: 'online', meeting: { link: 'https://meet.example/icom' } },
  timeZone: 'Europe/Paris',
  startDate: '2026-01-20',
  endDate: '2026-10-20',
  workingLanguages: ['fr'],
  interpretation: ['en', 'es'],
  status: 'confirmed',
  partners: [],
};

const ctx = () => ({ newId, now: new Date().toISOString() });
const stored = async () => (await db.sessions.where('programmeId').equals(programme.id).sortBy('id')) as Session[];
const paris = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
const shown = (sessions: Session[]) =>
  buildTimetable(sessions, programme).days.flatMap((d) =>
    d.entries.map((e) => `${d.date} ${paris.format(new Date(e.occurrence.start))}${e.kind === 'skipped' ? ' skipped' : ''}`),
  );

/** The webinar as a person fills the form: third Tuesday, 13:00–14:30, 10 times. */
function webinarDraft(): SessionDraft {
  const base = emptySessionDraft(programme, '2026-01-20');
  return {
    ...base,
    title: { en: '', fr: 'Solidarités, musées', es: '' },
    kind: 'online-debate',
    startTime: '13:00',
    endTime: '14:30',
    link: 'https://meet.example/icom',
    repeat: { ...noRepeat('2026-01-20'), mode: 'monthly', monthlyBy: 'weekday', count: '10' },
  };
}

async function addSeries(): Promise<Session> {
  const plan = planSessionSave(webinarDraft(), programme, { kind: 'new' }, ctx());
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  await commitSessionChanges(db, plan.changes);
  return (await stored())[0]!;
}

describe('sessions in the database', () => {
  it('adds a series as one record that expands to ten third Tuesdays, and undo removes it', async () => {
    const plan = planSessionSave(webinarDraft(), programme, { kind: 'new' }, ctx());
    if (!plan.ok) throw new Error('invalid');
    const undo = await commitSessionChanges(db, plan.changes);
    const [series] = await stored();
    expect(await db.sessions.count()).toBe(1);
    expect(expandSeries(series!).map((o) => o.occurrenceDate)).toEqual([
      '2026-01-20', '2026-02-17', '2026-03-17', '2026-04-21', '2026-05-19',
      '2026-06-16', '2026-07-21', '2026-08-18', '2026-09-15', '2026-10-20',
    ]);
    expect((await db.audit.toArray()).map((a) => a.action)).toEqual(['create']);
    await commitChanges(db, undo);
    expect(await db.sessions.count()).toBe(0);
  });

  it('edits "this and following" as one changeset, and undo restores the exact records before', async () => {
    const series = await addSeries();
    // A skipped date after the split travels with the new series.
    await commitSessionChanges(db, skipOccurrence(series, '2026-06-16', ctx()));
    const before = await stored();
    const shownBefore = shown(before);

    const april = expandSeries(before[0]!).find((o) => o.occurrenceDate === '2026-04-21')!;
    const draft = { ...draftFromSession(before[0]!, april, 'Europe/Paris'), startTime: '14:00', endTime: '15:30', room: 'Studio' };
    const plan = planSessionSave(draft, programme, { kind: 'edit', session: before[0]!, occurrence: april, scope: 'following' }, ctx());
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    const undo = await commitSessionChanges(db, plan.changes);

    const after = await stored();
    expect(after).toHaveLength(2);
    expect(shown(after)).toEqual([
      '2026-01-20 13:00', '2026-02-17 13:00', '2026-03-17 13:00',
      '2026-04-21 14:00', '2026-05-19 14:00', '2026-06-16 14:00 skipped',
      '2026-07-21 14:00', '2026-08-18 14:00', '2026-09-15 14:00', '2026-10-20 14:00',
    ]);
    expect(after.find((s) => s.id !== series.id)?.room).toBe('Studio');

    await commitChanges(db, undo);
    expect(await stored()).toEqual(before);
    expect(shown(await stored())).toEqual(shownBefore);
  });

  it('moves one occurrence and writes nothing when the form is wrong', async () => {
    const series = await addSeries();
    const march = expandSeries(series).find((o) => o.occurrenceDate === '2026-03-17')!;
    const target = { kind: 'edit' as const, session: series, occurrence: march, scope: 'this' as const };
    const draft = draftFromSession(series, march, 'Europe/Paris');
    const bad = planSessionSave({ ...draft, startTime: '15:00', endTime: '14:00' }, programme, target, ctx());
    expect(bad.ok).toBe(false);
    expect(await stored()).toEqual([series]);

    const plan = planSessionSave({ ...draft, startTime: '14:00', endTime: '15:30' }, programme, target, ctx());
    if (!plan.ok) throw new Error('invalid');
    await commitSessionChanges(db, plan.changes);
    const moved = (await stored()).find((s) => s.seriesId === series.id)!;
    expect(moved).toMatchObject({ originalDate: '2026-03-17', start: '2026-03-17T13:00:00.000Z' });
    expect('recurrence' in moved).toBe(false);
  });

  it('refuses an edit of a series changed elsewhere since it was read, and changes nothing', async () => {
    const series = await addSeries();
    await commitSessionChanges(db, skipOccurrence(series, '2026-02-17', ctx()));
    const now = await stored();
    try {
      // `series` is the stale copy read before the skip.
      await commitSessionChanges(db, skipOccurrence(series, '2026-03-17', { newId, now: '2030-01-01T00:00:00.000Z' }));
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.key).toBe('errors.staleRecord');
    }
    expect(await stored()).toEqual(now);
  });
});
