import { Temporal } from 'temporal-polyfill';
import { isDomainError } from '../domain/errors';
import { expandSeries, toExDates, toRRule } from '../domain/recurrence';
import type { IsoDate, Session } from '../domain/types';
import { contentLine } from './ics-format';

/**
 * RRULE and EXDATE for a recurring session (RFC 5545 §3.3.10, §3.8.5).
 *
 * The rule's meaning belongs to shared/domain/recurrence.ts: the RRULE and
 * EXDATE values come from its toRRule and toExDates, and how far a series
 * reaches (for the VTIMEZONE) from its expandSeries, so the file and the app
 * can never disagree on which occurrences exist.
 */

/**
 * Runs `write` for a session, turning a rule the domain refuses into an error
 * that names the record: an invalid rule in storage is a data bug, and the
 * person reading the log needs to know which session to repair.
 */
function forSession<T>(session: Session, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new Error(`Session ${session.id}: ${error.message} Cannot write it to iCalendar.`, { cause: error });
  }
}

/**
 * The RRULE and EXDATE lines of a recurring session. Exceptions that a moved
 * occurrence overrides (`overridden`) get no EXDATE: the override replaces
 * them, and an EXDATE would hide it in most calendar apps.
 */
export function recurrenceLines(series: Session, overridden: ReadonlySet<IsoDate> = new Set()): string[] {
  const r = series.recurrence;
  if (!r) return [];
  const rule = forSession(series, () => toRRule(r, series.timeZone));
  const exceptions = [...new Set(r.exceptions ?? [])].filter((d) => !overridden.has(d));
  const exdates = toExDates({ start: series.start, timeZone: series.timeZone, recurrence: { ...r, exceptions } });
  return [contentLine('RRULE', rule), ...exdates.map((value) => contentLine('EXDATE', value, [['TZID', series.timeZone]]))];
}

/**
 * The latest instant a series reaches (the end of its last occurrence,
 * skipped ones included), for the VTIMEZONE span.
 */
export function seriesEnd(series: Session): Temporal.Instant {
  const r = series.recurrence;
  const all = forSession(series, () => expandSeries(r ? { ...series, recurrence: { ...r, exceptions: [] } } : series));
  return Temporal.Instant.from(all.at(-1)?.end ?? series.end);
}
