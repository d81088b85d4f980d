import { COUNTRY_CODES } from '../../../shared/domain/programme-countries';
import { foldText } from '../../../shared/domain/text';
import type { UiLanguage } from '../../../shared/domain/types';

/**
 * Names of countries and languages in the UI language (Intl.DisplayNames), and
 * dates: the directory draws thousands of cells, so formatters are made once
 * per language and names remembered.
 */

export type CountryOption = { code: string; name: string };

const countryLists = new Map<UiLanguage, CountryOption[]>();
const countryNames = new Map<UiLanguage, Map<string, string>>();
const languageNames = new Map<string, string>();
const dateFormats = new Map<UiLanguage, Intl.DateTimeFormat>();

/** Every country with its name in `lang`, sorted as that language sorts. */
export function countryOptions(lang: UiLanguage): CountryOption[] {
  let options = countryLists.get(lang);
  if (!options) {
    const collator = new Intl.Collator(lang);
    options = COUNTRY_CODES.map((code) => ({ code, name: countryLabel(code, lang) })).sort((a, b) => collator.compare(a.name, b.name));
    countryLists.set(lang, options);
  }
  return options;
}

/** A country's name in `lang` ("NG" → "Nigéria" in French); the code itself when Intl cannot name it. */
export function countryLabel(code: string, lang: UiLanguage): string {
  let names = countryNames.get(lang);
  if (!names) {
    names = new Map();
    countryNames.set(lang, names);
  }
  let name = names.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
    } catch {
      name = code;
    }
    names.set(code, name);
  }
  return name;
}

const tidyName = (text: string) => foldText(text).replace(/[’']/g, "'");

/**
 * The country code a typed text means: its name in the UI language or in
 * English (folded, so "cote d'ivoire" finds "Côte d’Ivoire"), or a two-letter
 * code. Unknown text comes back as typed, for validation to name it.
 */
export function countryFromText(text: string, lang: UiLanguage): string {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return trimmed.toUpperCase();
  const key = tidyName(trimmed);
  for (const language of [lang, 'en'] as const) {
    const hit = countryOptions(language).find((o) => tidyName(o.name) === key);
    if (hit) return hit.code;
  }
  return trimmed;
}

/** A language's name in `lang`, capitalised as a label ("ar" → "Arabic", "pt-BR" → "Brazilian Portuguese"). */
export function languageLabel(tag: string, lang: UiLanguage): string {
  const key = `${lang}:${tag}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    try {
      const raw = new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
      name = raw.charAt(0).toLocaleUpperCase(lang) + raw.slice(1);
    } catch {
      name = tag;
    }
    languageNames.set(key, name);
  }
  return name;
}

/** An instant as a short date in `lang` ("21 Nov 2026"), in this computer's zone. */
export function formatShortDate(instant: string, lang: UiLanguage): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    dateFormats.set(lang, format);
  }
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : format.format(date);
}

/** An instant as date and time in `lang`, in this computer's zone (the change history). */
export function formatDateTime(instant: string, lang: UiLanguage): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A number in the UI language ("100,000", "100 000"). */
export function formatCount(value: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang).format(value);
}
