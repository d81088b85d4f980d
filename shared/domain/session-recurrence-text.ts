import { Temporal } from 'temporal-polyfill';
import { translate, translatePlural, type MessageKey } from '../i18n';
import { WEEKDAYS, type IsoDate, type Recurrence, type UiLanguage, type Weekday } from './types';

/**
 * A repeat rule as a sentence in the interface language, built from catalogue
 * pieces (sessions.repeat.*): "Every third Tuesday, 10 times", "Le troisième
 * mardi de chaque mois, 10 fois", "El tercer martes de cada mes, 10 veces".
 */

const POSITION_KEYS: Record<number, MessageKey> = {
  1: 'sessions.position.p1',
  2: 'sessions.position.p2',
  3: 'sessions.position.p3',
  4: 'sessions.position.p4',
  5: 'sessions.position.p5',
  [-1]: 'sessions.position.last',
};

/** A weekday's name as it stands alone or after "the third…": Tuesday, mardi, martes. */
export function weekdayName(day: Weekday, lang: UiLanguage): string {
  return translate(lang, `sessions.weekday.${day}`);
}

/** A position in the month: "third", "troisième", "tercer"; "last". */
export function positionName(position: number, lang: UiLanguage): string {
  const key = POSITION_KEYS[position];
  return key ? translate(lang, key) : String(position);
}

/** Days as they follow "every" in each language: "Tuesday and Thursday", "mardis et jeudis", "martes y jueves". */
function everyDays(days: readonly Weekday[], lang: UiLanguage): string {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const names = sorted.map((d) => translate(lang, `sessions.weekdays.${d}`));
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}

function ruleText(r: Recurrence, lang: UiLanguage, firstDate: IsoDate): string {
  const interval = r.interval;
  const once = interval === 1;
  const first = Temporal.PlainDate.from(firstDate);
  const days = r.byDay && r.byDay.length > 0 ? r.byDay : undefined;
  if (r.freq === 'daily' && !days) {
    return once ? translate(lang, 'sessions.repeat.daily') : translate(lang, 'sessions.repeat.dailyEvery', { interval });
  }
  if (r.freq === 'weekly' || r.freq === 'daily') {
    // A daily rule filtered to some days reads like a weekly one.
    const text = everyDays(days ?? [WEEKDAYS[first.dayOfWeek - 1]!], lang);
    if (once || r.freq === 'daily') return translate(lang, 'sessions.repeat.weekly', { days: text });
    return translate(lang, 'sessions.repeat.weeklyEvery', { interval, days: text });
  }
  if (!days) {
    const day = first.day;
    return once ? translate(lang, 'sessions.repeat.monthlyDate', { day }) : translate(lang, 'sessions.repeat.monthlyDateEvery', { day, interval });
  }
  if (r.bySetPos === undefined) {
    const text = everyDays(days, lang);
    return once ? translate(lang, 'sessions.repeat.weekly', { days: text }) : translate(lang, 'sessions.repeat.monthlyDaysEvery', { days: text, interval });
  }
  const params = { position: positionName(r.bySetPos, lang), day: weekdayName(days[0]!, lang) };
  return once ? translate(lang, 'sessions.repeat.monthlyPosition', params) : translate(lang, 'sessions.repeat.monthlyPositionEvery', { ...params, interval });
}

/** A calendar date in words, the same day wherever the laptop is: "20 October 2026". */
function longDate(date: IsoDate, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Temporal.PlainDate.from(date).toZonedDateTime('UTC').epochMilliseconds,
  );
}

/**
 * The sentence for a rule whose first session is on `firstDate` (the day of the
 * month and the weekday of a plain weekly rule come from it), with how it ends.
 */
export function describeRecurrence(r: Recurrence, lang: UiLanguage, firstDate: IsoDate): string {
  const rule = ruleText(r, lang, firstDate);
  const end =
    r.count !== undefined
      ? translatePlural(lang, 'sessions.repeat.times', r.count)
      : r.until !== undefined
        ? translate(lang, 'sessions.repeat.until', { date: longDate(r.until, lang) })
        : undefined;
  return end ? translate(lang, 'sessions.repeat.withEnd', { rule, end }) : rule;
}
