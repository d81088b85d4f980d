import type { Programme, Session } from '../../../shared/domain/types';
import type { DeskDatabase } from '../../db/schema';
import { isOverview, passes, type CalendarFilter, type VisibleRange } from './range';
import { mayReach } from './reach';

/**
 * How far before a range the start index is read. A one-off session is a
 * meeting within a day or two; one that lasts longer is kept, with the series,
 * among the "long" sessions (see readLongSessions).
 */
export const LOOKBACK_MS = 2 * 86_400_000;

/** A session the start window cannot find: a series, or a one-off longer than the look-back. */
export function isLong(session: Pick<Session, 'start' | 'end' | 'recurrence'>): boolean {
  return session.recurrence !== undefined || Date.parse(session.end) - Date.parse(session.start) > LOOKBACK_MS;
}

/**
 * The series (and rare long one-offs) of the whole desk, kept in memory by the
 * page: a series started in 2025 can reach the month on screen, and no index
 * says how far a rule reaches. Read again whenever sessions change.
 */
export async function readLongSessions(db: DeskDatabase): Promise<Session[]> {
  return (await db.sessions.toArray()).filter(isLong);
}

/** The records a range needs, and how many the database returned for it (the benchmark reports these). */
export type RangeRead = { programmes: Programme[]; sessions: Session[]; programmesRead: number; sessionsRead: number };

/**
 * Reads what may show in `range`, through the indexes, and nothing else:
 * - programmes whose dates overlap it: the ids from the startDate and endDate
 *   indexes are intersected before any record is read;
 * - sessions starting in it, or up to LOOKBACK_MS before it, from the start
 *   index ([programmeId+start] when one programme is selected);
 * - from `long` (held in memory), the series that started earlier and whose
 *   rule can still reach the range.
 * The year overview reads no session (see isOverview).
 */
export async function readRange(db: DeskDatabase, range: VisibleRange, filter: CalendarFilter, long: readonly Session[]): Promise<RangeRead> {
  const fromMs = Date.parse(range.from);
  const windowStart = new Date(fromMs - LOOKBACK_MS).toISOString();
  const overview = isOverview(range);
  // One read-only transaction: one snapshot of both tables, and the reads run side by side.
  const [programmes, window] = await db.transaction('r', db.programmes, db.sessions, () =>
    Promise.all([overlappingProgrammes(db, range, filter), overview ? [] : sessionsStartingIn(db, windowStart, range.to, filter)]),
  );
  const earlier = overview
    ? []
    : long.filter((s) => s.start < windowStart && (filter.programmeId === undefined || s.programmeId === filter.programmeId) && mayReach(s, fromMs));
  return {
    programmes: programmes.filter((p) => passes(p, filter)),
    programmesRead: programmes.length,
    sessions: [...window.filter((s) => mayReach(s, fromMs)), ...earlier],
    sessionsRead: window.length,
  };
}

/** Programmes whose dates overlap the range: index keys intersected first, then only those records read. */
async function overlappingProgrammes(db: DeskDatabase, range: VisibleRange, filter: CalendarFilter): Promise<Programme[]> {
  const [startingBefore, endingAfter] = await Promise.all([
    db.programmes.where('startDate').below(range.endDate).primaryKeys(),
    db.programmes.where('endDate').aboveOrEqual(range.firstDate).primaryKeys(),
  ]);
  const overlapping = new Set(endingAfter);
  const ids = startingBefore.filter((id) => overlapping.has(id) && (filter.programmeId === undefined || id === filter.programmeId));
  return (await db.programmes.bulkGet(ids)).filter((p): p is Programme => p !== undefined);
}

/** Sessions starting in [from, to), through [programmeId+start] when one programme is selected. */
function sessionsStartingIn(db: DeskDatabase, from: string, to: string, filter: CalendarFilter): Promise<Session[]> {
  return filter.programmeId === undefined
    ? db.sessions.where('start').between(from, to, true, false).toArray()
    : db.sessions.where('[programmeId+start]').between([filter.programmeId, from], [filter.programmeId, to], true, false).toArray();
}
