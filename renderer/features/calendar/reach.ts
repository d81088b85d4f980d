import { MAX_SERIES_YEARS } from '../../../shared/domain/recurrence';
import type { Recurrence, Session } from '../../../shared/domain/types';

const DAY_MS = 86_400_000;
/** Local dates are read as UTC midnight; a zone is at most 14 hours away, so a day and a half covers any. */
const ZONE_SLACK_MS = 1.5 * DAY_MS;

/**
 * The latest instant (epoch ms) a session or series can reach, without
 * expanding it: the end of a one-off; for a series, a generous bound from its
 * rule. Used to skip, before any date arithmetic, the series that ended long
 * before the range the calendar shows. Never earlier than the real last end:
 * a bound too late only costs an expansion, one too early would hide sessions.
 */
export function reachBound(session: Pick<Session, 'start' | 'end' | 'recurrence'>): number {
  const start = Date.parse(session.start);
  const end = Date.parse(session.end);
  const length = Math.max(0, end - start);
  const r = session.recurrence;
  if (!r) return end;
  const cap = start + (MAX_SERIES_YEARS * 366 + 2) * DAY_MS + length;
  if (r.until !== undefined) {
    const until = Date.parse(`${r.until}T00:00:00Z`);
    return Number.isNaN(until) ? cap : Math.min(cap, until + DAY_MS + ZONE_SLACK_MS + length);
  }
  if (r.count === undefined) return cap;
  const days = daysForCount(r, r.count, start);
  return days === undefined ? cap : Math.min(cap, start + days * DAY_MS + ZONE_SLACK_MS + length);
}

/** True when the session or series may have an occurrence ending after `fromMs`. */
export function mayReach(session: Pick<Session, 'start' | 'end' | 'recurrence'>, fromMs: number): boolean {
  return reachBound(session) > fromMs;
}

/**
 * How many days `count` occurrences can span at most, or undefined when the
 * rule can skip periods unpredictably (a fifth weekday of the month).
 */
function daysForCount(r: Recurrence, count: number, start: number): number | undefined {
  const interval = Math.max(1, r.interval);
  if (r.freq === 'daily') {
    // A daily rule filtered to some weekdays meets one at least every 7 days.
    return count * interval * (r.byDay ? 7 : 1);
  }
  if (r.freq === 'weekly') return (count + 1) * interval * 7;
  if (r.byDay) {
    // "Every Tuesday" or the first to fourth / last Tuesday: every month has one.
    if (r.bySetPos === undefined || (r.bySetPos >= 1 && r.bySetPos <= 4) || r.bySetPos === -1) {
      return (count + 1) * interval * 31;
    }
    return undefined;
  }
  // The same day of the month: every month has days 1–28, but the 29th–31st can be
  // missing for years (the 29th with a 12-month interval). The start's UTC day is
  // within a day of its local one, hence 27.
  return new Date(start).getUTCDate() <= 27 ? (count + 1) * interval * 31 : undefined;
}
