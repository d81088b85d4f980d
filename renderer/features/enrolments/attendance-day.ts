import { attendanceKey, completionStatus, type Completion, type CompletionRule } from '../../../shared/domain/attendance';
import type { Occurrence } from '../../../shared/domain/recurrence';
import { buildTimetable } from '../../../shared/domain/session-timetable';
import type { AttendanceMark, Enrolment, IsoDate, Programme, Session } from '../../../shared/domain/types';

/**
 * The attendance day view's model: a programme's sessions by local day in its
 * zone, series expanded to occurrences, breaks left out (nobody signs in for
 * lunch), each with the attendance key its marks are stored under.
 */

export type DaySession = {
  /** The attendance key: the session id, or `<seriesId>@<date>` for an occurrence of a series. */
  key: string;
  session: Session;
  occurrence: Occurrence;
};

export type AttendanceDay = { date: IsoDate; sessions: DaySession[] };

/**
 * The key marks of one occurrence are kept under, as attendance.ts defines it:
 * a one-off session's id; `<series>@<date>` for an occurrence of a series; for a
 * moved occurrence, the key of the occurrence it replaced.
 */
export function occurrenceAttendanceKey(session: Session, occurrence: Occurrence): string {
  if (session.recurrence) return attendanceKey(session.id, occurrence.occurrenceDate);
  if (session.seriesId !== undefined && session.originalDate !== undefined) return attendanceKey(session.seriesId, session.originalDate);
  return attendanceKey(session.id);
}

/** The days of the programme that have sessions to take attendance for, in date order. */
export function attendanceDays(sessions: readonly Session[], programme: Programme): AttendanceDay[] {
  const timetable = buildTimetable(sessions, programme);
  return timetable.days
    .map((day) => ({
      date: day.date,
      sessions: day.entries.flatMap((entry): DaySession[] =>
        entry.kind === 'occurrence' && entry.session.kind !== 'break'
          ? [{ key: occurrenceAttendanceKey(entry.session, entry.occurrence), session: entry.session, occurrence: entry.occurrence }]
          : [],
      ),
    }))
    .filter((day) => day.sessions.length > 0);
}

/**
 * The day to open first: today when it has sessions, else the next day with
 * sessions while the programme runs, else its first day.
 */
export function defaultDay(days: readonly AttendanceDay[], today: IsoDate): IsoDate | undefined {
  if (days.length === 0) return undefined;
  const first = days[0]!.date;
  const last = days[days.length - 1]!.date;
  if (today < first || today > last) return first;
  return days.find((d) => d.date >= today)?.date ?? first;
}

export type MarkCounts = Record<AttendanceMark | 'unmarked', number>;

/** How many of `enrolments` are marked present, absent, excused, or not at all for `key`. */
export function markCounts(enrolments: readonly Enrolment[], key: string): MarkCounts {
  const counts: MarkCounts = { present: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const e of enrolments) counts[e.attendance.find((a) => a.sessionId === key)?.mark ?? 'unmarked'] += 1;
  return counts;
}

/** The mark of one enrolment for one key, if any. */
export function markOf(enrolment: Pick<Enrolment, 'attendance'>, key: string): AttendanceMark | undefined {
  return enrolment.attendance.find((a) => a.sessionId === key)?.mark;
}

/** Completion of each enrolment over the programme's keys, under `rule`. */
export function completions(enrolments: readonly Enrolment[], keys: readonly string[], rule: CompletionRule): Map<string, Completion> {
  return new Map(enrolments.map((e) => [e.id, completionStatus(e, keys, rule)]));
}
