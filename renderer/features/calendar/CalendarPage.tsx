import type { CalendarRef } from '@fullcalendar/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Id, Programme } from '../../../shared/domain/types';
import { useI18n } from '../../app/i18n';
import { PageHeader } from '../../components/PageHeader';
import { getDatabase } from '../../db/database';
import { CalendarFilters } from './CalendarFilters';
import { CalendarView } from './CalendarView';
import { ExportControls } from './ExportControls';
import { passes, type CalendarFilter } from './range';
import { readLongSessions } from './read-range';
import { ZoneCaption, ZonePicker } from './ZonePicker';
import { loadZoneChoice, resolveZone, saveZoneChoice, type ZoneChoice } from './zones';
import './calendar.css';

/**
 * The calendar of every programme and session: filters, the zone times are
 * shown in (always stated above the calendar), the iCalendar export, and
 * FullCalendar itself, which reads only the range it shows. The programmes and
 * the series are held here, live: filters list the one, every range needs the other.
 */
export function CalendarPage() {
  const { t } = useI18n();
  const programmes = useLiveQuery(() => getDatabase().programmes.toArray(), []);
  const longSessions = useLiveQuery(() => readLongSessions(getDatabase()), []);
  const [filter, setFilter] = useState<CalendarFilter>({});
  const [choice, setChoice] = useState<ZoneChoice>(loadZoneChoice);
  const calendarRef = useRef<CalendarRef>(null);

  const programmesById = useMemo(() => new Map<Id, Programme>((programmes ?? []).map((p) => [p.id, p])), [programmes]);
  const selected = filter.programmeId ? programmesById.get(filter.programmeId) : undefined;
  const resolved = resolveZone(choice, selected?.timeZone);
  const filtered = filter.programmeId !== undefined || filter.kind !== undefined || filter.region !== undefined;
  const matching = useMemo(() => (programmes ?? []).filter((p) => passes(p, filter)), [programmes, filter]);

  const changeZone = useCallback((next: ZoneChoice) => {
    setChoice(next);
    saveZoneChoice(next);
  }, []);
  const changeFilter = useCallback(
    (next: CalendarFilter) => {
      setFilter(next);
      // Choosing a programme shows its first day: nobody wants to page back to 2018 by hand.
      const programme = next.programmeId ? programmesById.get(next.programmeId) : undefined;
      if (programme && next.programmeId !== filter.programmeId) calendarRef.current?.getApi().gotoDate(programme.startDate);
    },
    [programmesById, filter.programmeId],
  );
  const goTo = useCallback((month: string) => calendarRef.current?.getApi().gotoDate(`${month}-01`), []);

  return (
    <div className="calendar-page">
      <PageHeader title={t('calendar.heading')} intro={t('calendar.intro')} />
      <div className="cal-controls">
        <CalendarFilters programmes={programmes ?? []} filter={filter} onChange={changeFilter} onGoTo={goTo} />
        <ZonePicker choice={choice} resolved={resolved} programmeZone={selected?.timeZone} onChange={changeZone} />
        <ExportControls programmes={matching} filter={filter} filtered={filtered} />
      </div>
      <ZoneCaption zone={resolved.zone} />
      {programmes === undefined || longSessions === undefined ? (
        <p className="loading">{t('app.loading')}</p>
      ) : (
        <CalendarView filter={filter} zone={resolved.zone} programmesById={programmesById} longSessions={longSessions} calendarRef={calendarRef} />
      )}
    </div>
  );
}
