import 'fake-indexeddb/auto';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expandSeries } from '../../../shared/domain/recurrence';
import type { Programme, Session } from '../../../shared/domain/types';
import { createDatabase, type DeskDatabase } from '../../../renderer/db/schema';
import { buildEvents, isOverview, type CalendarFilter, type VisibleRange } from '../../../renderer/features/calendar/range';
import { isLong, readLongSessions, readRange } from '../../../renderer/features/calendar/read-range';
import { programme, session, WEBINAR, WEBINAR_PROGRAMME } from './fixtures';

const LAGOS = programme({ id: 'P-LAGOS' });
const CAPE_TOWN = programme({ id: 'P-CPT', title: { en: 'Cape Town 2019' }, timeZone: 'Africa/Johannesburg', startDate: '2019-11-11', endDate: '2019-11-15' });
const lagosDay = (id: string, date: string, from: string, to: string) =>
  session({ id, programmeId: 'P-LAGOS', title: { en: id } }, { date, from, to, zone: 'Africa/Lagos' });
const LAGOS_SESSIONS = [lagosDay('Opening', '2022-11-21', '09:00', '10:00'), lagosDay('Visit', '2022-11-23', '09:00', '12:30'), lagosDay('Closing', '2022-11-25', '14:00', '15:30')];
const CAPE_TOWN_SESSION = session({ id: 'CPT-1', programmeId: 'P-CPT' }, { date: '2019-11-11', from: '09:00', to: '10:30', zone: 'Africa/Johannesburg' });
const PROGRAMMES = [LAGOS, CAPE_TOWN, WEBINAR_PROGRAMME];
const SESSIONS: Session[] = [...LAGOS_SESSIONS, CAPE_TOWN_SESSION, WEBINAR];
const byId = new Map<string, Programme>(PROGRAMMES.map((p) => [p.id, p]));

/** The range a month view of `month` asks for in `zone` (Monday-first, six weeks). */
function monthView(firstDate: string, endDate: string, zone: string): VisibleRange {
  const instant = (date: string) => Temporal.PlainDate.from(date).toZonedDateTime(zone).toInstant().toString({ fractionalSecondDigits: 3 });
  return { from: instant(firstDate), to: instant(endDate), firstDate, endDate };
}
let db: DeskDatabase;
beforeAll(async () => {
  db = createDatabase(`calendar-range-${Math.random()}`);
  await db.open();
  await db.programmes.bulkPut(PROGRAMMES);
  await db.sessions.bulkPut(SESSIONS);
});
afterAll(async () => {
  await db.delete();
});

const NOV_2022 = monthView('2022-10-31', '2022-12-12', 'Europe/Paris');
const MAR_2026 = monthView('2026-02-23', '2026-04-06', 'America/New_York');

describe('readRange', () => {
  it('reads the programmes overlapping the range and the sessions starting in it, nothing earlier or later', async () => {
    const read = await readRange(db, NOV_2022, {}, await readLongSessions(db));
    expect(read.programmes.map((p) => p.id)).toEqual(['P-LAGOS']);
    // Only the three Lagos sessions: Cape Town (2019) and the webinar (2026) are never read.
    expect(read.sessionsRead).toBe(3);
    expect(read.sessions.map((s) => s.id).sort()).toEqual(['Closing', 'Opening', 'Visit']);
  });

  it('takes a series that started before the range from the long sessions, not from the database', async () => {
    const long = await readLongSessions(db);
    expect(long.map((s) => s.id)).toEqual(['S-WEB']);
    const read = await readRange(db, MAR_2026, {}, long);
    expect(read.sessionsRead).toBe(0);
    expect(read.sessions.map((s) => s.id)).toEqual(['S-WEB']);
    // Once it can no longer reach the range, it is left out before any expansion.
    expect((await readRange(db, monthView('2027-02-01', '2027-03-01', 'UTC'), {}, long)).sessions).toEqual([]);
  });

  it('keeps one-offs lasting days with the series, so the start window never misses them', () => {
    const week = session({ id: 'EXPO', programmeId: 'P-LAGOS' }, { date: '2022-11-21', from: '09:00', to: '10:00', zone: 'UTC' });
    expect(isLong(week)).toBe(false);
    expect(isLong({ ...week, end: '2022-11-28T10:00:00.000Z' })).toBe(true);
    expect(isLong(WEBINAR)).toBe(true);
  });

  it('reads one programme’s sessions through its own index when it is selected', async () => {
    const read = await readRange(db, NOV_2022, { programmeId: 'P-LAGOS' }, []);
    expect(read.sessionsRead).toBe(3);
    expect(read.programmes.map((p) => p.id)).toEqual(['P-LAGOS']);
    expect((await readRange(db, MAR_2026, { programmeId: 'P-LAGOS' }, [WEBINAR])).sessions).toEqual([]);
  });

  it('reads no session at all for the year overview', async () => {
    const year = monthView('2022-01-01', '2023-01-01', 'UTC');
    expect(isOverview(year)).toBe(true);
    expect(isOverview(NOV_2022)).toBe(false);
    const read = await readRange(db, year, {}, []);
    expect(read.sessionsRead).toBe(0);
    expect(read.programmes.map((p) => p.id)).toEqual(['P-LAGOS']);
  });
});

describe('buildEvents', () => {
  const build = async (range: VisibleRange, filter: CalendarFilter, zone: string) =>
    buildEvents(await readRange(db, range, filter, await readLongSessions(db)), range, filter, byId, zone, 'en');

  it('gives the Lagos span and its sessions in November 2022', async () => {
    const events = await build(NOV_2022, {}, 'Europe/Paris');
    expect(events.map((e) => e.id)).toEqual(['programme:P-LAGOS', 'session:Opening@2022-11-21', 'session:Visit@2022-11-23', 'session:Closing@2022-11-25']);
  });

  it('expands the webinar for the range only, with its DST note in New York', async () => {
    const events = await build(MAR_2026, {}, 'America/New_York');
    const sessions = events.filter((e) => e.extendedProps.item.type === 'session');
    expect(sessions.map((e) => e.id)).toEqual(['session:S-WEB@2026-03-17']);
    expect(sessions[0]!.extendedProps.item).toMatchObject({ dst: { time: '08:00', usualTime: '07:00' } });
    expect(events[0]!.id).toBe('programme:P-WEB');
  });

  it('leaves out what the kind or region filter excludes', async () => {
    expect(await build(NOV_2022, { kind: 'webinar-cycle' }, 'UTC')).toEqual([]);
    expect((await build(NOV_2022, { region: 'africa' }, 'UTC')).length).toBe(4);
    expect(await build(MAR_2026, { region: 'africa' }, 'UTC')).toEqual([]);
  });

  it('leaves out a session it cannot expand, says so in the log, and shows the rest', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { ...WEBINAR, id: 'BROKEN', recurrence: { freq: 'weekly' as const, interval: 0, count: 3 } };
    const range = { from: WEBINAR.start, to: '2026-12-31T00:00:00.000Z' };
    const events = buildEvents({ programmes: [], sessions: [broken, WEBINAR] }, range, {}, byId, 'Europe/Paris', 'en');
    expect(events).toHaveLength(expandSeries(WEBINAR).length);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('BROKEN'), expect.anything());
    error.mockRestore();
  });
});
