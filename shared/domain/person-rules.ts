import { DomainError } from './errors';
import { canonicalLanguageTag } from './languages';
import { isCountryCode } from './programme-countries';
import { emailKeys, personSortKey } from './text';
import { GENDERS, type Gender, type Id, type IsoInstant, type Person, type PersonNeeds } from './types';

/**
 * A person as the form (or an import row) holds it: text as typed. A field left
 * `undefined` is "not part of this draft": personFromDraft keeps the existing
 * value (an import that maps only some columns must not clear the others); an
 * empty string clears it.
 */
export type PersonDraft = {
  givenName: string;
  familyName: string;
  /** One text, several addresses separated by commas, semicolons or spaces. */
  emails?: string;
  phone?: string;
  /** An ISO 3166-1 alpha-2 code when the picker recognised the name, else the text as typed. */
  country?: string;
  organisationId?: Id | '';
  institution?: string;
  position?: string;
  /** BCP 47 tags as typed ("pt-br" is accepted and stored as "pt-BR"). */
  languages?: string[];
  /** One of GENDERS, or '' for not recorded; a string because imports bring anything. */
  gender?: string;
  membershipNumber?: string;
  committee?: string;
  needs?: PersonNeeds;
  tags?: string[];
  notes?: string;
};

export type PersonField = 'givenName' | 'familyName' | 'emails' | 'phone' | 'country' | 'languages' | 'gender';

/** Every message key validatePersonDraft can return (participants.errors.*). */
export type PersonErrorKey =
  | 'participants.errors.nameRequired'
  | 'participants.errors.emailInvalid'
  | 'participants.errors.phoneInvalid'
  | 'participants.errors.countryUnknown'
  | 'participants.errors.languageInvalid'
  | 'participants.errors.genderInvalid';

/** A problem with one field: a message key the form shows beside it, and its parameters. */
export type FieldError = { field: PersonField; key: PersonErrorKey; params: Record<string, string | number> };

/**
 * A name as typed, only tidied: ends trimmed and runs of whitespace (spaces,
 * tabs, no-break spaces pasted from spreadsheets) made one space. Case and
 * letters are never touched: "LE GOFF", "van der Berg", "Nguyễn" stay as written,
 * and no Unicode normalisation is applied, so what is stored is what was typed.
 */
export function cleanName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The name to show in a message: given then family, whichever exist (a mononym is one part). */
export function personName(person: Pick<Person, 'givenName' | 'familyName'>): string {
  return [person.givenName, person.familyName].map(cleanName).filter((part) => part !== '').join(' ');
}

// Practical checks, not RFC 5322: they catch what people get wrong when typing or
// pasting (no @, two @, a space, a missing dot) without refusing real addresses.
// Letters of any script are allowed on both sides: internationalised domains
// (museo-méxico.example) and, per RFC 6531, internationalised local parts
// (josé@museo.example), which real mail servers deliver.
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
// A top-level domain is letters (".museum", ".рф") or its punycode form ("xn--p1ai").
const TOP_LEVEL = /^(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/iu;

/** True when `address` looks like a deliverable address: local@domain.tld, one @, no spaces. */
export function isPlausibleEmail(address: string): boolean {
  const at = address.indexOf('@');
  if (at <= 0 || at !== address.lastIndexOf('@')) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || domain.length > 253 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  const top = labels[labels.length - 1] ?? '';
  return labels.every((label) => label.length <= 63 && DOMAIN_LABEL.test(label)) && TOP_LEVEL.test(top);
}

/**
 * Splits an email field into addresses (on commas, semicolons, whitespace), as
 * Outlook and spreadsheets paste them; repeats are dropped case-insensitively,
 * keeping the first spelling. Addresses that fail isPlausibleEmail are returned
 * apart, as typed, for the message.
 */
export function parseEmails(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const address of text.split(/[,;\s]+/).filter((part) => part !== '')) {
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    (isPlausibleEmail(address) ? emails : invalid).push(address);
  }
  return { emails, invalid };
}

/**
 * True for a phone number people can dial from: at least one digit, and besides
 * digits only + ( ) - . / # and spaces, with "x" or "ext" for an extension.
 * The number itself is never reformatted: "+234 (0)803 000 0000" and
 * "0044 20 7946 0000" are stored exactly as typed. Digits of any script count
 * (Arabic-Indic ٠١٢ are typed in the Arab States).
 */
export function isPlausiblePhone(text: string): boolean {
  const phone = text.trim();
  if (!/\p{Nd}/u.test(phone)) return false;
  const letters = phone.match(/\p{L}+/gu) ?? [];
  if (letters.some((word) => !/^(?:x|ext)$/i.test(word))) return false;
  return /^[\p{Nd}\p{L}+()\-./#\s]+$/u.test(phone);
}


/** The stored form of a country field: trimmed and upper-cased when it is two letters ("ng" → "NG"). */
function countryCode(text: string): string {
  const trimmed = text.trim();
  return /^[a-z]{2}$/i.test(trimmed) ? trimmed.toUpperCase() : trimmed;
}

/**
 * Every problem in a person form, in the order of the fields, so the first is
 * the one to focus. Empty means personFromDraft can build the record.
 */
export function validatePersonDraft(draft: PersonDraft): FieldError[] {
  const errors: FieldError[] = [];
  // Many people have one name only (Indonesian and other mononyms): either field is enough.
  if (cleanName(draft.givenName) === '' && cleanName(draft.familyName) === '') {
    errors.push({ field: 'givenName', key: 'participants.errors.nameRequired', params: {} });
  }
  for (const value of parseEmails(draft.emails ?? '').invalid) {
    errors.push({ field: 'emails', key: 'participants.errors.emailInvalid', params: { value } });
  }
  const phone = (draft.phone ?? '').trim();
  if (phone !== '' && !isPlausiblePhone(phone)) {
    errors.push({ field: 'phone', key: 'participants.errors.phoneInvalid', params: { value: phone } });
  }
  const country = countryCode(draft.country ?? '');
  if (country !== '' && !isCountryCode(country)) {
    errors.push({ field: 'country', key: 'participants.errors.countryUnknown', params: { value: country } });
  }
  for (const tag of draft.languages ?? []) {
    if (tag.trim() !== '' && canonicalLanguageTag(tag) === undefined) {
      errors.push({ field: 'languages', key: 'participants.errors.languageInvalid', params: { value: tag.trim() } });
    }
  }
  const gender = (draft.gender ?? '').trim();
  if (gender !== '' && !(GENDERS as readonly string[]).includes(gender)) {
    errors.push({ field: 'gender', key: 'participants.errors.genderInvalid', params: { value: gender } });
  }
  return errors;
}

/** Trimmed, empty ones dropped, repeats removed case-insensitively (first spelling kept). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags.map(cleanName)) {
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

function cleanNeeds(needs: PersonNeeds): PersonNeeds | undefined {
  const out: PersonNeeds = {};
  const diet = needs.diet?.trim();
  const accessibility = needs.accessibility?.trim();
  if (diet) out.diet = diet;
  if (accessibility) out.accessibility = accessibility;
  if (needs.visaLetter) out.visaLetter = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Sets an optional field: undefined in the draft keeps `current`; empty after tidying clears it. */
function optional<T>(drafted: string | undefined, current: T | undefined, tidy: (s: string) => T | undefined): T | undefined {
  return drafted === undefined ? current : tidy(drafted);
}

const trimmed = (s: string): string | undefined => s.trim() || undefined;

/**
 * The Person record for a valid draft: new (fresh id, createdAt = now) or, with
 * `existing`, that record updated (id, createdAt and import batch kept). Names are
 * stored as typed (cleanName only), emails as parsed, the phone trimmed and never
 * reformatted; sortKey and emailKeys are derived. Throws the first field problem
 * as a DomainError when the draft is not valid: call validatePersonDraft first.
 */
export function personFromDraft(draft: PersonDraft, ctx: { newId: () => Id; now: IsoInstant }, existing?: Person): Person {
  const [problem] = validatePersonDraft(draft);
  if (problem) throw new DomainError(problem.key, problem.params, `Person draft not valid: ${problem.field} (${problem.key}).`);
  const givenName = cleanName(draft.givenName);
  const familyName = cleanName(draft.familyName);
  const emails = draft.emails === undefined ? (existing?.emails ?? []) : parseEmails(draft.emails).emails;
  const languages =
    draft.languages === undefined
      ? (existing?.languages ?? [])
      : [...new Set(draft.languages.flatMap((tag) => canonicalLanguageTag(tag) ?? []))];
  const needs = draft.needs === undefined ? existing?.needs : cleanNeeds(draft.needs);
  const person: Person = {
    ...existing,
    id: existing?.id ?? ctx.newId(),
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    givenName,
    familyName,
    emails,
    phone: optional(draft.phone, existing?.phone, trimmed),
    country: optional(draft.country, existing?.country, (s) => trimmed(countryCode(s))),
    organisationId: optional(draft.organisationId, existing?.organisationId, trimmed),
    institution: optional(draft.institution, existing?.institution, (s) => cleanName(s) || undefined),
    position: optional(draft.position, existing?.position, (s) => cleanName(s) || undefined),
    languages,
    gender: optional(draft.gender, existing?.gender, (s) => (trimmed(s) as Gender | undefined)),
    membershipNumber: optional(draft.membershipNumber, existing?.membershipNumber, trimmed),
    committee: optional(draft.committee, existing?.committee, (s) => cleanName(s) || undefined),
    needs,
    tags: draft.tags === undefined ? (existing?.tags ?? []) : cleanTags(draft.tags),
    notes: optional(draft.notes, existing?.notes, trimmed),
    sortKey: personSortKey(givenName, familyName),
    emailKeys: emailKeys(emails),
  };
  // Optional fields left undefined are dropped, so stored records carry no `key: undefined`.
  return Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined)) as Person;
}
