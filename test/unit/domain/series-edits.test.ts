import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../../shared/domain/recurrence';
import { editOccurrence, removeOccurrence, restoreOccurrence, skipOccurrence } from '../../../shared/domain/series-edits';
import type { Session } from '../../../shared/domain/types';

let counter = 0;
const ctx = { newId: () => `NEW${++counter}`, now: '2026-11-21T10:00:00.000Z' };

/** The ICOM France webinar: every third Tuesday, 13:00–14:30 Paris, 10 times from 20 Jan 2026. */
const webinar: Session = {
  id: 'SERIES',
  createdAt: '2025-12-01T00:00:00.000Z',
  updatedAt: '2025-12-01T00:00:00.000Z',
  programmeId: 'P',
  title: { fr: 'Solidarités, musées' },
  kind: 'online-debate',
  start: '2026-01-20T12:00:00.000Z',
  end: '2026-01-20T13:30:00.000Z',
  timeZone: 'Europe/Paris',
  recurrence: { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 },
  speakerIds: [],
  moderatorIds: [],
  interpretation: ['en', 'es'],
};

const occurrences = expandSeries(webinar);
const march = occurrences.find((o) => o.occurrenceDate === '2026-03-17')!;
const paris = (instant: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));

/** What the calendar would show after applying the changes. */
function after(changes: { before: Session | null; after: Session | null }[], extra: Session[] = []) {
  const byId = new Map<string, Session>([[webinar.id, webinar], ...extra.map((s) => [s.id, s] as const)]);
  for (const c of changes) {
    if (c.after) byId.set(c.after.id, c.after);
    else if (c.before) byId.delete(c.before.id);
  }
  return [...byId.values()].flatMap((s) => expandSeries(s)).sort((a, b) => a.start.localeCompare(b.start));
}

describe('skip and restore', () => {
  it('skipping an occurrence hides it and keeps the other nine', () => {
    const shown = after(skipOccurrence(webinar, '2026-03-17', ctx));
    expect(shown).toHaveLength(9);
    expect(shown.map((o) => o.occurrenceDate)).not.toContain('2026-03-17');
  });
  it('restoring brings it back', () => {
    const [skip] = skipOccurrence(webinar, '2026-03-17', ctx);
    const restored = restoreOccurrence(skip!.after!, '2026-03-17', ctx);
    expect(restored[0]!.after!.recurrence?.exceptions).toBeUndefined();
  });
});

describe('editing one occurrence', () => {
  it('moves only that occurrence, keeps it linked to its series, and shows it once', () => {
    const changes = editOccurrence(
      webinar,
      march,
      { start: '2026-03-18T12:00:00.000Z', end: '2026-03-18T13:30:00.000Z', room: 'Salle 2' },
      'this',
      ctx,
    );
    const shown = after(changes);
    expect(shown).toHaveLength(10);
    const moved = changes[1]!.after!;
    expect(moved).toMatchObject({ seriesId: 'SERIES', originalDate: '2026-03-17', room: 'Salle 2' });
    expect(moved.recurrence).toBeUndefined();
    expect(paris(shown.find((o) => o.sessionId === moved.id)!.start)).toBe('18/03/2026, 13:00');
  });
});

describe('editing the whole series', () => {
  it('moves every occurrence one hour later in Paris wall-clock time, across the DST change', () => {
    const changes = editOccurrence(
      webinar,
      march,
      { start: '2026-03-17T13:00:00.000Z', end: '2026-03-17T14:30:00.000Z' },
      'all',
      ctx,
    );
    const shown = after(changes);
    expect(shown).toHaveLength(10);
    // 14:00 Paris every time: 13:00Z in winter, 12:00Z in summer.
    for (const o of shown) expect(paris(o.start)).toMatch(/ 14:00$/);
    expect(shown.find((o) => o.occurrenceDate === '2026-06-16')!.start).toBe('2026-06-16T12:00:00.000Z');
  });

  it('moving the series a day later makes it "every third Wednesday"', () => {
    const changes = editOccurrence(
      webinar,
      occurrences[0]!,
      { start: '2026-01-21T12:00:00.000Z', end: '2026-01-21T13:30:00.000Z' },
      'all',
      ctx,
    );
    expect(changes[0]!.after!.recurrence?.byDay).toEqual(['WE']);
    const shown = after(changes);
    expect(shown[0]!.occurrenceDate).toBe('2026-01-21');
    expect(shown).toHaveLength(10);
  });

  it('renames every occurrence', () => {
    const changes = editOccurrence(webinar, march, { title: { fr: 'Nouveau titre' } }, 'all', ctx);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.after!.title).toEqual({ fr: 'Nouveau titre' });
    expect(changes[0]!.after!.start).toBe(webinar.start);
  });
});

describe('this and following', () => {
  it('ends the series before the occurrence and starts a new one carrying the change; still ten in all', () => {
    const changes = editOccurrence(
      webinar,
      march,
      { start: '2026-03-17T13:00:00.000Z', end: '2026-03-17T14:30:00.000Z' },
      'following',
      ctx,
    );
    expect(changes[0]!.after!.recurrence?.count).toBe(2);
    expect(changes[1]!.after!.recurrence?.count).toBe(8);
    const shown = after(changes);
    expect(shown).toHaveLength(10);
    expect(paris(shown[0]!.start)).toMatch(/ 13:00$/);
    expect(paris(shown[1]!.start)).toMatch(/ 13:00$/);
    for (const o of shown.slice(2)) expect(paris(o.start)).toMatch(/ 14:00$/);
  });

  it('splits an "until" series at the same place', () => {
    const untilSeries: Session = { ...webinar, recurrence: { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, until: '2026-10-31' } };
    const occ = expandSeries(untilSeries).find((o) => o.occurrenceDate === '2026-03-17')!;
    const changes = editOccurrence(untilSeries, occ, { room: 'Online B' }, 'following', ctx);
    expect(changes[0]!.after!.recurrence?.until).toBe('2026-02-17');
    expect(changes[1]!.after!.recurrence?.until).toBe('2026-10-31');
    expect(after(changes).length).toBe(10);
  });

  it('on the first occurrence is the same as the whole series', () => {
    const changes = editOccurrence(webinar, occurrences[0]!, { room: 'X' }, 'following', ctx);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.after!.room).toBe('X');
  });
});

describe('removing', () => {
  it('this occurrence skips it; following ends the series; all removes the series and its moved occurrences', () => {
    expect(after(removeOccurrence(webinar, march, 'this', [], ctx))).toHaveLength(9);
    expect(after(removeOccurrence(webinar, march, 'following', [], ctx))).toHaveLength(2);
    const moved = editOccurrence(webinar, occurrences[5]!, { room: 'Y' }, 'this', ctx)[1]!.after!;
    const all = removeOccurrence(webinar, march, 'all', [moved], ctx);
    expect(all.map((c) => c.before?.id).sort()).toEqual([moved.id, 'SERIES'].sort());
    expect(all.every((c) => c.after === null)).toBe(true);
  });
});
