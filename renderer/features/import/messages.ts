import type { UiLanguage } from '../../../shared/domain/types';
import { translate, type MessageKey } from '../../../shared/i18n';
import type { ImportMessage } from '../../../shared/io/sheet-types';
import { countryLabel } from '../participants/intl';

/**
 * Import messages in the UI language. The core gives countries as ISO codes
 * ("CG, CD"); they are shown as names here ("Congo or Congo - Kinshasa").
 */
export function messageText(message: ImportMessage, lang: UiLanguage): string {
  const params: Record<string, string | number> = { ...message.params };
  if (typeof params.country === 'string') params.country = countryLabel(params.country, lang);
  if (typeof params.countries === 'string') {
    const names = params.countries
      .split(/[,;\s]+/)
      .filter((code) => code !== '')
      .map((code) => countryLabel(code, lang));
    params.countries = new Intl.ListFormat(lang, { type: 'disjunction' }).format(names);
  }
  return translate(lang, message.key as MessageKey, params);
}

/** A file size as people read it: "12 KB", "3.4 MB" (units in the UI language). */
export function fileSizeText(bytes: number, lang: UiLanguage): string {
  const units = [
    ['byte', 1],
    ['kilobyte', 1024],
    ['megabyte', 1024 * 1024],
    ['gigabyte', 1024 * 1024 * 1024],
  ] as const;
  const [unit, size] = [...units].reverse().find(([, size]) => bytes >= size) ?? units[0];
  const value = bytes / size;
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 }).format(value);
}
