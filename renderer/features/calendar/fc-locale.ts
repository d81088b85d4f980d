import type { ButtonInput, LocaleInput } from '@fullcalendar/react';
import type { UiLanguage } from '../../../shared/domain/types';
import { translate, translatePlural, type MessageKey } from '../../../shared/i18n';

/** The calendar's views, in toolbar order, with the label keys of their buttons. */
export const VIEWS = [
  { name: 'dayGridMonth', text: 'calendar.views.month', hint: 'calendar.views.monthHint' },
  { name: 'timeGridWeek', text: 'calendar.views.week', hint: 'calendar.views.weekHint' },
  { name: 'timeGridDay', text: 'calendar.views.day', hint: 'calendar.views.dayHint' },
  { name: 'listMonth', text: 'calendar.views.list', hint: 'calendar.views.listHint' },
  { name: 'multiMonthYear', text: 'calendar.views.year', hint: 'calendar.views.yearHint' },
] as const satisfies readonly { name: string; text: MessageKey; hint: MessageKey }[];

export type ViewName = (typeof VIEWS)[number]['name'];

type Unit = 'day' | 'week' | 'month' | 'year';
const UNITS: readonly string[] = ['day', 'week', 'month', 'year'];
const unitOf = (unit: string): Unit => (UNITS.includes(unit) ? (unit as Unit) : 'month');

/**
 * FullCalendar's own words (toolbar buttons and their spoken labels, "all
 * day", the empty agenda, "+2 more") from our catalogues, so they follow the
 * interface language like everything else, in the same wording. Weeks start on
 * Monday, as in most of the world the secretariats work with (ISO 8601).
 */
export function calendarLocale(lang: UiLanguage): LocaleInput {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  return {
    code: lang,
    firstDay: 1,
    direction: 'ltr',
    prevText: t('calendar.fc.prev'),
    nextText: t('calendar.fc.next'),
    todayText: t('calendar.fc.today'),
    yearText: t('calendar.views.year'),
    monthText: t('calendar.views.month'),
    weekTextLong: t('calendar.views.week'),
    weekTextShort: t('calendar.views.week'),
    dayText: t('calendar.views.day'),
    listText: t('calendar.views.list'),
    allDayText: t('calendar.fc.allDay'),
    timedText: t('calendar.fc.timed'),
    moreLinkText: t('calendar.fc.more'),
    moreLinkHint: (count: number) => translatePlural(lang, 'calendar.fc.moreHint', count),
    noEventsText: t('calendar.fc.noEvents'),
    prevHint: (_text: string, unit: string) => t(`calendar.fc.prevHint.${unitOf(unit)}`),
    nextHint: (_text: string, unit: string) => t(`calendar.fc.nextHint.${unitOf(unit)}`),
    todayHint: (_text: string, unit: string) => t(`calendar.fc.todayHint.${unitOf(unit)}`),
    viewChangeHint: t('calendar.fc.viewChange'),
    navLinkHint: (date: string) => t('calendar.fc.navLink', { date }),
    closeHint: t('calendar.fc.close'),
    eventsHint: t('calendar.fc.events'),
  };
}

/** The view buttons' texts and spoken labels ("Week", "Week view"). */
export function viewButtons(lang: UiLanguage): Record<string, ButtonInput> {
  return Object.fromEntries(VIEWS.map((v) => [v.name, { text: translate(lang, v.text), hint: translate(lang, v.hint) }]));
}
