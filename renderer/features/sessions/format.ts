import type { IsoDate, IsoInstant, Person, UiLanguage } from '../../../shared/domain/types';

/**
 * How the timetable writes times, days and names. Times are always shown in the
 * programme's zone (never the laptop's): a secretariat in Paris planning Lagos
 * reads the times the room in Lagos will see.
 */

/** "13:00" in `zone` (24-hour in every UI language: agendas are written that way). */
export function timeIn(instant: IsoInstant, zone: string, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(new Date(instant));
}

/** "13:00–14:30", with an en dash. */
export function timeRange(start: IsoInstant, end: IsoInstant, zone: string, lang: UiLanguage): string {
  return `${timeIn(start, zone, lang)}–${timeIn(end, zone, lang)}`;
}

const utcDate = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** A day heading: "Tuesday 17 March 2026" / "mardi 17 mars 2026" / "martes, 17 de marzo de 2026". */
export function dayHeading(date: IsoDate, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDate(date));
}

/** A short date: "Tue 17 Mar 2026". */
export function shortDate(date: IsoDate, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(utcDate(date));
}

/** A person's name as they wrote it, given name first. */
export function personName(person: Pick<Person, 'givenName' | 'familyName'>): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

/** A language tag's name in the UI language ("fr" → "French" / "français" / "francés"). */
export function languageName(tag: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Several language names as one phrase: "English and Spanish". */
export function languageList(tags: readonly string[], lang: UiLanguage): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(tags.map((t) => languageName(t, lang)));
}
