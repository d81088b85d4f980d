import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { findConflicts, roomKey, type Conflict, type ScheduledSession } from '../../../shared/domain/conflicts';
import { localToInstant } from '../../../shared/domain/dst';

const LAGOS = { id: 'LAGOS22', timeZone: 'Africa/Lagos', startDate: '2022-11-21', endDate: '2022-11-25' };
const PARIS = { id: 'PARIS22', timeZone: 'Europe/Paris', startDate: '2022-11-21', endDate: '2022-11-25' };

/** A session typed as the agenda shows it: local day and times in Lagos. */
function at(key: string, day: string, from: string, to: string, over: Partial<ScheduledSession> = {}): ScheduledSession {
  return {
    key,
    programmeId: LAGOS.id,
    start: localToInstant(day, from, LAGOS.timeZone),
    end: localToInstant(day, to, LAGOS.timeZone),
    speakerIds: [],
    moderatorIds: [],
    ...over,
  };
}

const kinds = (conflicts: Conflict[]) => conflicts.map((c) => c.kind);

describe('findConflicts: rooms', () => {
  it('flags two sessions in the same room at overlapping times, whatever the case and spaces', () => {
    const conflicts = findConflicts(
      [
        at('a', '2022-11-22', '09:00', '10:30', { room: 'Salle Picasso' }),
        at('b', '2022-11-22', '10:00', '11:00', { room: '  salle   PICASSO ' }),
      ],
      [LAGOS],
    );
    expect(conflicts).toEqual([{ kind: 'room', sessionKeys: ['a', 'b'], room: '  salle   PICASSO ' }]);
  });

  it('matches rooms written with or without accents and spaces', () => {
    expect(roomKey('Salle Éléphant 2')).toBe(roomKey('salle elephant2'));
    expect(roomKey('Room A')).not.toBe(roomKey('Room B'));
  });

  it('does not compare rooms of different programmes, or sessions without a room', () => {
    const conflicts = findConflicts(
      [
        at('a', '2022-11-22', '09:00', '10:30', { room: 'Room A' }),
        at('b', '2022-11-22', '09:00', '10:30', { room: 'Room A', programmeId: PARIS.id }),
        at('c', '2022-11-22', '09:00', '10:30'),
        at('d', '2022-11-22', '09:00', '10:30'),
      ],
      [LAGOS, PARIS],
    );
    expect(conflicts).toEqual([]);
  });

  it('does not flag back-to-back sessions (one ends when the next starts)', () => {
    const conflicts = findConflicts(
      [
        at('a', '2022-11-22', '09:00', '10:30', { room: 'Room A', speakerIds: ['ada'] }),
        at('b', '2022-11-22', '10:30', '12:00', { room: 'Room A', speakerIds: ['ada'] }),
      ],
      [LAGOS],
    );
    expect(conflicts).toEqual([]);
  });

  it('reports each overlapping pair when three sessions share a slot', () => {
    const conflicts = findConflicts(
      [
        at('a', '2022-11-23', '09:00', '12:00', { room: 'Hall' }),
        at('b', '2022-11-23', '10:00', '11:00', { room: 'Hall' }),
        at('c', '2022-11-23', '10:30', '13:00', { room: 'Hall' }),
        at('d', '2022-11-23', '13:00', '14:00', { room: 'Hall' }),
      ],
      [LAGOS],
    );
    expect(conflicts.map((c) => c.sessionKeys)).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
  });
});

describe('findConflicts: people', () => {
  it('flags a speaker booked in two overlapping sessions, in any programmes', () => {
    const conflicts = findConflicts(
      [
        at('a', '2022-11-22', '09:00', '10:30', { speakerIds: ['ngozi', 'amadou'] }),
        at('b', '2022-11-22', '10:00', '11:00', { speakerIds: ['amadou'], programmeId: PARIS.id }),
      ],
      [LAGOS, PARIS],
    );
    expect(conflicts).toEqual([{ kind: 'person', sessionKeys: ['a', 'b'], personId: 'amadou' }]);
  });

  it('flags a moderator of one session who speaks in another at the same time', () => {
    const conflicts = findConflicts(
      [
        at('a', '2022-11-22', '14:00', '15:00', { moderatorIds: ['maria'] }),
        at('b', '2022-11-22', '14:30', '15:30', { speakerIds: ['maria'] }),
      ],
      [LAGOS],
    );
    expect(conflicts).toEqual([{ kind: 'person', sessionKeys: ['a', 'b'], personId: 'maria' }]);
  });

  it('counts one clash, not two, for someone who both speaks and moderates', () => {
    const conflicts = findConflicts(
      [
        at('a', '2022-11-22', '14:00', '15:00', { speakerIds: ['maria'], moderatorIds: ['maria'] }),
        at('b', '2022-11-22', '14:30', '15:30', { speakerIds: ['maria'] }),
        at('c', '2022-11-22', '16:00', '17:00', { speakerIds: ['maria'], moderatorIds: ['maria'] }),
      ],
      [LAGOS],
    );
    expect(conflicts).toEqual([{ kind: 'person', sessionKeys: ['a', 'b'], personId: 'maria' }]);
  });
});

describe('findConflicts: programme dates', () => {
  it('reads the day in the programme’s zone', () => {
    const bogota = { id: 'BOG', timeZone: 'America/Bogota', startDate: '2023-05-08', endDate: '2023-05-12' };
    const tokyo = { id: 'TYO', timeZone: 'Asia/Tokyo', startDate: '2023-05-08', endDate: '2023-05-12' };
    const local = (key: string, p: typeof bogota, day: string, time: string): ScheduledSession => {
      const start = localToInstant(day, time, p.timeZone);
      const end = Temporal.Instant.from(start).add({ hours: 1 }).toString();
      return { key, programmeId: p.id, start, end, speakerIds: [], moderatorIds: [] };
    };
    const lateInBogota = local('late', bogota, '2023-05-12', '23:30');
    const earlyInTokyo = local('early', tokyo, '2023-05-13', '00:30');
    // The UTC dates say the opposite of the local ones.
    expect(lateInBogota.start).toBe('2023-05-13T04:30:00.000Z');
    expect(earlyInTokyo.start).toBe('2023-05-12T15:30:00.000Z');
    const conflicts = findConflicts(
      [lateInBogota, earlyInTokyo, local('eve', bogota, '2023-05-07', '18:00'), local('first', tokyo, '2023-05-08', '00:00')],
      [bogota, tokyo],
    );
    expect(conflicts).toEqual([
      { kind: 'outside-programme', sessionKeys: ['eve'], programmeId: 'BOG' },
      { kind: 'outside-programme', sessionKeys: ['early'], programmeId: 'TYO' },
    ]);
  });

  it('leaves sessions of an unknown programme to other checks', () => {
    expect(findConflicts([at('a', '2030-01-01', '09:00', '10:00', { programmeId: 'GONE' })], [LAGOS])).toEqual([]);
  });
});

describe('findConflicts: a year of sessions', () => {
  it('finds exactly the planted clashes among 5,000 sessions', () => {
    const base = Temporal.Instant.from('2026-01-05T08:00:00Z');
    const programmes = Array.from({ length: 10 }, (_, p) => ({ id: `P${p}`, timeZone: 'Europe/Paris', startDate: '2025-12-01', endDate: '2027-12-31' }));
    const slot = (i: number, offsetMinutes: number, minutes: number) => ({
      start: base.add({ hours: 2 * i, minutes: offsetMinutes }).toString(),
      end: base.add({ hours: 2 * i, minutes: offsetMinutes + minutes }).toString(),
    });
    // One session every two hours, an hour long: rooms and moderators repeat, but never at the same time.
    const sessions: ScheduledSession[] = Array.from({ length: 5000 }, (_, i) => ({
      key: `s${i}`,
      programmeId: `P${i % 10}`,
      room: `Room ${i % 7}`,
      speakerIds: [`speaker${i}`],
      moderatorIds: [`moderator${i % 50}`],
      ...slot(i, 0, 60),
    }));
    const planted: ScheduledSession[] = [];
    for (let k = 0; k < 20; k += 1) {
      const i = 100 * k + 3;
      planted.push({ key: `room${k}`, programmeId: `P${i % 10}`, room: ` room ${i % 7}`, speakerIds: [], moderatorIds: [], ...slot(i, 30, 60) });
    }
    for (let k = 0; k < 30; k += 1) {
      const i = 100 * k + 51;
      planted.push({ key: `person${k}`, programmeId: 'P0', speakerIds: [`moderator${i % 50}`], moderatorIds: [], ...slot(i, 59, 30) });
    }
    for (let k = 0; k < 10; k += 1) {
      // Same room, same programme, same speaker, straight after: not a clash.
      const i = 100 * k + 77;
      planted.push({ key: `next${k}`, programmeId: `P${i % 10}`, room: `Room ${i % 7}`, speakerIds: [`speaker${i}`], moderatorIds: [], ...slot(i, 60, 60) });
    }
    const conflicts = findConflicts([...planted, ...sessions], programmes);
    expect(conflicts.filter((c) => c.kind === 'room')).toHaveLength(20);
    expect(conflicts.filter((c) => c.kind === 'person')).toHaveLength(30);
    expect(kinds(conflicts)).not.toContain('outside-programme');
    expect(conflicts).toContainEqual({ kind: 'room', sessionKeys: ['s1903', 'room19'], room: ' room 6' });
    expect(conflicts).toContainEqual({ kind: 'person', sessionKeys: ['s2951', 'person29'], personId: 'moderator1' });
  });
});
