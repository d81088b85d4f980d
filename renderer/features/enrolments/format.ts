import type { IsoDate, UiLanguage } from '../../../shared/domain/types';

/** A calendar date as a short date in `lang` ("21 Nov 2022", "21 nov. 2022"). */
export function shortDay(date: IsoDate, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A share 0..1 as a whole percentage in `lang` ("80 %" in French). */
export function percent(share: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Today's date in a time zone, `YYYY-MM-DD`. */
export function todayIn(zone: string): IsoDate {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
