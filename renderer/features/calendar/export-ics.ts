import type { Programme, UiLanguage } from '../../../shared/domain/types';
import { translate } from '../../../shared/i18n';
import { buildCalendar, icsFileName } from '../../../shared/io/ics';
import { kindLabel, regionLabel } from '../../app/labels';
import type { DeskDatabase } from '../../db/schema';
import { titleIn } from './events';
import type { CalendarFilter } from './range';

export type IcsFile = { name: string; bytes: Uint8Array; programmes: number; sessions: number };

/**
 * The iCalendar file for the filtered programmes: each as an all-day span,
 * with all of its sessions (not only the weeks on screen: the file is the
 * schedule people import). Named after the one programme, or after the
 * filters. Passcodes stay out unless asked for.
 */
export async function buildIcsFile(
  db: DeskDatabase,
  programmes: readonly Programme[],
  filter: CalendarFilter,
  lang: UiLanguage,
  includePasscodes: boolean,
): Promise<IcsFile> {
  const ids = programmes.map((p) => p.id);
  const sessions = ids.length === 0 ? [] : await db.sessions.where('programmeId').anyOf(ids).toArray();
  const label = calendarLabel(programmes, filter, lang);
  const text = buildCalendar({ programmes, sessions, lang, includePasscodes, calendarName: label });
  return { name: icsFileName(label), bytes: new TextEncoder().encode(text), programmes: programmes.length, sessions: sessions.length };
}

/** "Lagos 2022 …" for one programme; "Training Desk calendar – Webinar cycle, Europe" for filters. */
export function calendarLabel(programmes: readonly Programme[], filter: CalendarFilter, lang: UiLanguage): string {
  const only = programmes.length === 1 ? programmes[0] : undefined;
  if (only) return titleIn(only.title, lang);
  const parts = [
    ...(filter.kind ? [translate(lang, kindLabel(filter.kind))] : []),
    ...(filter.region ? [translate(lang, regionLabel(filter.region))] : []),
  ];
  return parts.length > 0
    ? translate(lang, 'calendar.export.calendarNameFiltered', { filters: parts.join(', ') })
    : translate(lang, 'calendar.export.calendarName');
}
