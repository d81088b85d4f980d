import { Temporal } from 'temporal-polyfill';
import type { Occurrence } from '../../../shared/domain/recurrence';
import { occurrenceKey } from '../../../shared/domain/recurrence';
import type { Id, IsoDate, IsoInstant, Programme, Session, UiLanguage } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n';
import { pickText } from '../../app/labels';
import { programmeColour, textColourOn, tint } from './colours';
import type { DstNote } from './dst-notes';

/** What the calendar knows about an item beyond its dates (FullCalendar's extendedProps). */
export type CalendarItem =
  | { type: 'programme'; programmeId: Id; programmeTitle: string }
  | {
      type: 'session';
      programmeId: Id;
      programmeTitle: string;
      sessionId: Id;
      occurrenceDate: IsoDate;
      /** Part of a recurring series: a move asks which occurrences it applies to. */
      recurring: boolean;
      /** The stored instants of this occurrence, before any drag. */
      start: IsoInstant;
      end: IsoInstant;
      dst?: DstNote;
    };

/** An event as FullCalendar takes it (a subset of its EventInput, typed). */
export type CalendarEvent = {
  id: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  color: string;
  contrastColor: string;
  editable: boolean;
  /** `rank` orders a day's items (see CalendarView's eventOrder). */
  extendedProps: { item: CalendarItem; rank: number };
};

/**
 * The order of items within a day: a training, conference or event first
 * (few, and what the day is about), then sessions, then the spans of webinar
 * cycles, which run under every week for months and would otherwise push
 * everything else into "+ more".
 */
const RANK = { programme: 1, session: 2, cycle: 3 } as const;

/** A title in the UI language when written in it, else in another, never empty. */
export function titleIn(text: Programme['title'], lang: UiLanguage): string {
  return pickText(text, lang) ?? translate(lang, 'programmes.untitled');
}

/**
 * A programme as an all-day span over its dates, in a light tint of its colour:
 * a five-day training from its first to its last day (FullCalendar's end is
 * exclusive, hence the day after).
 * Not draggable: a programme's dates are changed on its own page, where its
 * sessions can be reviewed with them.
 */
export function programmeEvent(programme: Programme, lang: UiLanguage): CalendarEvent {
  const colour = tint(programmeColour(programme));
  const title = titleIn(programme.title, lang);
  return {
    id: `programme:${programme.id}`,
    title,
    start: programme.startDate,
    end: Temporal.PlainDate.from(programme.endDate).add({ days: 1 }).toString(),
    allDay: true,
    color: colour,
    contrastColor: textColourOn(colour),
    editable: false,
    extendedProps: {
      item: { type: 'programme', programmeId: programme.id, programmeTitle: title },
      rank: programme.kind === 'webinar-cycle' ? RANK.cycle : RANK.programme,
    },
  };
}

/** One occurrence of a session as a timed item, in its programme's colour, with its DST note if any. */
export function sessionEvent(
  session: Session,
  occurrence: Occurrence,
  programme: Programme | undefined,
  lang: UiLanguage,
  dst: DstNote | undefined,
): CalendarEvent {
  const colour = programmeColour(programme ?? { id: session.programmeId });
  const programmeTitle = programme ? titleIn(programme.title, lang) : '';
  return {
    id: `session:${occurrenceKey(occurrence)}`,
    title: titleIn(session.title, lang),
    start: occurrence.start,
    end: occurrence.end,
    allDay: false,
    color: colour,
    contrastColor: textColourOn(colour),
    editable: true,
    extendedProps: {
      item: {
        type: 'session',
        programmeId: session.programmeId,
        programmeTitle,
        sessionId: session.id,
        occurrenceDate: occurrence.occurrenceDate,
        recurring: session.recurrence !== undefined,
        start: occurrence.start,
        end: occurrence.end,
        ...(dst && { dst }),
      },
      rank: RANK.session,
    },
  };
}

/** The item behind a FullCalendar event, checked (extendedProps is untyped). */
export function itemOf(extendedProps: Record<string, unknown>): CalendarItem | undefined {
  const item = extendedProps.item;
  return item && typeof item === 'object' && 'type' in item ? (item as CalendarItem) : undefined;
}
