import { Calendar, type CalendarRef, type EventSourceFuncInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import multiMonthPlugin from '@fullcalendar/react/multimonth';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { Dexie } from 'dexie';
import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import type { Id, Programme, Session } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { hashFor } from '../../app/routes';
import { describeError } from '../../components/errors';
import { useNotices } from '../../components/notices';
import { getDatabase } from '../../db/database';
import { DATABASE_NAME } from '../../db/schema';
import { EventContent } from './EventContent';
import { calendarLocale, viewButtons, VIEWS } from './fc-locale';
import { buildEvents, type CalendarFilter, type VisibleRange } from './range';
import { readRange } from './read-range';
import { useMoves } from './use-moves';

const PLUGINS = [classicTheme, dayGridPlugin, timeGridPlugin, listPlugin, multiMonthPlugin, interactionPlugin];
const TOOLBAR = { start: 'prev,next today', center: 'title', end: VIEWS.map((v) => v.name).join(',') };
/** The year overview shows programme spans only (see range.ts); taller days leave room for two or three. */
const VIEW_OPTIONS = { multiMonthYear: { aspectRatio: 1 } };
const WATCHED = [`idb://${DATABASE_NAME}/sessions/`, `idb://${DATABASE_NAME}/programmes/`];

type Props = {
  filter: CalendarFilter;
  zone: string;
  programmesById: ReadonlyMap<Id, Programme>;
  /** Every series and long session (readLongSessions), kept fresh by the page. */
  longSessions: readonly Session[];
  calendarRef: RefObject<CalendarRef | null>;
};

/**
 * FullCalendar, fed by a function of the range it shows: only that range is
 * read from the database and expanded (earlier series come from `longSessions`). Sessions open their programme; drags and edge-drags go
 * through useMoves. Refetches when sessions or programmes change anywhere
 * (this window, another, an import).
 */
export function CalendarView({ filter, zone, programmesById, longSessions, calendarRef }: Props) {
  const { t, lang } = useI18n();
  const notices = useNotices();
  const [onChange, scopeDialog] = useMoves(programmesById);

  const events = useCallback(
    async (info: EventSourceFuncInfo) => {
      const range: VisibleRange = {
        from: info.start.toISOString(),
        to: info.end.toISOString(),
        firstDate: info.startStr.slice(0, 10),
        endDate: info.endStr.slice(0, 10),
      };
      const t0 = performance.now();
      const read = await readRange(getDatabase(), range, filter, longSessions);
      const t1 = performance.now();
      const built = buildEvents(read, range, filter, programmesById, zone, lang);
      const t2 = performance.now();
      // Benchmarks read this: how much of the database a range asked for, and what it showed.
      // Only the latest is kept: a day of paging must not grow the timeline without end.
      performance.clearMarks('td:calendar-range');
      performance.mark('td:calendar-range', {
        detail: { ...range, programmesRead: read.programmesRead, sessionsRead: read.sessionsRead, events: built.length, longHeld: longSessions.length, readMs: t1 - t0, buildMs: t2 - t1 },
      });
      return built.map((e) => ({ ...e, url: hashFor('programmes', e.extendedProps.item.programmeId) }));
    },
    [filter, programmesById, longSessions, zone, lang],
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (parts: Record<string, unknown>) => {
      if (!Object.keys(parts).some((part) => WATCHED.some((w) => part.startsWith(w)))) return;
      clearTimeout(timer);
      timer = setTimeout(() => calendarRef.current?.getApi().refetchEvents(), 50);
    };
    Dexie.on.storagemutated.subscribe(listener);
    return () => {
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(listener);
    };
  }, [calendarRef]);

  const locale = useMemo(() => calendarLocale(lang), [lang]);
  const buttons = useMemo(() => viewButtons(lang), [lang]);

  return (
    <div className="calendar-frame">
      <Calendar
        ref={calendarRef}
        plugins={PLUGINS}
        initialView="dayGridMonth"
        headerToolbar={TOOLBAR}
        buttons={buttons}
        locale={locale}
        timeZone={zone}
        events={events}
        eventSourceFailure={(error: unknown) => notices.show({ tone: 'error', text: t('calendar.loadFailed', { detail: describeError(error, lang) }) })}
        eventContent={(info) => <EventContent info={info} zone={zone} />}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotHeaderFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        editable
        eventDurationEditable
        eventAllow={(span, dragged) => (dragged ? span.allDay === dragged.allDay : true)}
        eventDrop={(info) => void onChange(info, 'move')}
        eventResize={(info) => void onChange(info, 'resize')}
        eventOrder="rank,start,-duration,allDay,title"
        dayMaxEvents={4}
        navLinks
        nowIndicator
        scrollTime="08:00:00"
        height="auto"
        views={VIEW_OPTIONS}
        headingLevel={2}
      />
      {scopeDialog}
    </div>
  );
}
