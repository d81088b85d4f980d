import { Temporal } from 'temporal-polyfill';
import { foldText } from './text';
import type { Id, IsoInstant, Programme } from './types';

/** A dated session to check: an expanded occurrence, with a key unique in the input. */
export type ScheduledSession = {
  /** Unique per occurrence (see occurrenceKey); conflicts name sessions by it. */
  key: string;
  programmeId: Id;
  start: IsoInstant;
  end: IsoInstant;
  room?: string;
  speakerIds: readonly Id[];
  moderatorIds: readonly Id[];
};

export type ConflictKind = 'room' | 'person' | 'outside-programme';

export type Conflict = {
  kind: ConflictKind;
  /** Two keys for a clash (earlier start first), one for a session outside its programme. */
  sessionKeys: string[];
  /** The person booked twice (kind 'person'). */
  personId?: Id;
  /** The room as written on the later of the two sessions (kind 'room'). */
  room?: string;
  /** The programme whose dates the session falls outside (kind 'outside-programme'). */
  programmeId?: Id;
};

type Timed = { session: ScheduledSession; start: number; end: number };

/**
 * Everything that cannot happen as planned:
 * - 'room': two sessions of the same programme in the same room at overlapping
 *   times. Rooms match whatever the case, accents and spaces ("Salle 1" = "salle1").
 *   Rooms of different programmes are never compared: "Room A" in Lagos is not
 *   "Room A" in Paris.
 * - 'person': the same person (as speaker or moderator) in two overlapping sessions.
 * - 'outside-programme': a session whose start, read as a local date in its
 *   programme's zone, is before the programme's start date or after its end date.
 * Intervals are half-open: a session ending at 10:00 and one starting at 10:00 do
 * not clash. Runs in O(n log n + k) for k clashing pairs: one sort and a sweep per
 * room and per person, never a comparison of every pair.
 */
export function findConflicts(
  sessions: readonly ScheduledSession[],
  programmes: readonly Pick<Programme, 'id' | 'timeZone' | 'startDate' | 'endDate'>[],
): Conflict[] {
  const timed: Timed[] = sessions.map((session) => ({
    session,
    start: Temporal.Instant.from(session.start).epochMilliseconds,
    end: Temporal.Instant.from(session.end).epochMilliseconds,
  }));
  // One global sort; grouping afterwards keeps every group sorted by start.
  timed.sort((a, b) => a.start - b.start || a.end - b.end || compareKeys(a.session.key, b.session.key));

  const byRoom = new Map<string, Timed[]>();
  const byPerson = new Map<Id, Timed[]>();
  for (const t of timed) {
    if (t.session.room !== undefined) {
      const room = roomKey(t.session.room);
      // A Map key, never an object property: a room called "__proto__" is just a room.
      if (room !== '') push(byRoom, `${t.session.programmeId}\u0000${room}`, t);
    }
    // A speaker who also moderates the same session is one booking, not two.
    for (const personId of new Set([...t.session.speakerIds, ...t.session.moderatorIds])) push(byPerson, personId, t);
  }

  const conflicts: Conflict[] = [];
  for (const group of byRoom.values()) {
    sweep(group, (a, b) => conflicts.push({ kind: 'room', sessionKeys: [a.key, b.key], room: b.room }));
  }
  for (const [personId, group] of byPerson) {
    sweep(group, (a, b) => conflicts.push({ kind: 'person', sessionKeys: [a.key, b.key], personId }));
  }
  conflicts.push(...outsideProgramme(timed, programmes));
  return conflicts;
}

/** Room names compared the way people type them: case, accents and spaces do not matter. */
export function roomKey(room: string): string {
  return foldText(room).replace(/\s+/g, '');
}

/**
 * Reports each overlapping pair of a start-sorted group once. `active` holds the
 * sessions still running at the current start; each one left after pruning is a
 * clash, so the work is proportional to the group plus the clashes found.
 */
function sweep(group: readonly Timed[], clash: (a: ScheduledSession, b: ScheduledSession) => void): void {
  let active: Timed[] = [];
  for (const current of group) {
    active = active.filter((a) => a.end > current.start);
    for (const a of active) {
      // Pruning gave current.start < a.end; this also rules out a zero-length current at a's very start.
      if (a.start < current.end) clash(a.session, current.session);
    }
    active.push(current);
  }
}

function outsideProgramme(
  timed: readonly Timed[],
  programmes: readonly Pick<Programme, 'id' | 'timeZone' | 'startDate' | 'endDate'>[],
): Conflict[] {
  // The programme's calendar decides the day: 23:30 in Bogotá on the last day is that
  // day, not the next UTC one. So each programme becomes the instants from the start
  // of its first local day to the start of the day after its last, computed once.
  const windows = new Map(
    programmes.map((p) => {
      const startOfDay = (date: Temporal.PlainDate) => date.toZonedDateTime({ timeZone: p.timeZone }).epochMilliseconds;
      const from = startOfDay(Temporal.PlainDate.from(p.startDate));
      const to = startOfDay(Temporal.PlainDate.from(p.endDate).add({ days: 1 }));
      return [p.id, { id: p.id, from, to }];
    }),
  );
  const out: Conflict[] = [];
  for (const { session, start } of timed) {
    const window = windows.get(session.programmeId);
    // Without its programme there are no dates to compare with; that is a data problem reported elsewhere.
    if (window && (start < window.from || start >= window.to)) {
      out.push({ kind: 'outside-programme', sessionKeys: [session.key], programmeId: window.id });
    }
  }
  return out;
}

function push<K>(map: Map<K, Timed[]>, key: K, t: Timed): void {
  const list = map.get(key);
  if (list) list.push(t);
  else map.set(key, [t]);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
