import en from './en.json';
import fr from './fr.json';
import es from './es.json';
import calendarEn from './features/calendar.en.json';
import calendarFr from './features/calendar.fr.json';
import calendarEs from './features/calendar.es.json';
import programmesEn from './features/programmes.en.json';
import programmesFr from './features/programmes.fr.json';
import programmesEs from './features/programmes.es.json';
import duplicatesEn from './features/duplicates.en.json';
import duplicatesFr from './features/duplicates.fr.json';
import duplicatesEs from './features/duplicates.es.json';
import enrolmentsEn from './features/enrolments.en.json';
import enrolmentsFr from './features/enrolments.fr.json';
import enrolmentsEs from './features/enrolments.es.json';
import importEn from './features/import.en.json';
import importFr from './features/import.fr.json';
import importEs from './features/import.es.json';
import participantsEn from './features/participants.en.json';
import participantsFr from './features/participants.fr.json';
import participantsEs from './features/participants.es.json';
import sessionsEn from './features/sessions.en.json';
import sessionsFr from './features/sessions.fr.json';
import sessionsEs from './features/sessions.es.json';
import restoreEn from './features/restore.en.json';
import restoreFr from './features/restore.fr.json';
import restoreEs from './features/restore.es.json';
import { UI_LANGUAGES, type UiLanguage } from '../domain/types';

/**
 * A catalogue per language: the core file plus one file per feature namespace
 * (features/<namespace>.<lang>.json), so that work on different features never
 * edits the same file. The English catalogue is the reference: its keys are the
 * only valid message keys.
 */
type Catalogue = typeof en & {
  calendar: typeof calendarEn;
  duplicates: typeof duplicatesEn;
  enrolments: typeof enrolmentsEn;
  import: typeof importEn;
  participants: typeof participantsEn;
  programmes: typeof programmesEn;
  restore: typeof restoreEn;
  sessions: typeof sessionsEn;
};

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, e.g. `nav.programmes`. Plural keys end in `_one` / `_other`. */
export type MessageKey = Leaves<Catalogue>;

/** Keys of plural messages, without the `_one`/`_other` suffix. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;

export type MessageParams = Record<string, string | number>;

/** The feature catalogues of each language, by namespace. */
const features = {
  en: { calendar: calendarEn, duplicates: duplicatesEn, enrolments: enrolmentsEn, import: importEn, participants: participantsEn, programmes: programmesEn, restore: restoreEn, sessions: sessionsEn },
  fr: { calendar: calendarFr, duplicates: duplicatesFr, enrolments: enrolmentsFr, import: importFr, participants: participantsFr, programmes: programmesFr, restore: restoreFr, sessions: sessionsFr },
  es: { calendar: calendarEs, duplicates: duplicatesEs, enrolments: enrolmentsEs, import: importEs, participants: participantsEs, programmes: programmesEs, restore: restoreEs, sessions: sessionsEs },
};

const catalogues: Record<UiLanguage, unknown> = {
  en: { ...en, ...features.en } satisfies Catalogue,
  fr: { ...fr, ...features.fr },
  es: { ...es, ...features.es },
};

/** True when `value` is one of the interface languages. */
export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the interface language from the user's preferred locales
 * (`navigator.languages` in the renderer, `app.getPreferredSystemLanguages()` in main).
 * `fr-CA` gives `fr`; nothing we ship gives English.
 */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

function lookup(lang: UiLanguage, key: string): string | undefined {
  let node: unknown = catalogues[lang];
  for (const part of key.split('.')) {
    // Own properties only: a key can never reach Object.prototype.
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(template: string, params: MessageParams | undefined, lang: UiLanguage): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : String(value);
  });
}

/**
 * Translates `key` into `lang`, filling `{name}` placeholders from `params`.
 * A key missing in French or Spanish falls back to English (tests keep the
 * catalogues complete); a key missing everywhere is returned as is, so the gap shows.
 */
export function translate(lang: UiLanguage, key: MessageKey, params?: MessageParams): string {
  const template = lookup(lang, key) ?? lookup('en', key) ?? key;
  return interpolate(template, params, lang);
}

/** Translates a plural message: `{base}_one` or `{base}_other` chosen by the language's rules. */
export function translatePlural(
  lang: UiLanguage,
  base: PluralKey,
  count: number,
  params?: MessageParams,
): string {
  const category = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return translate(lang, `${base}_${category}` as MessageKey, { count, ...params });
}

/** All keys of a catalogue, flattened (`a.b.c`); used by the completeness tests. */
export function catalogueKeys(lang: UiLanguage): string[] {
  const walk = (node: unknown, prefix: string): string[] =>
    node !== null && typeof node === 'object'
      ? Object.entries(node).flatMap(([k, v]) => walk(v, prefix ? `${prefix}.${k}` : k))
      : [prefix];
  return walk(catalogues[lang], '');
}

/** The value of a key in one catalogue only (no fallback), for tests and tools. */
export function rawMessage(lang: UiLanguage, key: string): string | undefined {
  return lookup(lang, key);
}
