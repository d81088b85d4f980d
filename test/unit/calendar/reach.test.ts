import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../shared/domain/recurrence';
import type { Recurrence } from '../../../shared/domain/types';
import { mayReach, reachBound } from '../../../renderer/features/calendar/reach';
import { session, WEBINAR } from './fixtures';

const DAY = 86_400_000;

/** A series starting on `date` at `from` in `zone`, with `rule`. */
const series = (date: string, from: string, to: string, zone: string, rule: Recurrence) =>
  session({ id: `S-${date}-${JSON.stringify(rule)}`, programmeId: 'P' }, { date, from, to, zone }, rule);

const RULES = [
  series('2026-01-20', '13:00', '14:30', 'Europe/Paris', { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 }),
  series('2026-03-31', '18:00', '19:00', 'America/Bogota', { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 5, count: 6 }),
  series('2026-01-31', '09:00', '10:00', 'Asia/Tokyo', { freq: 'monthly', interval: 5, count: 4 }),
  series('2024-02-29', '09:00', '10:00', 'Europe/London', { freq: 'monthly', interval: 12, count: 3 }),
  series('2026-01-28', '09:00', '10:00', 'Europe/London', { freq: 'monthly', interval: 1, count: 24 }),
  series('2026-03-02', '08:00', '09:00', 'Australia/Sydney', { freq: 'weekly', interval: 2, byDay: ['MO', 'TH'], count: 15 }),
  series('2026-03-02', '08:00', '09:00', 'Pacific/Kiritimati', { freq: 'daily', interval: 3, byDay: ['MO'], count: 5 }),
  series('2026-05-01', '19:30', '21:00', 'America/Bogota', { freq: 'daily', interval: 1, until: '2026-05-05' }),
  series('2026-01-06', '23:30', '23:59', 'Pacific/Pago_Pago', { freq: 'weekly', interval: 1, until: '2026-12-29' }),
];

describe('reachBound', () => {
  it('is the end of a one-off session', () => {
    const one = { ...WEBINAR, recurrence: undefined };
    expect(reachBound(one)).toBe(Date.parse(one.end));
  });

  it.each(RULES.map((s) => [s.id, s] as const))('is never before the real last end: %s', (_, s) => {
    const last = expandSeries(s).at(-1)!;
    expect(reachBound(s)).toBeGreaterThanOrEqual(Date.parse(last.end));
  });

  it('stays close for the usual rules, so old series are skipped without expanding them', () => {
    // The webinar ends on 20 Oct 2026; the bound stays within about a year.
    expect(reachBound(WEBINAR)).toBeLessThan(Date.parse('2027-01-01T00:00:00Z'));
    expect(mayReach(WEBINAR, Date.parse('2027-02-01T00:00:00Z'))).toBe(false);
    expect(mayReach(WEBINAR, Date.parse('2026-10-01T00:00:00Z'))).toBe(true);
    const bogota = RULES[7]!;
    expect(reachBound(bogota) - Date.parse(expandSeries(bogota).at(-1)!.end)).toBeLessThan(3 * DAY);
  });
});
