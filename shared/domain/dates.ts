import { Temporal } from 'temporal-polyfill';
import type { IsoDate } from './types';

/** True when `value` is a real calendar date written `YYYY-MM-DD` (no 2023-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/** True when `value` names a time zone known to this machine's Intl data. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  try {
    Temporal.Now.zonedDateTimeISO(value);
    return true;
  } catch {
    return false;
  }
}

/** Today's date in `timeZone` (the user's own zone by default). */
export function todayIn(timeZone: string = Temporal.Now.timeZoneId()): IsoDate {
  return Temporal.Now.plainDateISO(timeZone).toString();
}

/**
 * A date range for display: "21–25 Nov 2022" (en), "21–25 nov. 2022" (fr).
 * Dates are calendar dates, so they are formatted in UTC to stay the same day
 * wherever the laptop is.
 */
export function formatDateRange(start: IsoDate, end: IsoDate, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const a = new Date(`${start}T00:00:00Z`);
  const b = new Date(`${end}T00:00:00Z`);
  return start === end ? format.format(a) : format.formatRange(a, b);
}

/** A UTC instant as local date and time in `timeZone`, for display. */
export function formatInstant(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(instant));
}
