import { expandSeries } from '../../../shared/domain/recurrence';
import type { Id, IsoDate, IsoInstant, Programme, ProgrammeKind, Region, Session, UiLanguage } from '../../../shared/domain/types';
import { seriesDstNotes } from './dst-notes';
import { programmeEvent, sessionEvent, type CalendarEvent } from './events';

/** What the calendar is narrowed to; an absent field does not filter. */
export type CalendarFilter = { programmeId?: Id; kind?: ProgrammeKind; region?: Region };

/**
 * The range FullCalendar asks for: instants for timed sessions, and the local
 * dates on screen (end exclusive) for all-day programme spans.
 */
export type VisibleRange = { from: IsoInstant; to: IsoInstant; firstDate: IsoDate; endDate: IsoDate };

/** True when a programme passes the filter. */
export function passes(programme: Pick<Programme, 'id' | 'kind' | 'region'>, filter: CalendarFilter): boolean {
  return (
    (filter.programmeId === undefined || programme.id === filter.programmeId) &&
    (filter.kind === undefined || programme.kind === filter.kind) &&
    (filter.region === undefined || programme.region === filter.region)
  );
}

/** Longest range that shows sessions: a month view spans six weeks, the year overview a year. */
const MAX_SESSION_RANGE_DAYS = 62;

/**
 * True for a range as long as the year overview: it shows programme spans only,
 * the shape of the year, not thousands of sessions in cells a finger wide.
 */
export function isOverview(range: Pick<VisibleRange, 'from' | 'to'>): boolean {
  return Date.parse(range.to) - Date.parse(range.from) > MAX_SESSION_RANGE_DAYS * 86_400_000;
}

/**
 * The calendar's events for a range: programme spans, and every occurrence of
 * the sessions that falls in it (series expanded for the range only), with the
 * sessions of programmes the filter leaves out dropped. A session the domain
 * cannot expand (a corrupt rule) is left out and logged, not allowed to empty
 * the whole calendar.
 */
export function buildEvents(
  read: { programmes: readonly Programme[]; sessions: readonly Session[] },
  range: Pick<VisibleRange, 'from' | 'to'>,
  filter: CalendarFilter,
  programmesById: ReadonlyMap<Id, Programme>,
  displayZone: string,
  lang: UiLanguage,
): CalendarEvent[] {
  const events = read.programmes.map((p) => programmeEvent(p, lang));
  const filtering = filter.programmeId !== undefined || filter.kind !== undefined || filter.region !== undefined;
  for (const session of read.sessions) {
    const programme = programmesById.get(session.programmeId);
    if (filtering && (!programme || !passes(programme, filter))) continue;
    try {
      const occurrences = expandSeries(session, range);
      if (occurrences.length === 0) continue;
      const notes = session.recurrence ? seriesDstNotes(session, displayZone) : undefined;
      for (const o of occurrences) events.push(sessionEvent(session, o, programme, lang, notes?.get(o.occurrenceDate)));
    } catch (error) {
      console.error(`Session ${session.id} could not be placed on the calendar`, error);
    }
  }
  return events;
}
