import { describe, expect, it } from 'vitest';
import { editOccurrence, skipOccurrence } from '../../../shared/domain/series-edits';
import { expandSeries } from '../../../shared/domain/recurrence';
import { buildTimetable } from '../../../shared/domain/session-timetable';
import type { Session } from '../../../shared/domain/types';
import { webinarProgramme as programme, webinarSeries as series } from './session-fixtures';

const ctx = { newId: () => 'MOVED', now: '2026-02-01T10:00:00.000Z' };
const occurrences = expandSeries(series);
const at = (date: string) => occurrences.find((o) => o.occurrenceDate === date)!;

describe('buildTimetable', () => {
  it('lists every occurrence by local day, with the offset of each day', () => {
    const table = buildTimetable([series], programme);
    expect(table.days.map((d) => d.date)).toEqual(occurrences.map((o) => o.occurrenceDate));
    expect(table.offset).toBe('UTC+01:00');
    expect(table.days.find((d) => d.date === '2026-04-21')?.offset).toBe('UTC+02:00');
  });

  it('shows a moved occurrence in its new place and a skipped date as skipped', () => {
    const [skip] = skipOccurrence(series, '2026-05-19', ctx);
    const [headAfterSkip, moved] = editOccurrence(skip!.after!, at('2026-03-17'), { start: '2026-03-18T12:00:00.000Z', end: '2026-03-18T13:30:00.000Z' }, 'this', ctx);
    const table = buildTimetable([headAfterSkip!.after!, moved!.after!], programme);
    const dates = table.days.map((d) => [d.date, d.entries.map((e) => e.kind)]);
    expect(dates).toContainEqual(['2026-03-18', ['occurrence']]);
    expect(dates).toContainEqual(['2026-05-19', ['skipped']]);
    // The date the occurrence moved from is not shown as skipped.
    expect(dates.map(([d]) => d)).not.toContain('2026-03-17');
    const movedEntry = table.days.find((d) => d.date === '2026-03-18')!.entries[0]!;
    expect(movedEntry.kind === 'occurrence' && movedEntry.parent?.id).toBe('SERIES');
  });

  it('flags room and person clashes and sessions outside the programme', () => {
    const base = { ...series, recurrence: undefined, createdAt: series.createdAt } satisfies Session;
    delete base.recurrence;
    const a: Session = { ...base, id: 'A', room: 'Salle 1', start: '2026-02-03T09:00:00.000Z', end: '2026-02-03T10:00:00.000Z' };
    const b: Session = { ...base, id: 'B', room: 'salle1', speakerIds: [], moderatorIds: [], start: '2026-02-03T09:30:00.000Z', end: '2026-02-03T10:30:00.000Z' };
    const c: Session = { ...base, id: 'C', start: '2026-02-03T09:45:00.000Z', end: '2026-02-03T10:15:00.000Z' };
    const late: Session = { ...base, id: 'LATE', speakerIds: [], moderatorIds: [], start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:00:00.000Z' };
    const table = buildTimetable([a, b, c, late], programme);
    const kinds = (id: string) => table.byKey.get(`${id}@${id === 'LATE' ? '2026-12-01' : '2026-02-03'}`)!.conflicts.map((x) => x.kind).sort();
    expect(kinds('A')).toEqual(['person', 'person', 'room']);
    expect(kinds('B')).toEqual(['room']);
    expect(kinds('C')).toEqual(['person', 'person']);
    expect(kinds('LATE')).toEqual(['outside-programme']);
  });

  it('reports a record whose rule cannot be expanded instead of failing', () => {
    const endless: Session = { ...series, id: 'BAD', recurrence: { freq: 'weekly', interval: 1 } };
    const table = buildTimetable([endless, series], programme);
    expect(table.broken.map((b) => [b.session.id, b.error.key])).toEqual([['BAD', 'errors.recurrenceUnbounded']]);
    expect(table.days).toHaveLength(10);
  });
});
