import { Temporal } from 'temporal-polyfill';
import { DomainError } from './errors';
import type { Id, IsoDate, IsoInstant, Recurrence, Session, Weekday } from './types';
import { WEEKDAYS } from './types';
import { isIsoDate } from './dates';

/** One dated meeting of a session or series, as the calendar and the agenda show it. */
export type Occurrence = {
  /** The session record that produced it (what the UI opens for editing). */
  sessionId: Id;
  /** The series it belongs to: the session itself, or for a moved occurrence its `seriesId`. */
  seriesId: Id;
  /** Local date of the start in the session's zone. */
  occurrenceDate: IsoDate;
  start: IsoInstant;
  end: IsoInstant;
};

export type InstantRange = { from: IsoInstant; to: IsoInstant };

/** Longest series a rule may describe, in occurrences. */
export const MAX_SERIES_OCCURRENCES = 1000;
/** Longest series a rule may describe, in years from the first session. */
export const MAX_SERIES_YEARS = 10;
/** Allowed `bySetPos`: first to fifth, or -1 for the last in the month. */
export const SET_POSITIONS: readonly number[] = [1, 2, 3, 4, 5, -1];

/** A stable key for an occurrence: one session never yields two on the same local date. */
export function occurrenceKey(o: Pick<Occurrence, 'sessionId' | 'occurrenceDate'>): string {
  return `${o.sessionId}@${o.occurrenceDate}`;
}

/**
 * The problems in a recurrence rule, each a DomainError the form can show next to
 * the field. `startDate` (the local date of the first session) enables the checks
 * that need it: `until` not before the start, and the start falling on the rule.
 */
export function validateRecurrence(r: Recurrence, startDate?: IsoDate): DomainError[] {
  const errors: DomainError[] = [];
  const add = (key: string, params: Record<string, string | number>, english: string) =>
    errors.push(new DomainError(`errors.${key}`, params, english));
  if (!Number.isInteger(r.interval) || r.interval < 1) {
    add('recurrenceInterval', { value: String(r.interval) }, `The repeat interval must be a whole number of 1 or more, not ${r.interval}.`);
  }
  if (r.byDay !== undefined && (r.byDay.length === 0 || r.byDay.some((d) => !WEEKDAYS.includes(d)))) {
    add('recurrenceByDay', {}, 'Choose at least one day of the week.');
  }
  if (r.bySetPos !== undefined) {
    if (!SET_POSITIONS.includes(r.bySetPos)) {
      add('recurrenceBySetPos', { value: String(r.bySetPos) }, `The position in the month must be 1 to 5 or last, not ${r.bySetPos}.`);
    } else if (r.freq !== 'monthly' || r.byDay === undefined) {
      add('recurrenceBySetPosNeedsMonthlyDay', {}, 'A position in the month applies only to a monthly series on days of the week.');
    }
  }
  if (r.count !== undefined && (!Number.isInteger(r.count) || r.count < 1)) {
    add('recurrenceCount', { value: String(r.count) }, `The number of sessions must be a whole number of 1 or more, not ${r.count}.`);
  }
  if (r.until !== undefined) {
    if (!isIsoDate(r.until)) {
      add('recurrenceUntil', { value: String(r.until) }, `The end date ${r.until} is not a valid date.`);
    } else if (startDate !== undefined && r.until < startDate) {
      const english = `The series ends (${r.until}) before its first session (${startDate}).`;
      add('recurrenceUntilBeforeStart', { until: r.until, start: startDate }, english);
    }
  }
  const badException = r.exceptions?.find((d) => !isIsoDate(d));
  if (badException !== undefined) {
    add('recurrenceException', { value: String(badException) }, `The skipped date ${badException} is not a valid date.`);
  }
  if (r.count === undefined && r.until === undefined) {
    add('recurrenceUnbounded', {}, 'A repeating session must end: give a number of sessions or an end date.');
  }
  if (r.count !== undefined && r.until !== undefined) {
    // RFC 5545 forbids both; calendars receiving the export would disagree on which wins.
    add('recurrenceCountAndUntil', {}, 'Give either a number of sessions or an end date, not both.');
  }
  // Only worth checking once the rule itself is sound. Refusing a first session off
  // the rule keeps us in line with calendars: RFC 5545 counts DTSTART as the first
  // occurrence even when it does not match, and implementations differ on it.
  if (errors.length === 0 && startDate !== undefined && isIsoDate(startDate)) {
    const first = Temporal.PlainDate.from(startDate);
    if (!datesOfPeriod(r, first, first).some((d) => d.equals(first))) {
      add('recurrenceStartMismatch', { date: startDate }, `The first session (${startDate}) is not on a day the series repeats on.`);
    }
  }
  return errors;
}

/**
 * The occurrences of a session overlapping `range` (all of them without one),
 * in date order, at most `options.max` (default 1000; the rest are dropped).
 *
 * Expansion is in the session's wall-clock time: every occurrence starts at the
 * local time of `session.start` in `session.timeZone` and lasts the same wall-clock
 * span, so 13:00–14:30 Paris stays 13:00–14:30 Paris across DST changes and the
 * UTC instants move instead. A local time that does not exist on a given day (the
 * spring-forward gap) is resolved with Temporal's 'compatible' disambiguation: it
 * moves later by the length of the gap and keeps its length (02:30–03:30 in Paris
 * on 29 Mar 2026 becomes 03:30–04:30 CEST). A repeated local time (fall-back)
 * takes the earlier of the two instants. The first occurrence keeps the stored
 * instants exactly as saved: a Session stores instants only, so a series whose
 * first session was itself typed into a gap keeps the resolved time (03:30).
 *
 * Follows RFC 5545: exceptions remove occurrences but still count toward `count`;
 * `until` is an inclusive local date. Throws a DomainError when the rule is invalid
 * (see validateRecurrence), unbounded, or longer than 1000 occurrences or 10 years.
 */
export function expandSeries(session: Session, range?: InstantRange, options?: { max?: number }): Occurrence[] {
  const max = options?.max ?? MAX_SERIES_OCCURRENCES;
  const startInstant = Temporal.Instant.from(session.start);
  const endInstant = Temporal.Instant.from(session.end);
  if (Temporal.Instant.compare(endInstant, startInstant) < 0) {
    throw new DomainError('errors.sessionEndsBeforeStart', {}, 'A session cannot end before it starts.');
  }
  const first = zoned(startInstant, session.timeZone);
  const endLocal = endInstant.toZonedDateTimeISO(session.timeZone).toPlainDateTime();
  const wallSpan = first.toPlainDateTime().until(endLocal, { largestUnit: 'days' });
  const exactSpan = startInstant.until(endInstant);
  const fromMs = range ? Temporal.Instant.from(range.from).epochMilliseconds : -Infinity;
  const toMs = range ? Temporal.Instant.from(range.to).epochMilliseconds : Infinity;
  const out: Occurrence[] = [];
  const seriesId = session.seriesId ?? session.id;

  const emit = (date: Temporal.PlainDate, start: Temporal.Instant, end: Temporal.Instant): boolean => {
    if (start.epochMilliseconds >= toMs) return false; // dates only grow: nothing later can overlap
    if (end.epochMilliseconds > fromMs || (start.epochMilliseconds === end.epochMilliseconds && start.epochMilliseconds >= fromMs)) {
      out.push({ sessionId: session.id, seriesId, occurrenceDate: date.toString(), start: iso(start), end: iso(end) });
    }
    return out.length < max;
  };

  const r = session.recurrence;
  if (!r) {
    if (max > 0) emit(first.toPlainDate(), startInstant, endInstant);
    return out;
  }
  const problems = validateRecurrence(r, first.toPlainDate().toString());
  if (problems[0]) throw problems[0];
  if (r.count !== undefined && r.count > MAX_SERIES_OCCURRENCES) throw tooLong();
  const firstDate = first.toPlainDate();
  const limit = firstDate.add({ years: MAX_SERIES_YEARS });
  const until = r.until !== undefined ? Temporal.PlainDate.from(r.until) : undefined;
  if (until && Temporal.PlainDate.compare(until, limit) > 0) throw tooLong();
  const skipped = new Set(r.exceptions ?? []);
  const localTime = first.toPlainTime();

  let generated = 0;
  // Once the range or `max` is reached nothing more is emitted, but a `count` rule
  // is still walked to its end: whether a series is too long must not depend on
  // the range asked for.
  let emitting = max > 0;
  for (const date of candidateDates(r, firstDate, until ?? limit)) {
    if (until && Temporal.PlainDate.compare(date, until) > 0) break;
    if (Temporal.PlainDate.compare(date, limit) > 0) throw tooLong();
    generated += 1;
    if (emitting && !skipped.has(date.toString())) {
      if (date.equals(firstDate)) {
        emitting = emit(date, startInstant, endInstant);
      } else {
        const start = wallClock(date.toPlainDateTime(localTime), session.timeZone);
        // The span is added to the start as resolved, so a start pushed out of a gap
        // (02:30 → 03:30) keeps its length instead of ending when it starts.
        let end = wallClock(start.toPlainDateTime().add(wallSpan), session.timeZone);
        // A fall-back fold can still put the end first: then keep the real length.
        if (Temporal.Instant.compare(end.toInstant(), start.toInstant()) < 0) end = start.add(exactSpan);
        emitting = emit(date, start.toInstant(), end.toInstant());
      }
    }
    if (r.count !== undefined && generated >= r.count) return out;
    // An `until` within 10 years was checked up front: nothing left to verify.
    if (!emitting && r.count === undefined) return out;
  }
  // Ran out of the 10-year window before reaching `count`.
  if (r.count !== undefined) throw tooLong();
  return out;
}

function tooLong(): DomainError {
  return new DomainError(
    'errors.recurrenceTooLong',
    { max: MAX_SERIES_OCCURRENCES, years: MAX_SERIES_YEARS },
    `A series can have at most ${MAX_SERIES_OCCURRENCES} sessions within ${MAX_SERIES_YEARS} years.`,
  );
}

function zoned(instant: Temporal.Instant, timeZone: string): Temporal.ZonedDateTime {
  try {
    return instant.toZonedDateTimeISO(timeZone);
  } catch {
    throw new DomainError('errors.unknownTimeZone', { zone: timeZone }, `The time zone "${timeZone}" is not known on this computer.`);
  }
}

function wallClock(local: Temporal.PlainDateTime, timeZone: string): Temporal.ZonedDateTime {
  return local.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
}

/** ISO string with milliseconds, the stored IsoInstant form. */
function iso(instant: Temporal.Instant): IsoInstant {
  return instant.toString({ fractionalSecondDigits: 3 });
}

function weekdayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day) + 1; // Temporal: Monday = 1 … Sunday = 7
}

/**
 * Dates matching the rule, in order, from `first` until the period that starts
 * after `horizon`. Periods are days, weeks starting Monday (RFC 5545 WKST=MO) or
 * months, every `interval` of them, counted from the period holding `first`.
 */
function* candidateDates(r: Recurrence, first: Temporal.PlainDate, horizon: Temporal.PlainDate): Generator<Temporal.PlainDate> {
  for (let k = 0; ; k += 1) {
    const periodStart =
      r.freq === 'daily'
        ? first.add({ days: k * r.interval })
        : r.freq === 'weekly'
          ? first.subtract({ days: first.dayOfWeek - 1 }).add({ weeks: k * r.interval })
          : first.with({ day: 1 }).add({ months: k * r.interval });
    if (Temporal.PlainDate.compare(periodStart, horizon) > 0) return;
    for (const date of datesOfPeriod(r, periodStart, first)) {
      if (Temporal.PlainDate.compare(date, first) >= 0) yield date;
    }
  }
}

/** The dates the rule picks in the period beginning `periodStart`, in order. */
function datesOfPeriod(r: Recurrence, periodStart: Temporal.PlainDate, first: Temporal.PlainDate): Temporal.PlainDate[] {
  const days = r.byDay ? new Set(r.byDay.map(weekdayIndex)) : undefined;
  if (r.freq === 'daily') {
    // RFC 5545: BYDAY on a daily rule only filters the days.
    return !days || days.has(periodStart.dayOfWeek) ? [periodStart] : [];
  }
  if (r.freq === 'weekly') {
    const monday = periodStart.subtract({ days: periodStart.dayOfWeek - 1 });
    const wanted = days ?? new Set([first.dayOfWeek]);
    return [...wanted].sort((a, b) => a - b).map((d) => monday.add({ days: d - 1 }));
  }
  const month = periodStart.with({ day: 1 });
  if (!days) {
    // Same day of the month; months without it (the 31st in April) are skipped, as RFC 5545 does.
    return first.day <= month.daysInMonth ? [month.with({ day: first.day })] : [];
  }
  const matching: Temporal.PlainDate[] = [];
  for (let d = 1; d <= month.daysInMonth; d += 1) {
    const date = month.with({ day: d });
    if (days.has(date.dayOfWeek)) matching.push(date);
  }
  if (r.bySetPos === undefined) return matching;
  const picked = r.bySetPos > 0 ? matching[r.bySetPos - 1] : matching[matching.length + r.bySetPos];
  return picked ? [picked] : [];
}

/**
 * The RFC 5545 RRULE value for a rule whose DTSTART carries `TZID=timeZone`:
 * `FREQ=MONTHLY;INTERVAL=1;BYDAY=TU;BYSETPOS=3;COUNT=10`. `until` (a local date,
 * inclusive) becomes the last second of that day in the zone, in UTC
 * (`UNTIL=20261020T215959Z`), as RFC 5545 requires with a zoned DTSTART.
 * Exceptions are not part of an RRULE: see toExDates. Throws on an invalid rule.
 */
export function toRRule(r: Recurrence, timeZone: string): string {
  const problems = validateRecurrence(r);
  if (problems[0]) throw problems[0];
  const parts = [`FREQ=${r.freq.toUpperCase()}`, `INTERVAL=${r.interval}`];
  if (r.byDay) parts.push(`BYDAY=${[...new Set(r.byDay)].sort((a, b) => weekdayIndex(a) - weekdayIndex(b)).join(',')}`);
  if (r.bySetPos !== undefined) parts.push(`BYSETPOS=${r.bySetPos}`);
  if (r.count !== undefined) parts.push(`COUNT=${r.count}`);
  if (r.until !== undefined) {
    const nextMidnight = Temporal.PlainDate.from(r.until).add({ days: 1 }).toZonedDateTime({ timeZone });
    const last = nextMidnight.toInstant().subtract({ seconds: 1 }).toZonedDateTimeISO('UTC');
    parts.push(`UNTIL=${icalDateTime(last.toPlainDateTime())}Z`);
  }
  return parts.join(';');
}

/**
 * EXDATE values for a series' exceptions, as local date-times to write after
 * `EXDATE;TZID=<session.timeZone>:` — they must match DTSTART's local time of day.
 */
export function toExDates(session: Pick<Session, 'start' | 'timeZone' | 'recurrence'>): string[] {
  const time = Temporal.Instant.from(session.start).toZonedDateTimeISO(session.timeZone).toPlainTime();
  return [...(session.recurrence?.exceptions ?? [])].sort().map((d) => icalDateTime(Temporal.PlainDate.from(d).toPlainDateTime(time)));
}

function icalDateTime(dt: Temporal.PlainDateTime): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(dt.year, 4)}${p(dt.month)}${p(dt.day)}T${p(dt.hour)}${p(dt.minute)}${p(dt.second)}`;
}
