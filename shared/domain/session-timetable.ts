import { Temporal } from 'temporal-polyfill';
import { findConflicts, type Conflict } from './conflicts';
import { zoneOffsetLabel } from './dst';
import { isDomainError, type DomainError } from './errors';
import { expandSeries, occurrenceKey, type Occurrence } from './recurrence';
import type { Id, IsoDate, IsoInstant, Programme, Session } from './types';

/**
 * A programme's timetable as the page lists it: every occurrence of every
 * session and series, moved occurrences in their new place, skipped dates in
 * theirs (so they can be restored), grouped by local day in the programme's zone,
 * each with the conflicts it takes part in.
 */

export type TimetableOccurrence = {
  kind: 'occurrence';
  key: string;
  /** The record that produced it: a single session, a series, or a moved occurrence. */
  session: Session;
  occurrence: Occurrence;
  /** The series a moved occurrence came from, when it is still there. */
  parent?: Session;
  conflicts: Conflict[];
};

export type TimetableSkipped = {
  kind: 'skipped';
  key: string;
  series: Session;
  /** Where the skipped occurrence would be. */
  occurrence: Occurrence;
};

export type TimetableEntry = TimetableOccurrence | TimetableSkipped;

export type TimetableDay = {
  date: IsoDate;
  /** The zone's offset on that day ("UTC+02:00"), from its first entry. */
  offset: string;
  entries: TimetableEntry[];
};

export type Timetable = {
  days: TimetableDay[];
  /** Every occurrence by key, for naming the other side of a conflict. */
  byKey: Map<string, TimetableOccurrence>;
  /** Records whose rule cannot be expanded (data written elsewhere), with why. */
  broken: { session: Session; error: DomainError }[];
  /** The offset at the programme's first day, for "Times in Africa/Lagos (UTC+01:00)". */
  offset: string;
};

/** Local date of an instant in a zone. */
export function localDateOf(instant: IsoInstant, zone: string): IsoDate {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDate().toString();
}

function expand(session: Session, broken: Timetable['broken']): Occurrence[] {
  try {
    return expandSeries(session);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    broken.push({ session, error });
    return [];
  }
}

/** Occurrences that were skipped: in the exceptions, and not replaced by a moved occurrence. */
function skippedOf(series: Session, moved: ReadonlySet<string>): Occurrence[] {
  const r = series.recurrence;
  if (!r?.exceptions?.length) return [];
  const skipped = new Set(r.exceptions);
  try {
    return expandSeries({ ...series, recurrence: { ...r, exceptions: [] } }).filter(
      (o) => skipped.has(o.occurrenceDate) && !moved.has(`${series.id}@${o.occurrenceDate}`),
    );
  } catch {
    // Already reported as broken when the series itself was expanded.
    return [];
  }
}

const byStart = (a: TimetableEntry, b: TimetableEntry) =>
  a.occurrence.start.localeCompare(b.occurrence.start) || a.occurrence.end.localeCompare(b.occurrence.end) || a.key.localeCompare(b.key);

/** Builds the timetable of `programme` from its session records. */
export function buildTimetable(sessions: readonly Session[], programme: Programme): Timetable {
  const broken: Timetable['broken'] = [];
  const ids = new Map<Id, Session>(sessions.map((s) => [s.id, s]));
  const moved = new Set(sessions.filter((s) => s.seriesId !== undefined).map((s) => `${s.seriesId}@${s.originalDate ?? ''}`));
  const occurrences: TimetableOccurrence[] = [];
  const skipped: TimetableSkipped[] = [];
  for (const session of sessions) {
    const parent = session.seriesId !== undefined ? ids.get(session.seriesId) : undefined;
    for (const occurrence of expand(session, broken)) {
      occurrences.push({ kind: 'occurrence', key: occurrenceKey(occurrence), session, occurrence, ...(parent && { parent }), conflicts: [] });
    }
    for (const occurrence of skippedOf(session, moved)) {
      skipped.push({ kind: 'skipped', key: `skipped:${occurrenceKey(occurrence)}`, series: session, occurrence });
    }
  }
  const byKey = new Map(occurrences.map((o) => [o.key, o]));
  const conflicts = findConflicts(
    occurrences.map((o) => ({
      key: o.key,
      programmeId: programme.id,
      start: o.occurrence.start,
      end: o.occurrence.end,
      ...(o.session.room !== undefined && { room: o.session.room }),
      speakerIds: o.session.speakerIds,
      moderatorIds: o.session.moderatorIds,
    })),
    [programme],
  );
  for (const conflict of conflicts) {
    for (const key of conflict.sessionKeys) byKey.get(key)?.conflicts.push(conflict);
  }

  const days = new Map<IsoDate, TimetableEntry[]>();
  for (const entry of [...occurrences, ...skipped].sort(byStart)) {
    const date = localDateOf(entry.occurrence.start, programme.timeZone);
    const list = days.get(date);
    if (list) list.push(entry);
    else days.set(date, [entry]);
  }
  const firstDay = Temporal.PlainDate.from(programme.startDate).toZonedDateTime({ timeZone: programme.timeZone, plainTime: '12:00' });
  return {
    days: [...days.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, entries]) => ({ date, offset: zoneOffsetLabel(programme.timeZone, entries[0]!.occurrence.start), entries })),
    byKey,
    broken,
    offset: zoneOffsetLabel(programme.timeZone, firstDay.toInstant().toString()),
  };
}

/** The other occurrence in a two-session conflict, seen from `key`. */
export function otherSide(conflict: Conflict, key: string): string | undefined {
  return conflict.sessionKeys.find((k) => k !== key);
}
