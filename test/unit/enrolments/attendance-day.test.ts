import { describe, expect, it } from 'vitest';
import { programmeAttendanceKeys } from '../../../shared/domain/attendance';
import type { Session } from '../../../shared/domain/types';
import { attendanceDays, defaultDay, markCounts, markOf } from '../../../renderer/features/enrolments/attendance-day';
import { enrolment, lagos } from '../domain/enrolment-fixtures';
import { webinarProgramme, webinarSeries } from '../domain/session-fixtures';

const session = (id: string, start: string, end: string, more: Partial<Session> = {}): Session => ({
  id,
  createdAt: '',
  updatedAt: '',
  programmeId: lagos.id,
  title: { en: id },
  kind: 'lecture',
  start,
  end,
  timeZone: 'Africa/Lagos',
  speakerIds: [],
  moderatorIds: [],
  interpretation: [],
  ...more,
});

describe('attendanceDays', () => {
  const lagosSessions = [
    session('OPEN', '2022-11-21T08:00:00.000Z', '2022-11-21T09:00:00.000Z'),
    session('LUNCH', '2022-11-21T11:30:00.000Z', '2022-11-21T12:30:00.000Z', { kind: 'break' }),
    session('LATE', '2022-11-21T22:30:00.000Z', '2022-11-21T23:30:00.000Z'),
    session('DAY2', '2022-11-22T08:00:00.000Z', '2022-11-22T11:00:00.000Z'),
  ];

  it('groups sessions by local day in the programme’s zone and leaves breaks out', () => {
    const days = attendanceDays(lagosSessions, lagos);
    // 22:30 UTC is 23:30 in Lagos: still the 21st there.
    expect(days.map((d) => [d.date, d.sessions.map((s) => s.key)])).toEqual([
      ['2022-11-21', ['OPEN', 'LATE']],
      ['2022-11-22', ['DAY2']],
    ]);
  });

  it('keys series occurrences and moved occurrences exactly as the completion rule counts them', () => {
    const moved: Session = {
      ...webinarSeries,
      id: 'MOVED',
      recurrence: undefined,
      seriesId: 'SERIES',
      originalDate: '2026-03-17',
      start: '2026-03-18T12:00:00.000Z',
      end: '2026-03-18T13:30:00.000Z',
    };
    const series: Session = { ...webinarSeries, recurrence: { ...webinarSeries.recurrence!, exceptions: ['2026-03-17'] } };
    const days = attendanceDays([series, moved], webinarProgramme);
    const keys = days.flatMap((d) => d.sessions.map((s) => s.key));
    expect(keys).toContain('SERIES@2026-01-20');
    expect(days.find((d) => d.date === '2026-03-18')?.sessions.map((s) => s.key)).toEqual(['SERIES@2026-03-17']);
    expect([...keys].sort()).toEqual([...programmeAttendanceKeys([series, moved])].sort());
  });
});

describe('defaultDay', () => {
  const days = ['2022-11-21', '2022-11-22', '2022-11-24'].map((date) => ({ date, sessions: [] }));
  it('opens today while the programme runs, else the next day with sessions, else the first day', () => {
    expect(defaultDay(days, '2022-11-22')).toBe('2022-11-22');
    expect(defaultDay(days, '2022-11-23')).toBe('2022-11-24');
    expect(defaultDay(days, '2026-01-01')).toBe('2022-11-21');
    expect(defaultDay(days, '2022-01-01')).toBe('2022-11-21');
    expect(defaultDay([], '2022-01-01')).toBeUndefined();
  });
});

describe('markCounts', () => {
  it('counts present, absent, excused and unmarked people for one key', () => {
    const e = (id: string, mark?: 'present' | 'absent' | 'excused') => ({
      ...enrolment(id, id, 'participant', 'confirmed'),
      attendance: mark ? [{ sessionId: 'K', mark }, { sessionId: 'OTHER', mark: 'absent' as const }] : [],
    });
    const list = [e('A', 'present'), e('B', 'present'), e('C', 'excused'), e('D')];
    expect(markCounts(list, 'K')).toEqual({ present: 2, absent: 0, excused: 1, unmarked: 1 });
    expect(markOf(list[2]!, 'K')).toBe('excused');
    expect(markOf(list[3]!, 'K')).toBeUndefined();
  });
});
