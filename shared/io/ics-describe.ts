import { UI_LANGUAGES, type LocalisedText, type OnlineMeeting, type Programme, type UiLanguage } from '../domain/types';
import { translate } from '../i18n';

/**
 * The human words of the calendar file: titles in the chosen language, places,
 * and the lines of a DESCRIPTION. Plain text only; escaping is ics-format's job.
 */

/** The labels of DESCRIPTION lines; their words live in the calendar catalogues (`calendar.ics.*`). */
export type LabelKey = 'workingLanguages' | 'interpretation' | 'language' | 'meetingLink' | 'meetingId' | 'passcode' | 'address';

/** "Label: value" as each language writes it (French puts a space before the colon). */
export function labelled(lang: UiLanguage, key: LabelKey, value: string): string {
  return translate(lang, 'calendar.ics.labelled', { label: translate(lang, `calendar.ics.${key}`), value });
}

/** Text in `lang`, else in another language it was written in; with the language used, for LANGUAGE=. */
export function pickText(text: LocalisedText, lang: UiLanguage): { text: string; language: UiLanguage } | undefined {
  for (const candidate of [lang, ...UI_LANGUAGES.filter((l) => l !== lang)]) {
    const value = text[candidate]?.trim();
    if (value) return { text: value, language: candidate };
  }
  return undefined;
}

/** A title for SUMMARY: never empty, so no calendar app shows a blank event. */
export function pickTitle(text: LocalisedText, lang: UiLanguage): { text: string; language: UiLanguage } {
  return pickText(text, lang) ?? { text: translate(lang, 'programmes.untitled'), language: lang };
}

/**
 * A display name from Intl (languages, countries), in the export language.
 * A code Intl rejects is shown as written rather than failing the whole export.
 */
function displayName(lang: UiLanguage, type: 'language' | 'region', code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "French, Spanish" for `['fr', 'es']`, in the export language. */
export function languageList(lang: UiLanguage, tags: readonly string[]): string {
  return new Intl.ListFormat([lang], { type: 'conjunction', style: 'narrow' }).format(tags.map((t) => displayName(lang, 'language', t)));
}

/** "Lagos, Nigeria" for the programme's host city, or undefined when it is online only. */
export function cityAndCountry(programme: Programme, lang: UiLanguage): string | undefined {
  const venue = programme.venue;
  if (venue.mode === 'online') return undefined;
  return [venue.city.trim(), displayName(lang, 'region', venue.country)].filter((s) => s.length > 0).join(', ');
}

/** The meeting of an online or hybrid programme. */
export function meetingOf(programme: Programme | undefined): OnlineMeeting | undefined {
  return programme && programme.venue.mode !== 'in-person' ? programme.venue.meeting : undefined;
}

/**
 * DESCRIPTION lines for a meeting: `link` (see `shareableLink`) with its
 * platform, the ID, and the passcode only when asked. A calendar file travels (forwarded invitations,
 * shared calendars, synced phones), so a passcode in it is a passcode leaked.
 */
export function meetingLines(lang: UiLanguage, meeting: OnlineMeeting, link: string | undefined, includePasscode: boolean): string[] {
  const lines: string[] = [];
  const platform = meeting.platform?.trim();
  if (link) lines.push(labelled(lang, 'meetingLink', platform ? `${link} (${platform})` : link));
  if (meeting.meetingId?.trim()) lines.push(labelled(lang, 'meetingId', meeting.meetingId.trim()));
  if (includePasscode && meeting.passcode?.trim()) lines.push(labelled(lang, 'passcode', meeting.passcode.trim()));
  return lines;
}

/** The programme kind in the export language ("Formation régionale"). */
export function programmeKindLabel(programme: Programme, lang: UiLanguage): string {
  return translate(lang, `kinds.${programme.kind}`);
}

/**
 * A link fit for the URL property: http(s) only, no spaces or control
 * characters. Anything else (a `javascript:` link, a typo) stays in the
 * description as text, where no calendar app will open it on a click.
 */
export function webLink(link: string | undefined): string | undefined {
  const trimmed = link?.trim();
  // eslint-disable-next-line no-control-regex
  return trimmed && /^https?:\/\/[^\s\u0000-\u001f\u007f"<>\\^`{|}]+$/i.test(trimmed) ? trimmed : undefined;
}
