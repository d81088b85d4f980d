import { describe, expect, it } from 'vitest';
import { seriesDstNotes } from '../../../renderer/features/calendar/dst-notes';
import { WEBINAR } from './fixtures';

describe('seriesDstNotes: the Paris webinar, every third Tuesday at 13:00', () => {
  it('marks 17 March in New York: 08:00 instead of the usual 07:00 (the US has changed clocks, Europe not yet)', () => {
    const notes = seriesDstNotes(WEBINAR, 'America/New_York');
    expect([...notes]).toEqual([['2026-03-17', { time: '08:00', usualTime: '07:00' }]]);
  });

  it('marks nothing in Paris itself, nor for a one-off session', () => {
    expect(seriesDstNotes(WEBINAR, 'Europe/Paris').size).toBe(0);
    expect(seriesDstNotes({ ...WEBINAR, recurrence: undefined }, 'America/New_York').size).toBe(0);
  });

  it('marks the winter sessions in Tokyo, which never changes clocks: 21:00 instead of the usual 20:00', () => {
    const notes = seriesDstNotes(WEBINAR, 'Asia/Tokyo');
    expect([...notes.keys()]).toEqual(['2026-01-20', '2026-02-17', '2026-03-17']);
    expect(notes.get('2026-01-20')).toEqual({ time: '21:00', usualTime: '20:00' });
  });

  it('follows an edit of the series (cached per record version)', () => {
    const moved = { ...WEBINAR, updatedAt: '2026-01-02T00:00:00.000Z', recurrence: { ...WEBINAR.recurrence!, count: 2 } };
    expect(seriesDstNotes(moved, 'America/New_York').size).toBe(0);
  });
});
