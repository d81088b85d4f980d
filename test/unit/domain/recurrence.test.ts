import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { DomainError } from '../../../shared/domain/errors';
import { localToInstant } from '../../../shared/domain/dst';
import {
  expandSeries,
  occurrenceKey,
  toExDates,
  toRRule,
  validateRecurrence,
  type Occurrence,
} from '../../../shared/domain/recurrence';
import type { Recurrence, Session } from '../../../shared/domain/types';

function session(start: string, end: string, timeZone: string, recurrence?: Recurrence): Session {
  return {
    id: 'S1',
    createdAt: '2025-12-01T00:00:00.000Z',
    updatedAt: '2025-12-01T00:00:00.000Z',
    programmeId: 'P1',
    title: { en: 'Museums and climate' },
    kind: 'online-debate',
    start,
    end,
    timeZone,
    recurrence,
    speakerIds: [],
    moderatorIds: [],
    interpretation: ['fr', 'en', 'es'],
  };
}

/** A series typed the way a user does: local date, local times, zone. */
function series(date: string, from: string, to: string, timeZone: string, recurrence?: Recurrence): Session {
  return session(localToInstant(date, from, timeZone), localToInstant(date, to, timeZone), timeZone, recurrence);
}

/** "HH:mm–HH:mm" in `zone`, as the agenda prints it. */
function localTimes(o: Occurrence, zone: string): string {
  const hm = (i: string) => Temporal.Instant.from(i).toZonedDateTimeISO(zone).toPlainTime().toString().slice(0, 5);
  return `${hm(o.start)}–${hm(o.end)}`;
}

function thrownKey(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.key;
    throw error;
  }
  return undefined;
}

const THIRD_TUESDAY: Recurrence = { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 };
const webinar = series('2026-01-20', '13:00', '14:30', 'Europe/Paris', THIRD_TUESDAY);

describe('expandSeries: the Paris webinar, every third Tuesday 13:00–14:30, 10 times', () => {
  const occurrences = expandSeries(webinar);

  it('falls on the third Tuesday of each month', () => {
    expect(occurrences.map((o) => o.occurrenceDate)).toEqual([
      '2026-01-20', '2026-02-17', '2026-03-17', '2026-04-21', '2026-05-19',
      '2026-06-16', '2026-07-21', '2026-08-18', '2026-09-15', '2026-10-20',
    ]);
  });

  it('stays 13:00–14:30 in Paris, so UTC moves an hour at the EU changes (29 Mar, 25 Oct)', () => {
    expect(occurrences.every((o) => localTimes(o, 'Europe/Paris') === '13:00–14:30')).toBe(true);
    expect(occurrences.map((o) => o.start)).toEqual([
      '2026-01-20T12:00:00.000Z', '2026-02-17T12:00:00.000Z', '2026-03-17T12:00:00.000Z',
      '2026-04-21T11:00:00.000Z', '2026-05-19T11:00:00.000Z', '2026-06-16T11:00:00.000Z',
      '2026-07-21T11:00:00.000Z', '2026-08-18T11:00:00.000Z', '2026-09-15T11:00:00.000Z',
      '2026-10-20T11:00:00.000Z',
    ]);
    expect(occurrences[0]?.end).toBe('2026-01-20T13:30:00.000Z');
    expect(occurrences[9]?.end).toBe('2026-10-20T12:30:00.000Z');
  });

  it('names each occurrence by its series and local date', () => {
    expect(occurrences[2]).toMatchObject({ sessionId: 'S1', seriesId: 'S1', occurrenceDate: '2026-03-17' });
    expect(new Set(occurrences.map(occurrenceKey)).size).toBe(10);
  });
});

describe('expandSeries: wall-clock time across DST changes in other zones', () => {
  it('New York, every Monday 09:00–10:00 from 2 Mar to 9 Nov 2026: local time kept, UTC shifts on 8 Mar and 1 Nov', () => {
    const s = series('2026-03-02', '09:00', '10:00', 'America/New_York', { freq: 'weekly', interval: 1, until: '2026-11-09' });
    const occurrences = expandSeries(s);
    expect(occurrences).toHaveLength(37);
    expect(occurrences.every((o) => localTimes(o, 'America/New_York') === '09:00–10:00')).toBe(true);
    const byDate = new Map(occurrences.map((o) => [o.occurrenceDate, o.start]));
    expect(byDate.get('2026-03-02')).toBe('2026-03-02T14:00:00.000Z');
    expect(byDate.get('2026-03-09')).toBe('2026-03-09T13:00:00.000Z');
    expect(byDate.get('2026-10-26')).toBe('2026-10-26T13:00:00.000Z');
    expect(byDate.get('2026-11-02')).toBe('2026-11-02T14:00:00.000Z');
  });

  it('Lagos has no DST: 10:00 local is 09:00 UTC all year', () => {
    const s = series('2026-01-15', '10:00', '12:00', 'Africa/Lagos', { freq: 'monthly', interval: 1, count: 12 });
    const occurrences = expandSeries(s);
    expect(occurrences.map((o) => o.start.slice(11))).toEqual(Array(12).fill('09:00:00.000Z'));
    expect(occurrences[11]?.occurrenceDate).toBe('2026-12-15');
  });

  it('Sydney (southern hemisphere): 18:00 kept when DST ends on 5 Apr and starts on 4 Oct 2026', () => {
    const s = series('2026-03-25', '18:00', '19:30', 'Australia/Sydney', { freq: 'weekly', interval: 1, byDay: ['WE'], until: '2026-10-14' });
    const occurrences = expandSeries(s);
    expect(occurrences.every((o) => localTimes(o, 'Australia/Sydney') === '18:00–19:30')).toBe(true);
    const byDate = new Map(occurrences.map((o) => [o.occurrenceDate, o.start]));
    expect(byDate.get('2026-04-01')).toBe('2026-04-01T07:00:00.000Z'); // AEDT, UTC+11
    expect(byDate.get('2026-04-08')).toBe('2026-04-08T08:00:00.000Z'); // AEST, UTC+10
    expect(byDate.get('2026-09-30')).toBe('2026-09-30T08:00:00.000Z');
    expect(byDate.get('2026-10-07')).toBe('2026-10-07T07:00:00.000Z');
  });
});

describe('expandSeries: the spring-forward gap (Paris, 29 Mar 2026, 02:00 → 03:00)', () => {
  it('a daily 02:30–03:30 session moves to 03:30–04:30 CEST on the gap day, then back to 02:30', () => {
    const s = series('2026-03-28', '02:30', '03:30', 'Europe/Paris', { freq: 'daily', interval: 1, count: 3 });
    const occurrences = expandSeries(s);
    expect(occurrences.map((o) => [o.occurrenceDate, o.start, o.end])).toEqual([
      ['2026-03-28', '2026-03-28T01:30:00.000Z', '2026-03-28T02:30:00.000Z'],
      ['2026-03-29', '2026-03-29T01:30:00.000Z', '2026-03-29T02:30:00.000Z'],
      ['2026-03-30', '2026-03-30T00:30:00.000Z', '2026-03-30T01:30:00.000Z'],
    ]);
    expect(occurrences.map((o) => localTimes(o, 'Europe/Paris'))).toEqual(['02:30–03:30', '03:30–04:30', '02:30–03:30']);
  });

  it('a series whose first session is typed at 02:30 on the gap day starts at 03:30 and keeps 03:30', () => {
    expect(localToInstant('2026-03-29', '02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    // The form resolves the start, then adds the length: resolving 02:30 and 03:30 apart would give 03:30–03:30.
    const s = session('2026-03-29T01:30:00.000Z', '2026-03-29T02:30:00.000Z', 'Europe/Paris', { freq: 'daily', interval: 1, count: 2 });
    expect(expandSeries(s).map((o) => localTimes(o, 'Europe/Paris'))).toEqual(['03:30–04:30', '03:30–04:30']);
  });
});

describe('expandSeries: the rule', () => {
  it('a session without recurrence is one occurrence', () => {
    const s = series('2022-11-21', '09:00', '10:30', 'Africa/Lagos');
    expect(expandSeries(s)).toEqual([
      { sessionId: 'S1', seriesId: 'S1', occurrenceDate: '2022-11-21', start: '2022-11-21T08:00:00.000Z', end: '2022-11-21T09:30:00.000Z' },
    ]);
  });

  it('monthly on the 31st skips the months without one', () => {
    const s = series('2026-01-31', '10:00', '11:00', 'Europe/Paris', { freq: 'monthly', interval: 1, count: 6 });
    expect(expandSeries(s).map((o) => o.occurrenceDate)).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31']);
  });

  it('bySetPos -1 is the last such weekday of the month; with Monday–Friday, the last working day', () => {
    const lastFriday = series('2026-01-30', '16:00', '17:00', 'Europe/Paris', { freq: 'monthly', interval: 1, byDay: ['FR'], bySetPos: -1, count: 4 });
    expect(expandSeries(lastFriday).map((o) => o.occurrenceDate)).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']);
    const lastWorkingDay = series('2026-01-30', '16:00', '17:00', 'Europe/Paris', {
      freq: 'monthly', interval: 1, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], bySetPos: -1, count: 5,
    });
    expect(expandSeries(lastWorkingDay).map((o) => o.occurrenceDate)).toEqual(['2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30', '2026-05-29']);
  });

  it('a fifth Tuesday is skipped in months that have only four', () => {
    const s = series('2026-03-31', '13:00', '14:00', 'Europe/Paris', { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 5, count: 4 });
    expect(expandSeries(s).map((o) => o.occurrenceDate)).toEqual(['2026-03-31', '2026-06-30', '2026-09-29', '2026-12-29']);
  });

  it('weekly on several days, every other week', () => {
    const s = series('2026-02-02', '09:00', '10:00', 'Africa/Lagos', { freq: 'weekly', interval: 2, byDay: ['FR', 'MO', 'WE'], count: 7 });
    expect(expandSeries(s).map((o) => o.occurrenceDate)).toEqual([
      '2026-02-02', '2026-02-04', '2026-02-06', '2026-02-16', '2026-02-18', '2026-02-20', '2026-03-02',
    ]);
  });

  it('skipped dates still count toward the number of sessions (RFC 5545)', () => {
    const s = { ...webinar, recurrence: { ...THIRD_TUESDAY, exceptions: ['2026-08-18', '2026-12-15'] } };
    const dates = expandSeries(s).map((o) => o.occurrenceDate);
    expect(dates).toHaveLength(9);
    expect(dates).not.toContain('2026-08-18');
    expect(dates.at(-1)).toBe('2026-10-20');
  });

  it('until is an inclusive local date', () => {
    const until = (date: string) => ({ ...webinar, recurrence: { ...THIRD_TUESDAY, count: undefined, until: date } });
    expect(expandSeries(until('2026-10-20')).map((o) => o.occurrenceDate).at(-1)).toBe('2026-10-20');
    expect(expandSeries(until('2026-10-20'))).toHaveLength(10);
    expect(expandSeries(until('2026-10-19'))).toHaveLength(9);
  });

  it('refuses a rule that never ends, or ends too late', () => {
    const rule = (r: Partial<Recurrence>) => ({ ...webinar, recurrence: { ...THIRD_TUESDAY, ...r } });
    expect(thrownKey(() => expandSeries(rule({ count: undefined })))).toBe('errors.recurrenceUnbounded');
    expect(thrownKey(() => expandSeries(rule({ count: 1001 })))).toBe('errors.recurrenceTooLong');
    expect(thrownKey(() => expandSeries(rule({ count: undefined, until: '2036-01-21' })))).toBe('errors.recurrenceTooLong');
    expect(expandSeries(rule({ count: undefined, until: '2036-01-20' }))).toHaveLength(121);
    // Once a year for 20 years: few occurrences, but longer than 10 years, even when only 2026 is shown.
    expect(thrownKey(() => expandSeries(rule({ interval: 12, count: 20 })))).toBe('errors.recurrenceTooLong');
    const in2026 = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
    expect(thrownKey(() => expandSeries(rule({ interval: 12, count: 20 }), in2026))).toBe('errors.recurrenceTooLong');
  });

  it('refuses a first session that is not on the rule', () => {
    const wednesday = series('2026-01-21', '13:00', '14:30', 'Europe/Paris', THIRD_TUESDAY);
    expect(thrownKey(() => expandSeries(wednesday))).toBe('errors.recurrenceStartMismatch');
  });

  it('returns only occurrences overlapping the range, including one still running at its start', () => {
    const inRange = (from: string, to: string) => expandSeries(webinar, { from, to }).map((o) => o.occurrenceDate);
    expect(inRange('2026-04-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z')).toEqual(['2026-04-21', '2026-05-19', '2026-06-16']);
    // 17 Mar runs 12:00–13:30Z.
    expect(inRange('2026-03-17T13:00:00.000Z', '2026-03-18T00:00:00.000Z')).toEqual(['2026-03-17']);
    expect(inRange('2026-03-17T13:30:00.000Z', '2026-04-21T11:00:00.000Z')).toEqual([]);
  });

  it('caps the output at options.max', () => {
    const daily = series('2026-01-01', '08:00', '09:00', 'Europe/Paris', { freq: 'daily', interval: 1, count: 1000 });
    expect(expandSeries(daily)).toHaveLength(1000);
    expect(expandSeries(daily, undefined, { max: 0 })).toEqual([]);
    expect(expandSeries(daily, undefined, { max: 5 }).map((o) => o.occurrenceDate)).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05',
    ]);
  });

  it('gives the same dates as ical.js for the same RRULE', () => {
    const cases: [string, Recurrence][] = [
      ['2026-01-20', THIRD_TUESDAY],
      ['2026-01-31', { freq: 'monthly', interval: 1, count: 12 }],
      ['2026-01-30', { freq: 'monthly', interval: 1, byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], bySetPos: -1, count: 12 }],
      ['2026-02-04', { freq: 'weekly', interval: 3, byDay: ['MO', 'WE', 'SA'], count: 20 }],
      ['2026-03-05', { freq: 'daily', interval: 2, byDay: ['TH', 'FR'], count: 10 }],
    ];
    for (const [date, r] of cases) {
      const ours = expandSeries(series(date, '13:00', '14:00', 'Europe/Paris', r)).map((o) => o.occurrenceDate);
      const iterator = ICAL.Recur.fromString(toRRule(r, 'Europe/Paris')).iterator(ICAL.Time.fromDateTimeString(`${date}T13:00:00`));
      const theirs: string[] = [];
      for (let next = iterator.next(); next; next = iterator.next()) theirs.push(next.toString().slice(0, 10));
      expect(ours, toRRule(r, 'Europe/Paris')).toEqual(theirs);
    }
  });
});

describe('validateRecurrence', () => {
  const keys = (r: Recurrence, start?: string) => validateRecurrence(r, start).map((e) => e.key);

  it('accepts the webinar rule', () => {
    expect(keys(THIRD_TUESDAY, '2026-01-20')).toEqual([]);
  });

  it('names every problem, each with its own message key', () => {
    expect(keys({ freq: 'weekly', interval: 0, byDay: [], bySetPos: 2, count: 1.5 })).toEqual([
      'errors.recurrenceInterval', 'errors.recurrenceByDay', 'errors.recurrenceBySetPosNeedsMonthlyDay', 'errors.recurrenceCount',
    ]);
    expect(keys({ freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 6, count: 3 })).toEqual(['errors.recurrenceBySetPos']);
    expect(keys({ freq: 'monthly', interval: 1, until: '2026-02-30' })).toEqual(['errors.recurrenceUntil']);
    expect(keys({ freq: 'monthly', interval: 1, until: '2025-12-31' }, '2026-01-20')).toEqual(['errors.recurrenceUntilBeforeStart']);
    expect(keys({ freq: 'daily', interval: 1 })).toEqual(['errors.recurrenceUnbounded']);
    expect(keys({ freq: 'daily', interval: 1, count: 3, until: '2026-03-01' })).toEqual(['errors.recurrenceCountAndUntil']);
    expect(keys({ freq: 'daily', interval: 1, count: 3, exceptions: ['17/03/2026'] })).toEqual(['errors.recurrenceException']);
  });

  it('carries the wrong value for the message', () => {
    expect(validateRecurrence({ freq: 'daily', interval: -2, count: 1 })[0]?.params).toEqual({ value: '-2' });
  });
});

describe('toRRule', () => {
  it('writes the webinar as an RFC 5545 RRULE', () => {
    expect(toRRule(THIRD_TUESDAY, 'Europe/Paris')).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=3;COUNT=10');
  });

  it('writes UNTIL as the last second of the local day, in UTC', () => {
    const until: Recurrence = { ...THIRD_TUESDAY, count: undefined, until: '2026-10-20' };
    expect(toRRule(until, 'Europe/Paris')).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=3;UNTIL=20261020T215959Z');
    expect(toRRule({ freq: 'weekly', interval: 1, until: '2026-11-09' }, 'America/New_York')).toBe('FREQ=WEEKLY;INTERVAL=1;UNTIL=20261110T045959Z');
    expect(toRRule({ freq: 'daily', interval: 1, until: '2026-06-30' }, 'Australia/Sydney')).toBe('FREQ=DAILY;INTERVAL=1;UNTIL=20260630T135959Z');
  });

  it('orders the days Monday first', () => {
    expect(toRRule({ freq: 'weekly', interval: 2, byDay: ['FR', 'MO'], count: 4 }, 'UTC')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=4');
  });

  it('refuses a rule that never ends', () => {
    expect(thrownKey(() => toRRule({ freq: 'daily', interval: 1 }, 'Europe/Paris'))).toBe('errors.recurrenceUnbounded');
  });

  it('gives EXDATE values at the series’ local time', () => {
    const s = { ...webinar, recurrence: { ...THIRD_TUESDAY, exceptions: ['2026-08-18', '2026-04-21'] } };
    expect(toExDates(s)).toEqual(['20260421T130000', '20260818T130000']);
  });
});
