import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { localToInstant } from '../../../shared/domain/dst';
import { expandSeries } from '../../../shared/domain/recurrence';
import type { Session } from '../../../shared/domain/types';
import { movesOutsideProgramme, planMove, type Move } from '../../../renderer/features/calendar/moves';
import { programme, session, WEBINAR } from './fixtures';

let n = 0;
const ctx = { newId: () => `NEW-${++n}`, now: '2026-03-01T10:00:00.000Z' };
const LAGOS = programme({ id: 'P-LAGOS' });
const OPENING = session({ id: 'S-OPEN', programmeId: 'P-LAGOS' }, { date: '2022-11-21', from: '09:00', to: '10:00', zone: 'Africa/Lagos' });
const march = expandSeries(WEBINAR).find((o) => o.occurrenceDate === '2026-03-17')!;
const paris = (instant: string) => Temporal.Instant.from(instant).toZonedDateTimeISO('Europe/Paris').toPlainDateTime().toString();

/** The 17 March webinar, dropped at a time read on a New York calendar. */
const droppedInNewYork = (time: string): Move => {
  const start = localToInstant('2026-03-17', time, 'America/New_York');
  return {
    session: WEBINAR,
    occurrenceDate: '2026-03-17',
    from: { start: march.start, end: march.end },
    to: { start, end: Temporal.Instant.from(start).add({ minutes: 90 }).toString({ fractionalSecondDigits: 3 }) },
  };
};

describe('planMove', () => {
  it('moves a one-off session to the dropped instants, one change on the sessions table', () => {
    const to = { start: localToInstant('2022-11-22', '11:00', 'Africa/Lagos'), end: localToInstant('2022-11-22', '12:00', 'Africa/Lagos') };
    const changes = planMove({ session: OPENING, occurrenceDate: '2022-11-21', from: OPENING, to }, 'this', ctx);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ table: 'sessions', before: OPENING, after: { id: 'S-OPEN', ...to, timeZone: 'Africa/Lagos' } });
  });

  it('“This session only”, dropped at 10:00 on a New York calendar, stores 15:00 Paris on a detached occurrence', () => {
    const changes = planMove(droppedInNewYork('10:00'), 'this', ctx);
    const series = changes.find((c) => c.before?.id === 'S-WEB')!.after as Session;
    const detached = changes.find((c) => c.before === null)!.after as Session;
    expect(series.recurrence?.exceptions).toEqual(['2026-03-17']);
    expect(detached).toMatchObject({ seriesId: 'S-WEB', originalDate: '2026-03-17', timeZone: 'Europe/Paris' });
    expect(detached.recurrence).toBeUndefined();
    expect(paris(detached.start)).toBe('2026-03-17T15:00:00');
  });

  it('“All sessions”, one hour later on a New York calendar, is one hour later in Paris all year, across both DST changes', () => {
    const changes = planMove(droppedInNewYork('09:00'), 'all', ctx);
    expect(changes).toHaveLength(1);
    const series = changes[0]!.after as Session;
    const times = expandSeries(series).map((o) => paris(o.start).slice(11, 16));
    expect(times).toEqual(Array(10).fill('14:00'));
  });

  it('changes only the end for a resize, and nothing when nothing moved', () => {
    const end = localToInstant('2026-03-17', '15:00', 'Europe/Paris');
    const changes = planMove({ session: WEBINAR, occurrenceDate: '2026-03-17', from: march, to: { start: march.start, end } }, 'all', ctx);
    const series = changes[0]!.after as Session;
    expect(series.start).toBe(WEBINAR.start);
    expect(expandSeries(series).map((o) => paris(o.end).slice(11, 16))).toEqual(Array(10).fill('15:00'));
    expect(planMove({ session: WEBINAR, occurrenceDate: '2026-03-17', from: march, to: march }, 'all', ctx)).toEqual([]);
  });
});

describe('movesOutsideProgramme', () => {
  const moveOpening = (date: string) => {
    const to = { start: localToInstant(date, '09:00', 'Africa/Lagos'), end: localToInstant(date, '10:00', 'Africa/Lagos') };
    const move = { session: OPENING, occurrenceDate: '2022-11-21', from: OPENING, to };
    return movesOutsideProgramme(move, planMove(move, 'this', ctx), LAGOS);
  };

  it('warns for a drop after the last day of the programme, read in its zone', () => {
    expect(moveOpening('2022-11-26')).toBe(true);
    expect(moveOpening('2022-11-25')).toBe(false);
  });

  it('warns when a whole series is pushed past the programme’s last day', () => {
    const webinar = programme({ id: 'P-WEB', timeZone: 'Europe/Paris', startDate: '2026-01-20', endDate: '2026-10-20' });
    const oneDayLater = { ...droppedInNewYork('08:00'), to: { start: localToInstant('2026-03-18', '13:00', 'Europe/Paris'), end: localToInstant('2026-03-18', '14:30', 'Europe/Paris') } };
    expect(movesOutsideProgramme(oneDayLater, planMove(oneDayLater, 'all', ctx), webinar)).toBe(true);
    const sameDay = droppedInNewYork('09:00');
    expect(movesOutsideProgramme(sameDay, planMove(sameDay, 'all', ctx), webinar)).toBe(false);
  });
});
