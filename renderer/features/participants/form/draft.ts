import type { PersonDraft, PersonField } from '../../../../shared/domain/person-rules';
import type { Organisation, OrganisationKind, Person, UiLanguage } from '../../../../shared/domain/types';
import type { InstitutionChoice } from '../actions';
import { countryFromText, countryLabel } from '../intl';

/** The languages offered as tick boxes; any other BCP 47 tag can be typed. */
export const COMMON_LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt', 'ru', 'zh'] as const;

/** The person form as the user fills it: text as typed, nothing parsed yet. */
export type PersonForm = {
  givenName: string;
  familyName: string;
  /** Several addresses, separated by commas, semicolons or spaces. */
  emails: string;
  phone: string;
  /** The country as typed or picked (its name in the UI language, or a code). */
  countryText: string;
  institution: string;
  /** For an institution that is no organisation yet. */
  addOrganisation: boolean;
  organisationKind: OrganisationKind;
  position: string;
  /** Ticked common languages and canonical tags of the person. */
  languages: string[];
  /** Other language codes, typed, separated by commas or spaces. */
  otherLanguages: string;
  gender: string;
  membershipNumber: string;
  committee: string;
  diet: string;
  accessibility: string;
  visaLetter: boolean;
  tags: string[];
  notes: string;
};

/** An empty form for a new person. */
export function emptyForm(): PersonForm {
  return {
    givenName: '',
    familyName: '',
    emails: '',
    phone: '',
    countryText: '',
    institution: '',
    addOrganisation: true,
    organisationKind: 'museum',
    position: '',
    languages: [],
    otherLanguages: '',
    gender: '',
    membershipNumber: '',
    committee: '',
    diet: '',
    accessibility: '',
    visaLetter: false,
    tags: [],
    notes: '',
  };
}

/**
 * The form for an existing person, everything as stored. An institution kept
 * as text stays text unless the user ticks "add to organisations": editing a
 * phone number must not create organisations as a side effect.
 */
export function formFromPerson(person: Person, organisation: Organisation | undefined, lang: UiLanguage): PersonForm {
  const common = person.languages.filter((tag) => (COMMON_LANGUAGES as readonly string[]).includes(tag));
  const other = person.languages.filter((tag) => !common.includes(tag));
  return {
    ...emptyForm(),
    givenName: person.givenName,
    familyName: person.familyName,
    emails: person.emails.join(', '),
    phone: person.phone ?? '',
    countryText: person.country ? countryLabel(person.country, lang) : '',
    institution: organisation?.name ?? person.institution ?? '',
    addOrganisation: false,
    position: person.position ?? '',
    languages: common,
    otherLanguages: other.join(', '),
    gender: person.gender ?? '',
    membershipNumber: person.membershipNumber ?? '',
    committee: person.committee ?? '',
    diet: person.needs?.diet ?? '',
    accessibility: person.needs?.accessibility ?? '',
    visaLetter: person.needs?.visaLetter ?? false,
    tags: [...person.tags],
    notes: person.notes ?? '',
  };
}

/** The typed list of other languages as tags ("yo, pt-br" → ["yo", "pt-br"]). */
export function splitLanguages(text: string): string[] {
  return text.split(/[,;\s]+/).filter((tag) => tag !== '');
}

/** The draft validatePersonDraft and personFromDraft read (everything but the institution). */
export function draftFromForm(form: PersonForm, lang: UiLanguage): Omit<PersonDraft, 'organisationId' | 'institution'> {
  return {
    givenName: form.givenName,
    familyName: form.familyName,
    emails: form.emails,
    phone: form.phone,
    country: countryFromText(form.countryText, lang),
    position: form.position,
    languages: [...form.languages, ...splitLanguages(form.otherLanguages)],
    gender: form.gender,
    membershipNumber: form.membershipNumber,
    committee: form.committee,
    needs: { diet: form.diet, accessibility: form.accessibility, visaLetter: form.visaLetter },
    tags: form.tags,
    notes: form.notes,
  };
}

/** What to do with the institution the form names. */
export function institutionFromForm(form: PersonForm): InstitutionChoice {
  return { name: form.institution, addToOrganisations: form.addOrganisation, kind: form.organisationKind };
}

/** The DOM id of the control a field's message points at. */
export function fieldDomId(field: PersonField): string {
  return field === 'languages' ? 'pe-otherLanguages' : `pe-${field}`;
}
