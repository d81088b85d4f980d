import { findConflicts, type ScheduledSession } from '../../../shared/domain/conflicts';
import { expandSeries, occurrenceKey, type Occurrence } from '../../../shared/domain/recurrence';
import { editOccurrence, type EditContext, type SeriesScope, type SessionPatch } from '../../../shared/domain/series-edits';
import type { IsoDate, IsoInstant, Programme, Session } from '../../../shared/domain/types';
import type { Change } from '../../db/changes';

/** A session occurrence dragged or resized to new instants. */
export type Move = {
  /** The stored session: a one-off, a detached occurrence, or the series. */
  session: Session;
  occurrenceDate: IsoDate;
  /** The occurrence's instants before the move. */
  from: { start: IsoInstant; end: IsoInstant };
  /** Its instants after, as dropped: absolute times, whatever zone the calendar showed. */
  to: { start: IsoInstant; end: IsoInstant };
};

/**
 * The changeset for a move. The new times are instants, and the series edits
 * turn them into the session's own zone: "this" stores the dropped instants on a
 * detached occurrence; "following" and "all" apply the same wall-clock shift in
 * the programme's zone to every occurrence, so a series moved from 13:00 to
 * 14:00 Paris stays at 14:00 Paris across DST, whatever zone it was dragged in.
 */
export function planMove(move: Move, scope: SeriesScope, ctx: EditContext): Change[] {
  const occurrence: Occurrence = {
    sessionId: move.session.id,
    seriesId: move.session.seriesId ?? move.session.id,
    occurrenceDate: move.occurrenceDate,
    start: move.from.start,
    end: move.from.end,
  };
  const patch: SessionPatch = {};
  if (move.to.start !== move.from.start) patch.start = move.to.start;
  if (move.to.end !== move.from.end) patch.end = move.to.end;
  if (patch.start === undefined && patch.end === undefined) return [];
  return editOccurrence(move.session, occurrence, patch, scope, ctx).map((c) => ({ table: 'sessions', before: c.before, after: c.after }));
}

/**
 * True when the move leaves an occurrence outside its programme's dates (read
 * in the programme's zone): the dropped occurrence itself, or more occurrences
 * of the changed sessions than before (a whole series pushed past the last day).
 * Allowed, as the conflict rules say, but worth a warning.
 */
export function movesOutsideProgramme(move: Move, changes: readonly Change[], programme: ProgrammeDates): boolean {
  const dropped = { key: 'dropped', programmeId: programme.id, start: move.to.start, end: move.to.end, speakerIds: [], moderatorIds: [] };
  if (outsideCount([dropped], programme) > 0) return true;
  const before = changes.flatMap((c) => (c.before ? [c.before as Session] : []));
  const after = changes.flatMap((c) => (c.after ? [c.after as Session] : []));
  return outsideCount(occurrencesOf(after), programme) > outsideCount(occurrencesOf(before), programme);
}

type ProgrammeDates = Pick<Programme, 'id' | 'timeZone' | 'startDate' | 'endDate'>;

function occurrencesOf(sessions: readonly Session[]): ScheduledSession[] {
  return sessions.flatMap((s) =>
    expandSeries(s).map((o) => ({ key: occurrenceKey(o), programmeId: s.programmeId, start: o.start, end: o.end, speakerIds: [], moderatorIds: [] })),
  );
}

function outsideCount(scheduled: readonly ScheduledSession[], programme: ProgrammeDates): number {
  return findConflicts(scheduled, [programme]).filter((c) => c.kind === 'outside-programme').length;
}
