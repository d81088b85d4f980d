import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../shared/domain/recurrence';
import { draftFromSession, emptySessionDraft, type SessionDraft } from '../../../shared/domain/session-draft';
import { canEditRule, planSessionSave } from '../../../shared/domain/session-save';
import type { Session } from '../../../shared/domain/types';
import { webinarProgramme as programme, webinarSeries as series } from './session-fixtures';

let n = 0;
const ctx = { newId: () => `NEW${++n}`, now: '2026-02-01T10:00:00.000Z' };
const march = expandSeries(series).find((o) => o.occurrenceDate === '2026-03-17')!;
const edit = (scope: 'this' | 'following' | 'all') => ({ kind: 'edit' as const, session: series, occurrence: march, scope });

/** Occurrence dates and local start times after applying a plan. */
function shown(changes: { before: Session | null; after: Session | null }[]) {
  const byId = new Map([[series.id, series]]);
  for (const c of changes) {
    if (c.after) byId.set(c.after.id, c.after);
    else if (c.before) byId.delete(c.before.id);
  }
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
  return [...byId.values()]
    .flatMap((s) => expandSeries(s))
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((o) => `${o.occurrenceDate} ${time.format(new Date(o.start))}`);
}

describe('planSessionSave', () => {
  it('adds a new session, and refuses a bad draft with nothing to write', () => {
    const draft: SessionDraft = { ...emptySessionDraft(programme), title: { en: 'Opening', fr: '', es: '' }, kind: 'plenary' };
    const plan = planSessionSave(draft, programme, { kind: 'new' }, ctx);
    expect(plan.ok && plan.changes.map((c) => [c.before, c.after?.title])).toEqual([[null, { en: 'Opening' }]]);
    const bad = planSessionSave({ ...draft, endTime: '08:00' }, programme, { kind: 'new' }, ctx);
    expect(bad).toEqual({ ok: false, errors: [expect.objectContaining({ field: 'endTime', key: 'sessions.errors.endNotAfterStart' })] });
  });

  it('moves one occurrence an hour later and leaves the others', () => {
    const draft = { ...draftFromSession(series, march, 'Europe/Paris'), startTime: '14:00', endTime: '15:30' };
    const plan = planSessionSave(draft, programme, edit('this'), ctx);
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    const after = shown(plan.changes);
    expect(after).toContain('2026-03-17 14:00');
    expect(after.filter((s) => s.endsWith('13:00'))).toHaveLength(9);
    // Nothing stored carries an undefined property.
    for (const c of plan.changes) expect(Object.values(c.after ?? {})).not.toContain(undefined);
  });

  it('keeps the series rule for one occurrence, even if the form’s rule was tampered with', () => {
    expect(canEditRule(edit('this'))).toBe(false);
    const draft = draftFromSession(series, march, 'Europe/Paris');
    const plan = planSessionSave({ ...draft, repeat: { ...draft.repeat, count: '' } }, programme, edit('this'), ctx);
    expect(plan.ok).toBe(true);
  });

  it('changes the rule of the whole series, checked from its first session', () => {
    const draft = draftFromSession(series, march, 'Europe/Paris');
    const five = planSessionSave({ ...draft, repeat: { ...draft.repeat, count: '5' } }, programme, edit('all'), ctx);
    expect(five.ok && shown(five.changes)).toEqual(['2026-01-20 13:00', '2026-02-17 13:00', '2026-03-17 13:00', '2026-04-21 13:00', '2026-05-19 13:00']);
    // "The second Tuesday" fits neither 17 March nor the series' first session on 20 January.
    const second = planSessionSave({ ...draft, repeat: { ...draft.repeat, setPos: 2 } }, programme, edit('all'), ctx);
    expect(second.ok).toBe(false);
  });

  it('turns a single session into a series', () => {
    const single: Session = { ...series, id: 'ONE', recurrence: undefined };
    delete single.recurrence;
    const occurrence = expandSeries(single)[0]!;
    const draft = draftFromSession(single, occurrence, 'Europe/Paris');
    const plan = planSessionSave({ ...draft, repeat: { ...draft.repeat, mode: 'weekly', count: '3' } }, programme, { kind: 'edit', session: single, occurrence, scope: 'all' }, ctx);
    expect(plan.ok && plan.changes[0]!.after?.recurrence).toEqual({ freq: 'weekly', interval: 1, byDay: ['TU'], count: 3 });
  });
});
