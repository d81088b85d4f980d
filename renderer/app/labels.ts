import type { MessageKey } from '../../shared/i18n';
import type { EnrolmentStatus, GrantStatus, LocalisedText, ProgrammeKind, ProgrammeStatus, Region, UiLanguage } from '../../shared/domain/types';
import { UI_LANGUAGES } from '../../shared/domain/types';

/** Message keys for the domain's string unions (the union values are the key tails). */
export const kindLabel = (kind: ProgrammeKind): MessageKey => `kinds.${kind}`;
export const regionLabel = (region: Region): MessageKey => `regions.${region}`;
export const programmeStatusLabel = (status: ProgrammeStatus): MessageKey => `programmeStatus.${status}`;
export const enrolmentStatusLabel = (status: EnrolmentStatus): MessageKey => `enrolmentStatus.${status}`;
export const grantStatusLabel = (status: GrantStatus): MessageKey => `grantStatus.${status}`;

/**
 * The text in the UI language if it was written in it, else in the first
 * language it exists in: a French webinar title shows in French to an English user
 * rather than not at all.
 */
export function pickText(text: LocalisedText | undefined, lang: UiLanguage): string | undefined {
  if (!text) return undefined;
  const own = text[lang]?.trim();
  if (own) return own;
  for (const other of UI_LANGUAGES) {
    const value = text[other]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** A country's name in the UI language from its ISO code ("NG" → "Nigéria" in French). */
export function countryName(code: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
