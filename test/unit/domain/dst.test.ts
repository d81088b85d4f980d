import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { localToInstant, offsetChangeNotes, zoneOffsetLabel, zoneTransitionsBetween } from '../../../shared/domain/dst';
import { expandSeries } from '../../../shared/domain/recurrence';
import type { Recurrence, Session } from '../../../shared/domain/types';

function series(date: string, time: string, minutes: number, timeZone: string, recurrence: Recurrence): Session {
  const start = localToInstant(date, time, timeZone);
  return {
    id: 'S1',
    createdAt: '2025-12-01T00:00:00.000Z',
    updatedAt: '2025-12-01T00:00:00.000Z',
    programmeId: 'P1',
    title: { en: 'Museums and climate' },
    kind: 'online-debate',
    start,
    end: Temporal.Instant.from(start).add({ minutes }).toString({ fractionalSecondDigits: 3 }),
    timeZone,
    recurrence,
    speakerIds: [],
    moderatorIds: [],
    interpretation: [],
  };
}

const webinar = series('2026-01-20', '13:00', 90, 'Europe/Paris', { freq: 'monthly', interval: 1, byDay: ['TU'], bySetPos: 3, count: 10 });

describe('offsetChangeNotes: the Paris webinar read in New York', () => {
  const notes = offsetChangeNotes(expandSeries(webinar), 'Europe/Paris', 'America/New_York');
  const note = (date: string) => notes.find((n) => n.occurrenceDate === date);

  it('is at 07:00 in New York most months', () => {
    expect(notes.filter((n) => n.localTimeInDisplay === '07:00').map((n) => n.occurrenceDate)).toEqual([
      '2026-01-20', '2026-02-17', '2026-04-21', '2026-05-19', '2026-06-16', '2026-07-21', '2026-08-18', '2026-09-15', '2026-10-20',
    ]);
  });

  it('is at 08:00 on 17 March, between the US change (8 Mar) and the EU one (29 Mar), and says so', () => {
    expect(note('2026-03-17')).toEqual({
      occurrenceDate: '2026-03-17',
      seriesOffset: '+01:00',
      displayOffset: '-04:00',
      differenceMinutes: -300,
      shifted: true,
      localTimeInDisplay: '08:00',
      localDateInDisplay: '2026-03-17',
    });
    expect(notes.filter((n) => n.shifted).map((n) => n.occurrenceDate)).toEqual(['2026-03-17']);
  });

  it('is not shifted on 20 October: both zones are still on summer time', () => {
    expect(note('2026-10-20')).toMatchObject({ seriesOffset: '+02:00', displayOffset: '-04:00', shifted: false, localTimeInDisplay: '07:00' });
  });

  it('flags the autumn weeks when only Europe has changed back (25 Oct – 1 Nov)', () => {
    const weekly = series('2026-10-13', '13:00', 90, 'Europe/Paris', { freq: 'weekly', interval: 1, count: 5 });
    const autumn = offsetChangeNotes(expandSeries(weekly), 'Europe/Paris', 'America/New_York');
    expect(autumn.map((n) => [n.occurrenceDate, n.localTimeInDisplay, n.shifted])).toEqual([
      ['2026-10-13', '07:00', false],
      ['2026-10-20', '07:00', false],
      ['2026-10-27', '08:00', true],
      ['2026-11-03', '07:00', false],
      ['2026-11-10', '07:00', false],
    ]);
  });

  it('gives the local date in the display zone when it is another day there', () => {
    const evening = series('2026-01-20', '18:00', 60, 'Europe/Paris', { freq: 'weekly', interval: 1, count: 1 });
    expect(offsetChangeNotes(expandSeries(evening), 'Europe/Paris', 'Australia/Sydney')[0]).toMatchObject({
      occurrenceDate: '2026-01-20',
      localDateInDisplay: '2026-01-21',
      localTimeInDisplay: '04:00',
    });
  });

  it('flags nothing between two zones without DST', () => {
    const lagos = series('2026-01-15', '10:00', 60, 'Africa/Lagos', { freq: 'monthly', interval: 1, count: 12 });
    const notes = offsetChangeNotes(expandSeries(lagos), 'Africa/Lagos', 'Asia/Kolkata');
    expect(notes.every((n) => !n.shifted && n.localTimeInDisplay === '14:30' && n.differenceMinutes === 270)).toBe(true);
  });
});

describe('zoneOffsetLabel', () => {
  it('writes the offset in force at the instant', () => {
    expect(zoneOffsetLabel('Europe/Paris', '2026-01-20T12:00:00.000Z')).toBe('UTC+01:00');
    expect(zoneOffsetLabel('Europe/Paris', '2026-07-21T11:00:00.000Z')).toBe('UTC+02:00');
    expect(zoneOffsetLabel('America/New_York', '2026-01-20T12:00:00.000Z')).toBe('UTC-05:00');
    expect(zoneOffsetLabel('Asia/Kolkata', '2026-01-20T12:00:00.000Z')).toBe('UTC+05:30');
    expect(zoneOffsetLabel('Africa/Lagos', '2026-07-21T11:00:00.000Z')).toBe('UTC+01:00');
  });
});

describe('zoneTransitionsBetween', () => {
  const year2026 = ['2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'] as const;

  it('lists the EU changes of 2026 for Paris', () => {
    expect(zoneTransitionsBetween('Europe/Paris', ...year2026)).toEqual([
      { at: '2026-03-29T01:00:00.000Z', localDate: '2026-03-29', offsetBefore: '+01:00', offsetAfter: '+02:00' },
      { at: '2026-10-25T01:00:00.000Z', localDate: '2026-10-25', offsetBefore: '+02:00', offsetAfter: '+01:00' },
    ]);
  });

  it('lists the US changes for New York and the southern ones for Sydney', () => {
    expect(zoneTransitionsBetween('America/New_York', ...year2026).map((t) => t.localDate)).toEqual(['2026-03-08', '2026-11-01']);
    expect(zoneTransitionsBetween('Australia/Sydney', ...year2026)).toEqual([
      { at: '2026-04-04T16:00:00.000Z', localDate: '2026-04-05', offsetBefore: '+11:00', offsetAfter: '+10:00' },
      { at: '2026-10-03T16:00:00.000Z', localDate: '2026-10-04', offsetBefore: '+10:00', offsetAfter: '+11:00' },
    ]);
  });

  it('finds none in Lagos', () => {
    expect(zoneTransitionsBetween('Africa/Lagos', ...year2026)).toEqual([]);
  });

  it('includes a change at the start of the window and excludes one at its end', () => {
    const paris = (from: string, to: string) => zoneTransitionsBetween('Europe/Paris', from, to).map((t) => t.localDate);
    expect(paris('2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z')).toEqual(['2026-03-29']);
  });
});
