import { Temporal } from 'temporal-polyfill';
import { WEEKDAYS, type IsoDate, type Recurrence } from '../domain/types';
import { contentLine, icsLocalDateTime, icsUtcDateTime } from './ics-format';

/**
 * RRULE and EXDATE for a recurring session (RFC 5545 §3.3.10, §3.8.5).
 *
 * Private to the iCalendar writer on purpose: shared/domain/recurrence.ts is
 * written in parallel and will own expansion for the app; this module only
 * serialises a `Recurrence` and bounds how far a series reaches so the
 * VTIMEZONE covers it. Its tiny walk (`lastOccurrenceDate`) is used for that
 * bound alone, never to decide which occurrences exist.
 *
 * Semantics assumed (to reconcile with recurrence.ts): `count` counts every
 * generated occurrence, skipped ones included (RFC 5545: EXDATE removes
 * occurrences after COUNT is applied); `until` is a local date, inclusive.
 */

const FREQ = { daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY' } as const;
/** Monday = 1 … Sunday = 7, as Temporal's dayOfWeek. */
const weekdayNumber = (day: string) => WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]) + 1;

/** A recurrence the file cannot express: a bug in the data, reported with the session id. */
function invalid(sessionId: string, what: string): Error {
  return new Error(`Session ${sessionId}: recurrence ${what}; cannot write it to iCalendar`);
}

/** Checks the parts RFC 5545 constrains, so a bad record fails loudly instead of writing a rule clients reject. */
function validate(r: Recurrence, sessionId: string): void {
  if (!Object.hasOwn(FREQ, r.freq)) throw invalid(sessionId, `frequency "${String(r.freq)}" is unknown`);
  if (!Number.isInteger(r.interval) || r.interval < 1) throw invalid(sessionId, `interval ${r.interval} is not a positive whole number`);
  if (r.count !== undefined && (!Number.isInteger(r.count) || r.count < 1)) throw invalid(sessionId, `count ${r.count} is not a positive whole number`);
  if (r.count === undefined && r.until === undefined) throw invalid(sessionId, 'has no end (count or until)');
  // RFC 5545 §3.3.10: COUNT and UNTIL MUST NOT occur in the same rule.
  if (r.count !== undefined && r.until !== undefined) throw invalid(sessionId, 'has both count and until');
  for (const day of r.byDay ?? []) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) throw invalid(sessionId, `weekday "${day}" is unknown`);
  }
  if (r.bySetPos !== undefined && (!Number.isInteger(r.bySetPos) || r.bySetPos === 0 || Math.abs(r.bySetPos) > 366)) {
    throw invalid(sessionId, `position ${r.bySetPos} is out of range`);
  }
}

/**
 * The instant UNTIL stands for: the end of the until day in the series' zone,
 * in UTC. §3.3.10 requires UTC when DTSTART has a TZID, and taking the end of
 * the local day keeps the last day's occurrence, whatever the zone (19:30 in
 * Bogotá is already the next day in UTC).
 */
export function untilInstant(until: IsoDate, timeZone: string): Temporal.Instant {
  return Temporal.PlainDate.from(until).add({ days: 1 }).toZonedDateTime(timeZone).subtract({ seconds: 1 }).toInstant();
}

/**
 * The RRULE and EXDATE lines of a series starting at `start` (the first
 * occurrence, in the series' zone). Exceptions that a moved occurrence
 * overrides (`overridden`) get no EXDATE: the override replaces them, and an
 * EXDATE would hide it in most calendar apps.
 */
export function recurrenceLines(
  r: Recurrence,
  start: Temporal.ZonedDateTime,
  sessionId: string,
  overridden: ReadonlySet<IsoDate> = new Set(),
): string[] {
  validate(r, sessionId);
  const parts = [`FREQ=${FREQ[r.freq]}`, `INTERVAL=${r.interval}`];
  if (r.byDay && r.byDay.length > 0) {
    const days = [...new Set(r.byDay)].sort((a, b) => weekdayNumber(a) - weekdayNumber(b));
    parts.push(`BYDAY=${days.join(',')}`);
  }
  if (r.bySetPos !== undefined) parts.push(`BYSETPOS=${r.bySetPos}`);
  if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
  if (r.until !== undefined) parts.push(`UNTIL=${icsUtcDateTime(untilInstant(r.until, start.timeZoneId))}`);
  const lines = [contentLine('RRULE', parts.join(';'))];
  const exceptions = [...new Set(r.exceptions ?? [])].filter((d) => !overridden.has(d)).sort();
  for (const date of exceptions) {
    const local = Temporal.PlainDate.from(date).toPlainDateTime(start.toPlainTime());
    lines.push(contentLine('EXDATE', icsLocalDateTime(local), [['TZID', start.timeZoneId]]));
  }
  return lines;
}

/**
 * The latest instant a series can reach (its last start plus `duration`), for
 * the VTIMEZONE span. With UNTIL it is the end of the until day; with COUNT the
 * occurrences are walked. A bound, not a schedule: a little late is harmless.
 */
export function seriesEnd(r: Recurrence, start: Temporal.ZonedDateTime, duration: Temporal.Duration, sessionId: string): Temporal.Instant {
  validate(r, sessionId);
  if (r.until !== undefined) return untilInstant(r.until, start.timeZoneId).add(duration);
  const last = lastOccurrenceDate(r, start.toPlainDate(), r.count ?? 1);
  return last.toZonedDateTime({ timeZone: start.timeZoneId, plainTime: start.toPlainTime() }).toInstant().add(duration);
}

/** Enough periods for any real rule (a monthly fifth Friday every year for a century); stops a walk that can never end. */
const MAX_PERIODS = 100_000;

function lastOccurrenceDate(r: Recurrence, first: Temporal.PlainDate, count: number): Temporal.PlainDate {
  let found = 0;
  let last = first;
  for (let period = 0; period < MAX_PERIODS && found < count; period++) {
    for (const date of candidates(r, first, period)) {
      if (Temporal.PlainDate.compare(date, first) < 0) continue;
      last = date;
      if (++found === count) break;
    }
  }
  return last;
}

/** The dates of one period (a day, week or month `interval` apart), after BYDAY and BYSETPOS. */
function candidates(r: Recurrence, first: Temporal.PlainDate, period: number): Temporal.PlainDate[] {
  const days = new Set((r.byDay ?? []).map(weekdayNumber));
  const step = period * r.interval;
  let set: Temporal.PlainDate[];
  if (r.freq === 'daily') {
    const date = first.add({ days: step });
    set = days.size === 0 || days.has(date.dayOfWeek) ? [date] : [];
  } else if (r.freq === 'weekly') {
    // Weeks start on Monday (RFC 5545's default WKST).
    const monday = first.subtract({ days: first.dayOfWeek - 1 }).add({ weeks: step });
    const wanted = days.size === 0 ? [first.dayOfWeek] : [...days].sort((a, b) => a - b);
    set = wanted.map((d) => monday.add({ days: d - 1 }));
  } else {
    const month = first.toPlainYearMonth().add({ months: step });
    if (days.size === 0) {
      set = first.day <= month.daysInMonth ? [month.toPlainDate({ day: first.day })] : [];
    } else {
      set = [];
      for (let day = 1; day <= month.daysInMonth; day++) {
        const date = month.toPlainDate({ day });
        if (days.has(date.dayOfWeek)) set.push(date);
      }
    }
  }
  if (r.bySetPos === undefined) return set;
  const picked = r.bySetPos > 0 ? set[r.bySetPos - 1] : set[set.length + r.bySetPos];
  return picked ? [picked] : [];
}
