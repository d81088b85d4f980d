import { describe, expect, it } from 'vitest';
import {
  attendanceKey,
  clearAttendance,
  completionStatus,
  markAttendance,
  programmeAttendanceKeys,
  suggestedFinalStatus,
} from '../../../shared/domain/attendance';
import { DomainError } from '../../../shared/domain/errors';
import { occurrenceKey } from '../../../shared/domain/recurrence';
import type { AttendanceMark, Enrolment, Session, SessionKind } from '../../../shared/domain/types';
import { enrolment, lagos, NOW, T0 } from './enrolment-fixtures';
import { webinarSeries } from './session-fixtures';

function session(id: string, kind: SessionKind, start: string, end: string): Session {
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    programmeId: 'LAGOS',
    title: { en: id },
    kind,
    start,
    end,
    timeZone: 'Africa/Lagos',
    speakerIds: [],
    moderatorIds: [],
    interpretation: [],
  };
}

/** Lagos, 21–25 Nov 2022 (UTC+1): each day a lecture, a coffee break, a workshop: 10 sessions to attend, 5 breaks. */
const days = ['21', '22', '23', '24', '25'];
const lagosSessions: Session[] = days.flatMap((d) => [
  session(`LEC-${d}`, 'lecture', `2022-11-${d}T08:00:00.000Z`, `2022-11-${d}T09:30:00.000Z`),
  session(`BRK-${d}`, 'break', `2022-11-${d}T09:30:00.000Z`, `2022-11-${d}T10:00:00.000Z`),
  session(`WSH-${d}`, d === '23' ? 'visit' : 'workshop', `2022-11-${d}T13:00:00.000Z`, `2022-11-${d}T15:30:00.000Z`),
]);
const lagosKeys = programmeAttendanceKeys(lagosSessions);

/** A confirmed participant with the given marks, in key order; later keys unmarked. */
function attendee(marks: AttendanceMark[], keys: readonly string[] = lagosKeys): Enrolment {
  return { ...enrolment('E-P01', 'P01', 'participant', 'confirmed'), attendance: marks.map((mark, i) => ({ sessionId: keys[i]!, mark })) };
}

const p = (n: number): AttendanceMark[] => Array<AttendanceMark>(n).fill('present');
const a = (n: number): AttendanceMark[] => Array<AttendanceMark>(n).fill('absent');
const x = (n: number): AttendanceMark[] => Array<AttendanceMark>(n).fill('excused');

describe('attendance keys', () => {
  it('is the session id for a one-off session, "<series>@<date>" for an occurrence', () => {
    expect(attendanceKey('LEC-21')).toBe('LEC-21');
    expect(attendanceKey('SERIES', '2026-02-17')).toBe('SERIES@2026-02-17');
    expect(attendanceKey('SERIES', '2026-02-17')).toBe(occurrenceKey({ sessionId: 'SERIES', occurrenceDate: '2026-02-17' }));
  });

  it('lists the Lagos sessions without the breaks', () => {
    expect(lagosKeys).toHaveLength(10);
    expect(lagosKeys.slice(0, 3)).toEqual(['LEC-21', 'WSH-21', 'LEC-22']);
    expect(lagosKeys.some((k) => k.startsWith('BRK'))).toBe(false);
  });

  it('gives each webinar of a monthly series its own key', () => {
    const keys = programmeAttendanceKeys([webinarSeries]);
    expect(keys).toHaveLength(10);
    expect(keys.slice(0, 3)).toEqual(['SERIES@2026-01-20', 'SERIES@2026-02-17', 'SERIES@2026-03-17']);
  });

  it('keeps the key of a moved webinar, so marks taken before the move still count', () => {
    const skipped: Session = { ...webinarSeries, recurrence: { ...webinarSeries.recurrence!, exceptions: ['2026-03-17'] } };
    const moved: Session = {
      ...webinarSeries,
      id: 'MOVED',
      recurrence: undefined,
      seriesId: 'SERIES',
      originalDate: '2026-03-17',
      start: '2026-03-18T12:00:00.000Z',
      end: '2026-03-18T13:30:00.000Z',
    };
    const keys = programmeAttendanceKeys([skipped, moved]);
    expect(keys).toHaveLength(10);
    expect(keys).toContain('SERIES@2026-03-17');
    expect(keys).not.toContain('MOVED');
  });
});

describe('markAttendance', () => {
  it('records a mark, and replaces it when corrected', () => {
    const first = markAttendance(attendee([]), 'LEC-21', 'absent', NOW);
    const corrected = markAttendance(first, 'LEC-21', 'present', '2022-11-21T10:00:00.000Z');
    expect(first.attendance).toEqual([{ sessionId: 'LEC-21', mark: 'absent' }]);
    expect(corrected.attendance).toEqual([{ sessionId: 'LEC-21', mark: 'present' }]);
    expect(corrected.updatedAt).toBe('2022-11-21T10:00:00.000Z');
  });

  it('marks one occurrence of a series without touching the others', () => {
    const one = markAttendance(attendee([]), attendanceKey('SERIES', '2026-01-20'), 'present', NOW);
    const two = markAttendance(one, attendanceKey('SERIES', '2026-02-17'), 'excused', NOW);
    expect(two.attendance).toEqual([
      { sessionId: 'SERIES@2026-01-20', mark: 'present' },
      { sessionId: 'SERIES@2026-02-17', mark: 'excused' },
    ]);
  });

  it('refuses people who have not confirmed', () => {
    const accepted = enrolment('E-P21', 'P21', 'participant', 'accepted');
    try {
      markAttendance(accepted, 'LEC-21', 'present', NOW);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ key: 'errors.attendanceNotConfirmed', params: { status: 'accepted' } });
    }
  });

  it('clears a mark made by mistake', () => {
    const marked = attendee(p(2));
    expect(clearAttendance(marked, 'LEC-21', NOW).attendance).toEqual([{ sessionId: 'WSH-21', mark: 'present' }]);
    expect(clearAttendance(marked, 'LEC-25', NOW)).toBe(marked);
  });
});

describe('completionStatus, 80% of the 10 Lagos sessions', () => {
  it('completes with 8 of 10, not with 7', () => {
    expect(completionStatus(attendee([...p(8), ...a(2)]), lagosKeys)).toEqual({
      present: 8,
      counted: 10,
      share: 0.8,
      completed: true,
      unmarked: 0,
      marked: 10,
    });
    expect(completionStatus(attendee([...p(7), ...a(3)]), lagosKeys).completed).toBe(false);
  });

  it('does not count breaks, even when someone was marked at one', () => {
    const withBreaks = attendee([...p(7), ...a(3)]);
    withBreaks.attendance.push({ sessionId: 'BRK-21', mark: 'present' }, { sessionId: 'BRK-22', mark: 'present' });
    expect(completionStatus(withBreaks, lagosKeys)).toMatchObject({ present: 7, counted: 10, completed: false });
  });

  it('counts an unmarked session as absent', () => {
    expect(completionStatus(attendee(p(7)), lagosKeys)).toMatchObject({ present: 7, counted: 10, unmarked: 3, completed: false });
  });

  it('treats excused absences as the rule says', () => {
    const marks = attendee([...p(7), ...x(1), ...a(2)]);
    expect(completionStatus(marks, lagosKeys).completed).toBe(false); // default: excused = absent
    expect(completionStatus(marks, lagosKeys, { excusedCounts: 'present' })).toMatchObject({ present: 8, counted: 10, completed: true });
    expect(completionStatus(marks, lagosKeys, { excusedCounts: 'ignored' })).toMatchObject({ present: 7, counted: 9, completed: false });
    const twoExcused = attendee([...p(7), ...x(2), ...a(1)]);
    expect(completionStatus(twoExcused, lagosKeys, { excusedCounts: 'ignored' })).toMatchObject({ present: 7, counted: 8, share: 0.875, completed: true });
    expect(completionStatus(twoExcused, lagosKeys, { excusedCounts: 'absent' }).completed).toBe(false);
  });

  it('never completes with nothing counted', () => {
    expect(completionStatus(attendee(x(10)), lagosKeys, { excusedCounts: 'ignored' })).toMatchObject({ counted: 0, share: 0, completed: false });
  });

  it('takes another share, and refuses one outside 0–100%', () => {
    expect(completionStatus(attendee([...p(9), ...a(1)]), lagosKeys, { minimumShare: 1 }).completed).toBe(false);
    expect(completionStatus(attendee([...p(6), ...a(4)]), lagosKeys, { minimumShare: 0.6 }).completed).toBe(true);
    for (const minimumShare of [80, -0.1, Number.NaN]) {
      expect(() => completionStatus(attendee([]), lagosKeys, { minimumShare })).toThrow(
        expect.objectContaining({ key: 'errors.completionShare', params: { value: String(minimumShare) } }),
      );
    }
  });

  it('works the same over the occurrences of a webinar cycle', () => {
    const keys = programmeAttendanceKeys([webinarSeries]);
    const marks = attendee([...p(8), ...x(1), ...a(1)], keys);
    expect(completionStatus(marks, keys, { excusedCounts: 'ignored' })).toMatchObject({ present: 8, counted: 9, completed: true });
  });
});

describe('suggestedFinalStatus', () => {
  const after = { programme: lagos, today: '2022-11-26' };

  it('suggests attended for a participant who completed, once the programme is over', () => {
    expect(suggestedFinalStatus(attendee([...p(9), ...a(1)]), lagosKeys, after)).toBe('attended');
  });

  it('suggests no-show for one marked absent throughout', () => {
    expect(suggestedFinalStatus(attendee(a(10)), lagosKeys, after)).toBe('no-show');
    expect(suggestedFinalStatus(attendee(a(2)), lagosKeys, after)).toBe('no-show');
  });

  it('suggests nothing while it runs, with no marks, or for a partial attendance staff must judge', () => {
    expect(suggestedFinalStatus(attendee(p(10)), lagosKeys, { programme: lagos, today: '2022-11-25' })).toBeUndefined();
    expect(suggestedFinalStatus(attendee([]), lagosKeys, after)).toBeUndefined();
    expect(suggestedFinalStatus(attendee([...p(5), ...a(5)]), lagosKeys, after)).toBeUndefined();
  });

  it('follows the rule on excused absences', () => {
    const marks = attendee([...p(7), ...x(3)]);
    expect(suggestedFinalStatus(marks, lagosKeys, after)).toBeUndefined();
    expect(suggestedFinalStatus(marks, lagosKeys, { ...after, rule: { excusedCounts: 'ignored' } })).toBe('attended');
  });

  it('suggests nothing for trainers or for people not confirmed', () => {
    expect(suggestedFinalStatus({ ...attendee(p(10)), role: 'trainer' }, lagosKeys, after)).toBeUndefined();
    expect(suggestedFinalStatus({ ...attendee(p(10)), status: 'attended' }, lagosKeys, after)).toBeUndefined();
  });
});
