import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { isId, newId } from '../../../shared/domain/ids';
import {
  daysBetween,
  duplicateProgramme,
  sameDateNextYear,
  shiftInstantKeepingLocalTime,
} from '../../../shared/domain/programme-rules';
import type { Programme, Session } from '../../../shared/domain/types';

const created = '2025-12-01T10:00:00.000Z';
const now = '2026-09-01T08:00:00.000Z';

function cycle(): { programme: Programme; sessions: Session[] } {
  const programme: Programme = {
    id: newId(),
    createdAt: created,
    updatedAt: created,
    importBatchId: newId(),
    kind: 'webinar-cycle',
    title: { fr: 'Solidarités, musées : de quoi parle-t-on ?' },
    region: 'europe',
    venue: { mode: 'online', meeting: { platform: 'Zoom', link: 'https://zoom.example/j/1', passcode: 'Musees26' } },
    timeZone: 'Europe/Paris',
    startDate: '2026-03-10',
    endDate: '2026-06-30',
    workingLanguages: ['fr'],
    interpretation: ['en', 'es'],
    grantsTarget: { min: 0, max: 0 },
    status: 'completed',
    partners: [{ organisationId: 'ORG-ICOM-FR', role: 'organiser' }],
    colour: '#2e86de',
  };
  const base = { createdAt: created, updatedAt: created, programmeId: programme.id, kind: 'online-debate' as const, timeZone: 'Europe/Paris', speakerIds: ['P1'], moderatorIds: [], interpretation: [] };
  // 13:00–14:30 Paris on Tuesday 10 March 2026 is 12:00–13:30 UTC (CET, UTC+1).
  const series: Session = {
    ...base,
    id: newId(),
    title: { fr: 'Débat mensuel' },
    start: '2026-03-10T12:00:00.000Z',
    end: '2026-03-10T13:30:00.000Z',
    recurrence: { freq: 'weekly', interval: 4, byDay: ['TU'], until: '2026-06-30', exceptions: ['2026-04-07'] },
  };
  // One occurrence moved to Wednesday 6 May, 18:00 Paris (CEST, UTC+2).
  const moved: Session = {
    ...base,
    id: newId(),
    title: { fr: 'Débat mensuel (déplacé)' },
    start: '2026-05-06T16:00:00.000Z',
    end: '2026-05-06T17:30:00.000Z',
    seriesId: series.id,
    originalDate: '2026-05-05',
  };
  return { programme, sessions: [series, moved] };
}

const paris = (instant: string) => Temporal.Instant.from(instant).toZonedDateTimeISO('Europe/Paris');

describe('duplicateProgramme', () => {
  it('copies to a new start date as a draft with new ids, same partners, length kept', () => {
    const { programme, sessions } = cycle();
    const copy = duplicateProgramme(programme, sessions, { newStart: '2027-03-30', newId, now });
    expect(copy.programme.id).not.toBe(programme.id);
    expect(isId(copy.programme.id)).toBe(true);
    expect(copy.programme.status).toBe('draft');
    expect(copy.programme.startDate).toBe('2027-03-30');
    expect(copy.programme.endDate).toBe('2027-07-20');
    expect(daysBetween(copy.programme.startDate, copy.programme.endDate)).toBe(daysBetween(programme.startDate, programme.endDate));
    expect(copy.programme.title).toEqual(programme.title);
    expect(copy.programme.partners).toEqual(programme.partners);
    expect(copy.programme.venue).toEqual(programme.venue);
    expect(copy.programme.colour).toBe('#2e86de');
    expect(copy.programme.createdAt).toBe(now);
    expect(copy.programme.updatedAt).toBe(now);
    // A copy made by hand is not part of the import that brought the original.
    expect(copy.programme.importBatchId).toBeUndefined();
    // The copy shares no arrays with the original.
    copy.programme.partners.push({ organisationId: 'X', role: 'funder' });
    expect(programme.partners).toHaveLength(1);
  });

  it('keeps 13:00 Paris across the change to summer time: the UTC hour moves instead', () => {
    const { programme, sessions } = cycle();
    const copy = duplicateProgramme(programme, sessions, { newStart: '2027-03-30', newId, now });
    const [series] = copy.sessions;
    expect(paris(sessions[0]!.start).toPlainTime().toString()).toBe('13:00:00');
    expect(series!.start).toBe('2027-03-30T11:00:00.000Z'); // CEST, UTC+2
    expect(series!.end).toBe('2027-03-30T12:30:00.000Z');
    expect(paris(series!.start).toPlainDateTime().toString()).toBe('2027-03-30T13:00:00');
    expect(paris(series!.end).toPlainTime().toString()).toBe('14:30:00');
    // Adding 385 × 24 h to the UTC instant would have given 14:00 Paris.
    const naive = Temporal.Instant.from(sessions[0]!.start).add({ hours: 385 * 24 });
    expect(paris(naive.toString()).hour).toBe(14);
  });

  it('moves the recurrence end and skipped dates by the same number of days', () => {
    const { programme, sessions } = cycle();
    const copy = duplicateProgramme(programme, sessions, { newStart: '2027-03-30', newId, now });
    // 385 days is 55 whole weeks: Tuesdays stay Tuesdays.
    expect(copy.sessions[0]!.recurrence).toEqual({
      freq: 'weekly',
      interval: 4,
      byDay: ['TU'],
      until: '2027-07-20',
      exceptions: ['2027-04-27'],
    });
    expect(sessions[0]!.recurrence?.until).toBe('2026-06-30');
  });

  it('moves weekdays of the rule with the first session when the shift is not whole weeks', () => {
    const { programme, sessions } = cycle();
    const newStart = sameDateNextYear(programme.startDate);
    expect(newStart).toBe('2027-03-10'); // a Wednesday
    const copy = duplicateProgramme(programme, sessions, { newStart, newId, now });
    expect(copy.sessions[0]!.recurrence?.byDay).toEqual(['WE']);
    expect(paris(copy.sessions[0]!.start).dayOfWeek).toBe(3);
    expect(paris(copy.sessions[0]!.start).toPlainTime().toString()).toBe('13:00:00');
  });

  it('points a moved occurrence at the copied series and shifts its original date', () => {
    const { programme, sessions } = cycle();
    const copy = duplicateProgramme(programme, sessions, { newStart: '2027-03-30', newId, now });
    const [series, moved] = copy.sessions;
    expect(new Set(copy.sessions.map((s) => s.id)).size).toBe(2);
    for (const s of copy.sessions) {
      expect(sessions.map((o) => o.id)).not.toContain(s.id);
      expect(s.programmeId).toBe(copy.programme.id);
      expect(s.createdAt).toBe(now);
    }
    expect(moved!.seriesId).toBe(series!.id);
    expect(moved!.originalDate).toBe('2027-05-25');
    expect(paris(moved!.start).toPlainDateTime().toString()).toBe('2027-05-26T18:00:00');
    expect(moved!.speakerIds).toEqual(['P1']);
  });

  it('enrols nobody and copies no grant: it returns only the programme and its sessions', () => {
    const { programme, sessions } = cycle();
    const copy = duplicateProgramme(programme, sessions, { newStart: '2027-03-30', newId, now });
    expect(Object.keys(copy).sort()).toEqual(['programme', 'sessions']);
  });

  it('refuses a start date that is not a date', () => {
    const { programme, sessions } = cycle();
    expect(() => duplicateProgramme(programme, sessions, { newStart: '2027-02-30', newId, now })).toThrow();
  });
});

describe('shiftInstantKeepingLocalTime', () => {
  it('moves a time that falls in the spring-forward gap later by the gap, as calendars do', () => {
    // 02:30 Paris on Sunday 22 March 2026 moved 7 days lands in the gap of 29 March: 03:30 CEST.
    const moved = shiftInstantKeepingLocalTime('2026-03-22T01:30:00.000Z', 'Europe/Paris', 7);
    expect(paris(moved).toPlainDateTime().toString()).toBe('2026-03-29T03:30:00');
  });
  it('keeps the local time across the autumn change in another hemisphere', () => {
    // 09:00 Santiago on 1 March 2026 (UTC-3) moved 60 days is 09:00 on 30 April (UTC-4).
    const moved = shiftInstantKeepingLocalTime('2026-03-01T12:00:00.000Z', 'America/Santiago', 60);
    expect(moved).toBe('2026-04-30T13:00:00.000Z');
  });
  it('takes 29 February to 28 February next year', () => {
    expect(sameDateNextYear('2024-02-29')).toBe('2025-02-28');
  });
});
