import { Temporal } from 'temporal-polyfill';
import { COUNTRY_CODES } from '../../../shared/domain/programme-countries';
import { foldText } from '../../../shared/domain/text';
import type { UiLanguage } from '../../../shared/domain/types';

/** The languages offered as tick boxes; any other BCP 47 tag can be typed. */
export const COMMON_LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt', 'ru', 'zh'] as const;

export type CountryOption = { code: string; name: string };

const countryCache = new Map<UiLanguage, CountryOption[]>();

/** Every country with its name in `lang`, sorted as that language sorts. */
export function countryOptions(lang: UiLanguage): CountryOption[] {
  let options = countryCache.get(lang);
  if (!options) {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    const collator = new Intl.Collator(lang);
    options = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
    countryCache.set(lang, options);
  }
  return options;
}

/**
 * The country code a typed text means: its name in the UI language or in
 * English (folded, so "Cote d'Ivoire" finds "Côte d’Ivoire"), or the code itself.
 * Unknown text is returned as typed so validation can say so.
 */
export function countryFromText(text: string, lang: UiLanguage): string {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  const key = foldText(trimmed).replace(/[’']/g, "'");
  for (const language of [lang, 'en'] as const) {
    const hit = countryOptions(language).find((o) => foldText(o.name).replace(/[’']/g, "'") === key);
    if (hit) return hit.code;
  }
  return trimmed;
}

/** The name of a country code in `lang` (the code itself when unknown). */
export function countryLabel(code: string, lang: UiLanguage): string {
  return countryOptions(lang).find((o) => o.code === code)?.name ?? code;
}

/** The zone's UTC offset at `at` (now by default), written "UTC+01:00". */
export function zoneOffset(zone: string, at?: string): string {
  try {
    const instant = at ? Temporal.Instant.from(at) : Temporal.Now.instant();
    return `UTC${instant.toZonedDateTimeISO(zone).offset}`;
  } catch {
    return '';
  }
}

export type ZoneOption = { zone: string; offset: string };

let zoneCache: ZoneOption[] | undefined;

/** Every IANA zone this machine knows, with its current offset, in name order. */
export function zoneOptions(): ZoneOption[] {
  if (!zoneCache) {
    const zones = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
    const now = Temporal.Now.instant();
    zoneCache = zones.map((zone) => ({ zone, offset: `UTC${now.toZonedDateTimeISO(zone).offset}` }));
  }
  return zoneCache;
}

/** The zone this computer is set to, the natural default for a new programme. */
export function localZone(): string {
  return Temporal.Now.timeZoneId();
}

/** A language's name in the UI language, first letter capitalised for use as a label. */
export function languageName(tag: string, lang: UiLanguage): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return tag;
  }
}

/** A number in the UI language's digits and separators. */
export function formatNumber(value: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang).format(value);
}

/** A calendar date as a long date in `lang` ("Tuesday 30 March 2027"). */
export function formatLongDate(date: string, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The weekday name of a calendar date in `lang`. */
export function weekdayName(date: string, lang: UiLanguage): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
