import type { Gender, Id, Person, PersonNeeds, UiLanguage } from '../../../shared/domain/types';
import type { MessageKey, MessageParams } from '../../../shared/i18n';
import { countryName } from '../../app/labels';
import type { ComparedField, FieldText } from './field-rows';

/** What field text needs from the app: the language, translations, organisation names. */
export type FieldTextContext = {
  lang: UiLanguage;
  t: (key: MessageKey, params?: MessageParams) => string;
  organisationName: (id: Id) => string | undefined;
};

/** A language tag's name in the UI language ("pt-BR" → "portugais (Brésil)"); the tag when unknown. */
export function languageLabel(tag: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** An instant as a date and time in the UI language, in this computer's zone. */
export function instantLabel(iso: string, lang: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function genderLabel(gender: Gender): MessageKey {
  return `duplicates.gender.${gender}`;
}

function needsText(needs: PersonNeeds | undefined, ctx: FieldTextContext): string {
  if (!needs) return '';
  const parts: string[] = [];
  if (needs.diet?.trim()) parts.push(ctx.t('duplicates.needs.diet', { value: needs.diet.trim() }));
  if (needs.accessibility?.trim()) parts.push(ctx.t('duplicates.needs.accessibility', { value: needs.accessibility.trim() }));
  if (needs.visaLetter) parts.push(ctx.t('duplicates.needs.visaLetter'));
  return parts.join(' · ');
}

/**
 * The display text of every compared field: names, e-mails, phone and free
 * text exactly as stored; the country and languages named in the UI language;
 * the organisation by its name; lists one per line.
 */
export function fieldText(ctx: FieldTextContext): FieldText {
  const list = (values: readonly string[]) => values.filter((v) => v.trim() !== '').join('\n');
  return (field: ComparedField, person: Person): string => {
    switch (field) {
      case 'emails':
        return list(person.emails);
      case 'tags':
        return list(person.tags);
      case 'languages':
        return list(person.languages.map((tag) => languageLabel(tag, ctx.lang)));
      case 'country':
        return person.country ? countryName(person.country, ctx.lang) : '';
      case 'organisationId':
        return person.organisationId ? (ctx.organisationName(person.organisationId) ?? person.organisationId) : '';
      case 'gender':
        return person.gender ? ctx.t(genderLabel(person.gender)) : '';
      case 'needs':
        return needsText(person.needs, ctx);
      case 'createdAt':
      case 'updatedAt':
        return instantLabel(person[field], ctx.lang);
      default:
        return person[field] ?? '';
    }
  };
}
