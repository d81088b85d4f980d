import { DomainError } from './errors';
import { expandSeries, occurrenceKey } from './recurrence';
import type { AttendanceMark, Enrolment, EnrolmentStatus, Id, IsoDate, IsoInstant, Programme, Session } from './types';

/**
 * Attendance, session by session, and who completed a programme.
 *
 * Key convention. `Enrolment.attendance[].sessionId` holds an attendance key:
 * - a one-off session: its id (`01J…`);
 * - one occurrence of a recurring series: `<seriesId>@<YYYY-MM-DD>` with the
 *   occurrence's local date, the same string as recurrence.ts occurrenceKey;
 * - a moved or edited occurrence (its own Session with `seriesId` and
 *   `originalDate`): `<seriesId>@<originalDate>`, the key of the occurrence it
 *   replaced, so moving a webinar to another day after marking it keeps the marks.
 * A series split with "this and following" becomes a new series, whose later
 * occurrences get new keys: take attendance after such edits, not before.
 */

/** The attendance key of a session, or of one occurrence of a series when `occurrenceDate` is given. */
export function attendanceKey(sessionId: Id, occurrenceDate?: IsoDate): string {
  return occurrenceDate === undefined ? sessionId : occurrenceKey({ sessionId, occurrenceDate });
}

/**
 * Every attendance key of a programme, from its sessions: series expanded to
 * their occurrences (skipped ones left out), breaks excluded (nobody signs in
 * for lunch, so they never count toward completion). In session order, no repeats.
 * Throws like expandSeries on an invalid recurrence.
 */
export function programmeAttendanceKeys(sessions: readonly Session[]): string[] {
  const keys = new Set<string>();
  const ordered = [...sessions].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  for (const session of ordered) {
    if (session.kind === 'break') continue;
    if (session.recurrence) {
      for (const o of expandSeries(session)) keys.add(attendanceKey(session.id, o.occurrenceDate));
    } else if (session.seriesId !== undefined && session.originalDate !== undefined) {
      keys.add(attendanceKey(session.seriesId, session.originalDate));
    } else {
      keys.add(attendanceKey(session.id));
    }
  }
  return [...keys];
}

/** Statuses whose attendance is taken: people who confirmed, before and after the final status. */
export const ATTENDANCE_STATUSES: readonly EnrolmentStatus[] = ['confirmed', 'attended', 'no-show'];

/**
 * The enrolment with `mark` recorded for `key` (replacing an earlier mark for the
 * same key). Refuses ('errors.attendanceNotConfirmed') anyone not confirmed: the
 * sign-in sheet lists confirmed people, and a walk-in is confirmed first.
 */
export function markAttendance(enrolment: Enrolment, key: string, mark: AttendanceMark, now: IsoInstant): Enrolment {
  if (!ATTENDANCE_STATUSES.includes(enrolment.status)) {
    throw new DomainError(
      'errors.attendanceNotConfirmed',
      { status: enrolment.status },
      `Attendance is taken for confirmed people; this enrolment is "${enrolment.status}".`,
    );
  }
  const attendance = enrolment.attendance.filter((a) => a.sessionId !== key);
  attendance.push({ sessionId: key, mark });
  return { ...enrolment, attendance, updatedAt: now };
}

/** The enrolment without a mark for `key` (a mark made by mistake). */
export function clearAttendance(enrolment: Enrolment, key: string, now: IsoInstant): Enrolment {
  if (!enrolment.attendance.some((a) => a.sessionId === key)) return enrolment;
  return { ...enrolment, attendance: enrolment.attendance.filter((a) => a.sessionId !== key), updatedAt: now };
}

export type CompletionRule = {
  /** Share of counted sessions to attend, 0..1. */
  minimumShare: number;
  /**
   * An excused absence (illness, a visa delay) counts as present, as absent, or
   * is ignored (left out of the denominator).
   */
  excusedCounts: 'present' | 'absent' | 'ignored';
};

/**
 * 80% of sessions, excused absences counted as absences: a certificate says the
 * person followed the training, and an excused absence is still time not spent in
 * it. Programmes that want to be lenient choose 'ignored'.
 */
export const DEFAULT_COMPLETION_RULE: CompletionRule = { minimumShare: 0.8, excusedCounts: 'absent' };

export type Completion = {
  /** Sessions counted as present (excused included when the rule says so). */
  present: number;
  /** Sessions in the denominator. */
  counted: number;
  /** present / counted, 0 when nothing is counted. */
  share: number;
  completed: boolean;
  /** Programme sessions with no mark at all: counted as absent. */
  unmarked: number;
  /** Programme sessions marked at all (present, absent or excused). */
  marked: number;
};

/**
 * How much of the programme a person attended, over `programmeKeys` (from
 * programmeAttendanceKeys, so breaks are already out). A session with no mark
 * counts as absent: nobody saw them there. Marks for keys outside the programme
 * (a deleted session, a break) are ignored. Completed when present / counted
 * reaches `minimumShare`; never with nothing counted.
 */
export function completionStatus(
  enrolment: Pick<Enrolment, 'attendance'>,
  programmeKeys: readonly string[],
  rule: Partial<CompletionRule> = {},
): Completion {
  const { minimumShare, excusedCounts } = { ...DEFAULT_COMPLETION_RULE, ...rule };
  if (!(minimumShare >= 0 && minimumShare <= 1)) {
    throw new DomainError('errors.completionShare', { value: String(minimumShare) }, `The share to complete must be 0–100%, not ${minimumShare}.`);
  }
  const marks = new Map(enrolment.attendance.map((a) => [a.sessionId, a.mark]));
  let present = 0;
  let counted = 0;
  let marked = 0;
  for (const key of new Set(programmeKeys)) {
    const mark = marks.get(key);
    if (mark !== undefined) marked += 1;
    if (mark === 'excused' && excusedCounts === 'ignored') continue;
    counted += 1;
    if (mark === 'present' || (mark === 'excused' && excusedCounts === 'present')) present += 1;
  }
  const share = counted === 0 ? 0 : present / counted;
  return { present, counted, share, completed: counted > 0 && share >= minimumShare, unmarked: new Set(programmeKeys).size - marked, marked };
}

/**
 * The final status to suggest for a confirmed participant once the programme is
 * over (`today` after its end date, in the programme's zone):
 * - 'attended' when they completed (completionStatus under `rule`);
 * - 'no-show' when attendance was taken for them and they were present at no session;
 * - undefined otherwise: not a confirmed participant, programme not over, no
 *   mark at all (attendance not taken, which says nothing about them), or present
 *   at some sessions but short of the rule. That last case is a judgement staff
 *   make (they came, but earned no certificate), so nothing is suggested.
 */
export function suggestedFinalStatus(
  enrolment: Pick<Enrolment, 'role' | 'status' | 'attendance'>,
  programmeKeys: readonly string[],
  ctx: { programme: Pick<Programme, 'endDate'>; today: IsoDate; rule?: Partial<CompletionRule> },
): 'attended' | 'no-show' | undefined {
  if (enrolment.role !== 'participant' || enrolment.status !== 'confirmed') return undefined;
  if (ctx.today <= ctx.programme.endDate) return undefined;
  const completion = completionStatus(enrolment, programmeKeys, ctx.rule);
  if (completion.marked === 0) return undefined;
  if (completion.completed) return 'attended';
  return completion.present === 0 ? 'no-show' : undefined;
}
