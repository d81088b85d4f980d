import type { EventDisplayInfo } from '@fullcalendar/react';
import { useI18n } from '../../app/i18n';
import { itemOf } from './events';

/**
 * The inside of a calendar item: its time, its title and, for an occurrence
 * that shows at an unusual time because only one zone changed clocks, a
 * visible note ("⚠ 08:00 this week: clocks changed") with the full explanation
 * as its title.
 */
export function EventContent({ info, zone }: { info: EventDisplayInfo; zone: string }) {
  const { t } = useI18n();
  const item = itemOf(info.event.extendedProps);
  const dst = item?.type === 'session' ? item.dst : undefined;
  const programme = item?.type === 'session' && item.programmeTitle !== info.event.title ? item.programmeTitle : undefined;
  return (
    <span className={`cal-event${info.event.allDay ? ' cal-event-span' : info.isShort ? ' cal-event-short' : ''}`} title={programme ? `${info.event.title} · ${programme}` : info.event.title}>
      {info.timeText && <span className="cal-event-time">{info.timeText}</span>}
      <span className="cal-event-title">{info.event.title}</span>
      {dst && (
        <span className="cal-dst-note" title={t('calendar.dst.title', { time: dst.time, zone, usual: dst.usualTime })}>
          {t('calendar.dst.note', { time: dst.time })}
        </span>
      )}
    </span>
  );
}
