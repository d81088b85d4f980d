import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../shared/domain/recurrence';
import {
  draftFromSession,
  draftTimes,
  emptySessionDraft,
  gapStartTime,
  recurrenceFromDraft,
  sessionFromDraft,
} from '../../../shared/domain/session-draft';
import { webinarProgramme as programme, webinarSeries } from './session-fixtures';

const paris = 'Europe/Paris';

describe('local date and time → instants, Paris across 29 March 2026', () => {
  it('is UTC+1 the day before and UTC+2 the day after', () => {
    expect(draftTimes({ date: '2026-03-28', startTime: '13:00', endTime: '14:30' }, paris)).toEqual({
      start: '2026-03-28T12:00:00.000Z',
      end: '2026-03-28T13:30:00.000Z',
    });
    expect(draftTimes({ date: '2026-03-30', startTime: '13:00', endTime: '14:30' }, paris)).toEqual({
      start: '2026-03-30T11:00:00.000Z',
      end: '2026-03-30T12:30:00.000Z',
    });
  });

  it('moves a start in the gap to 03:30 and keeps the length, so it never lasts no time', () => {
    const times = draftTimes({ date: '2026-03-29', startTime: '02:30', endTime: '03:30' }, paris);
    // 02:30 does not exist: the session runs 03:30–04:30 CEST, one hour.
    expect(times).toEqual({ start: '2026-03-29T01:30:00.000Z', end: '2026-03-29T02:30:00.000Z' });
    expect(gapStartTime({ date: '2026-03-29', startTime: '02:30' }, paris)).toBe('03:30');
    expect(gapStartTime({ date: '2026-03-29', startTime: '03:00' }, paris)).toBeUndefined();
  });

  it('spans the change correctly when a session runs across it', () => {
    // 01:00–04:00 local is three hours on the clock but two hours of real time.
    const times = draftTimes({ date: '2026-03-29', startTime: '01:00', endTime: '04:00' }, paris)!;
    expect(times.start).toBe('2026-03-29T00:00:00.000Z');
    expect(times.end).toBe('2026-03-29T03:00:00.000Z');
  });

  it('gives nothing for an end at or before the start, or a bad date', () => {
    expect(draftTimes({ date: '2026-03-29', startTime: '10:00', endTime: '10:00' }, paris)).toBeUndefined();
    expect(draftTimes({ date: '2026-02-30', startTime: '10:00', endTime: '11:00' }, paris)).toBeUndefined();
  });
});

describe('drafts and records', () => {
  it('a new draft starts on the programme’s first day in its working language', () => {
    const draft = emptySessionDraft(programme);
    expect(draft.date).toBe('2026-01-20');
    expect(draft.language).toBe('fr');
    expect(draft.interpretation).toEqual(['en', 'es']);
    // Opening "monthly" on 20 Jan 2026 proposes "the third Tuesday".
    expect(draft.repeat).toMatchObject({ setPos: 3, monthWeekday: 'TU', weekdays: ['TU'] });
  });

  it('reads an occurrence into the form in Paris time, with the series rule', () => {
    const april = expandSeries(webinarSeries).find((o) => o.occurrenceDate === '2026-04-21')!;
    const draft = draftFromSession(webinarSeries, april, paris);
    expect(draft).toMatchObject({ date: '2026-04-21', startTime: '13:00', endTime: '14:30', link: 'https://meet.example/icom' });
    expect(recurrenceFromDraft(draft.repeat)).toEqual({ freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 });
  });

  it('writes a series that expands to the rule and leaves out empty fields', () => {
    const draft = {
      ...emptySessionDraft(programme, '2026-03-17'),
      title: { en: ' Regional roundtable ', fr: '', es: '' },
      kind: 'online-debate' as const,
      startTime: '16:00',
      endTime: '17:00',
      repeat: { ...emptySessionDraft(programme, '2026-03-17').repeat, mode: 'monthly' as const, count: '5' },
    };
    const session = sessionFromDraft(draft, programme, { id: 'NEW', now: '2026-03-01T00:00:00.000Z' });
    expect(session.title).toEqual({ en: 'Regional roundtable' });
    expect('room' in session).toBe(false);
    expect(session.recurrence).toEqual({ freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 5 });
    expect(expandSeries(session).map((o) => o.occurrenceDate)).toEqual(['2026-03-17', '2026-04-21', '2026-05-19', '2026-06-16', '2026-07-21']);
    // 16:00 Paris on both sides of the clock change.
    expect(expandSeries(session).map((o) => o.start.slice(11, 16))).toEqual(['15:00', '14:00', '14:00', '14:00', '14:00']);
  });
});
