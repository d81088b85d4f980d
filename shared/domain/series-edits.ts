import { Temporal } from 'temporal-polyfill';
import { expandSeries, type Occurrence } from './recurrence';
import { WEEKDAYS, type Id, type IsoDate, type IsoInstant, type Recurrence, type Session, type Weekday } from './types';

/**
 * Edits of sessions and recurring series, as a person asks for them in a
 * calendar: "this occurrence", "this and following", "the whole series"; skip or
 * move one occurrence. Each returns the session records to write (before → after,
 * null for created/deleted), for the renderer to commit as one changeset.
 *
 * Model: a series is one Session with a `recurrence`. A moved or edited single
 * occurrence becomes its own Session with `seriesId` = the series and
 * `originalDate` = the date it replaced, and that date joins the series'
 * `exceptions`, so the occurrence never shows twice.
 */

export type SeriesScope = 'this' | 'following' | 'all';

export type SessionChange = { before: Session | null; after: Session | null };

export type EditContext = { newId: () => Id; now: IsoInstant };

/** What an edit may change on a session or occurrence. */
export type SessionPatch = Partial<
  Pick<Session, 'title' | 'kind' | 'start' | 'end' | 'room' | 'link' | 'speakerIds' | 'moderatorIds' | 'language' | 'interpretation'>
>;

const zoned = (instant: IsoInstant, zone: string) => Temporal.Instant.from(instant).toZonedDateTimeISO(zone);

function withRecurrence(session: Session, recurrence: Recurrence | undefined): Session {
  const { recurrence: _old, ...rest } = session;
  return recurrence ? { ...rest, recurrence } : rest;
}

/** Skips one occurrence of a series (it stays listed as skipped, and can be restored). */
export function skipOccurrence(series: Session, occurrenceDate: IsoDate, ctx: EditContext): SessionChange[] {
  if (!series.recurrence) return [{ before: series, after: null }];
  const exceptions = [...new Set([...(series.recurrence.exceptions ?? []), occurrenceDate])].sort();
  const after = { ...withRecurrence(series, { ...series.recurrence, exceptions }), updatedAt: ctx.now };
  return [{ before: series, after }];
}

/** Brings back a skipped occurrence. */
export function restoreOccurrence(series: Session, occurrenceDate: IsoDate, ctx: EditContext): SessionChange[] {
  if (!series.recurrence?.exceptions?.includes(occurrenceDate)) return [];
  const exceptions = series.recurrence.exceptions.filter((d) => d !== occurrenceDate);
  const recurrence: Recurrence = { ...series.recurrence };
  if (exceptions.length > 0) recurrence.exceptions = exceptions;
  else delete recurrence.exceptions;
  return [{ before: series, after: { ...withRecurrence(series, recurrence), updatedAt: ctx.now } }];
}

/**
 * The wall-clock move from `from` to `to` in `zone`: whole days plus a time
 * change, so "one day later at 14:00 instead of 13:00" applies to every
 * occurrence as the same local move, whatever DST does in between.
 */
function localShift(from: IsoInstant, to: IsoInstant, zone: string): { days: number; time: Temporal.Duration } {
  const a = zoned(from, zone);
  const b = zoned(to, zone);
  const days = a.toPlainDate().until(b.toPlainDate(), { largestUnit: 'days' }).days;
  const time = a.toPlainTime().until(b.toPlainTime());
  return { days, time };
}

function shiftInstant(instant: IsoInstant, zone: string, shift: { days: number; time: Temporal.Duration }): IsoInstant {
  const local = zoned(instant, zone).toPlainDateTime().add({ days: shift.days }).add(shift.time);
  return local.toZonedDateTime(zone, { disambiguation: 'compatible' }).toInstant().toString({ fractionalSecondDigits: 3 });
}

function shiftWeekday(day: Weekday, days: number): Weekday {
  const index = WEEKDAYS.indexOf(day);
  return WEEKDAYS[(((index + days) % 7) + 7) % 7]!;
}

const shiftDate = (date: IsoDate, days: number): IsoDate => Temporal.PlainDate.from(date).add({ days }).toString();

/** Applies a patch to a series as a whole: a time/date change moves every occurrence the same local way. */
function patchWholeSeries(series: Session, occurrence: Occurrence, patch: SessionPatch, now: IsoInstant): Session {
  const { start, end, ...rest } = patch;
  const next: Session = { ...series, ...rest, updatedAt: now };
  if (start !== undefined || end !== undefined) {
    const startShift = localShift(occurrence.start, start ?? occurrence.start, series.timeZone);
    const endShift = localShift(occurrence.end, end ?? occurrence.end, series.timeZone);
    next.start = shiftInstant(series.start, series.timeZone, startShift);
    next.end = shiftInstant(series.end, series.timeZone, endShift);
    if (next.recurrence && startShift.days !== 0) {
      const r: Recurrence = { ...next.recurrence };
      if (r.until) r.until = shiftDate(r.until, startShift.days);
      if (r.exceptions) r.exceptions = r.exceptions.map((d) => shiftDate(d, startShift.days));
      // "Every Tuesday" moved one day later is "every Wednesday", or the start would
      // no longer fall on the rule.
      if (r.byDay) r.byDay = r.byDay.map((d) => shiftWeekday(d, startShift.days));
      next.recurrence = r;
    }
  }
  return next;
}

/**
 * Edits one occurrence, this and the following ones, or the whole series.
 * For a plain (non-recurring) session every scope edits the session itself.
 */
export function editOccurrence(
  series: Session,
  occurrence: Occurrence,
  patch: SessionPatch,
  scope: SeriesScope,
  ctx: EditContext,
): SessionChange[] {
  const r = series.recurrence;
  if (!r || occurrence.sessionId !== series.id) {
    // A single session, or an occurrence already detached from its series.
    return [{ before: series, after: { ...series, ...patch, updatedAt: ctx.now } }];
  }
  if (scope === 'all') return [{ before: series, after: patchWholeSeries(series, occurrence, patch, ctx.now) }];

  const all = expandSeries({ ...series, recurrence: { ...r, exceptions: [] } });
  const index = all.findIndex((o) => o.occurrenceDate === occurrence.occurrenceDate);
  if (scope === 'following' && index <= 0) {
    return [{ before: series, after: patchWholeSeries(series, occurrence, patch, ctx.now) }];
  }

  if (scope === 'this') {
    const detached: Session = {
      ...withRecurrence(series, undefined),
      ...patch,
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      start: patch.start ?? occurrence.start,
      end: patch.end ?? occurrence.end,
      seriesId: series.id,
      originalDate: occurrence.occurrenceDate,
    };
    const [skip] = skipOccurrence(series, occurrence.occurrenceDate, ctx);
    return [skip!, { before: null, after: detached }];
  }

  // This and following: the series ends the day before; a new series carries on.
  const before = all.slice(0, index);
  const head: Recurrence = { ...r };
  const tail: Recurrence = { ...r };
  if (r.count !== undefined) {
    head.count = before.length;
    tail.count = r.count - before.length;
  } else {
    head.until = before.at(-1)!.occurrenceDate;
  }
  const split = occurrence.occurrenceDate;
  const headExceptions = (r.exceptions ?? []).filter((d) => d < split);
  const tailExceptions = (r.exceptions ?? []).filter((d) => d >= split);
  if (headExceptions.length) head.exceptions = headExceptions;
  else delete head.exceptions;
  if (tailExceptions.length) tail.exceptions = tailExceptions;
  else delete tail.exceptions;

  const newSeriesStart: Session = {
    ...withRecurrence(series, tail),
    id: ctx.newId(),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    start: occurrence.start,
    end: occurrence.end,
  };
  const carried = patchWholeSeries(newSeriesStart, { ...occurrence, sessionId: newSeriesStart.id }, patch, ctx.now);
  return [
    { before: series, after: { ...withRecurrence(series, head), updatedAt: ctx.now } },
    { before: null, after: carried },
  ];
}

/**
 * Removes one occurrence (skipped in its series, or the detached session
 * deleted), the following ones (the series ends before it), or the whole series
 * with its detached occurrences.
 */
export function removeOccurrence(
  series: Session,
  occurrence: Occurrence,
  scope: SeriesScope,
  detached: readonly Session[],
  ctx: EditContext,
): SessionChange[] {
  const r = series.recurrence;
  if (!r || occurrence.sessionId !== series.id) return [{ before: series, after: null }];
  const ownDetached = detached.filter((s) => s.seriesId === series.id);
  if (scope === 'this') return skipOccurrence(series, occurrence.occurrenceDate, ctx);
  const all = expandSeries({ ...series, recurrence: { ...r, exceptions: [] } });
  const index = all.findIndex((o) => o.occurrenceDate === occurrence.occurrenceDate);
  if (scope === 'all' || index <= 0) {
    return [{ before: series, after: null }, ...ownDetached.map((s) => ({ before: s, after: null }))];
  }
  const head: Recurrence = { ...r };
  if (r.count !== undefined) head.count = index;
  else head.until = all[index - 1]!.occurrenceDate;
  const later = ownDetached.filter((s) => (s.originalDate ?? '') >= occurrence.occurrenceDate);
  return [
    { before: series, after: { ...withRecurrence(series, head), updatedAt: ctx.now } },
    ...later.map((s) => ({ before: s, after: null })),
  ];
}
