import { cleanTags, parseEmails, personFromDraft, type PersonDraft } from '../../../../shared/domain/person-rules';
import { emailKeys } from '../../../../shared/domain/text';
import type { Id, IsoInstant, Person, PersonNeeds } from '../../../../shared/domain/types';

/** How a row updates the person it matched: fill only what is empty, or let the row's values win. */
export type UpdateMode = 'fill-empty' | 'overwrite';

/** Single-valued fields a row may bring, besides the names. */
const SINGLE_FIELDS = [
  'phone',
  'country',
  'organisationId',
  'institution',
  'position',
  'gender',
  'membershipNumber',
  'committee',
  'notes',
] as const satisfies readonly (keyof PersonDraft & keyof Person)[];

const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** True when the row's value should replace the current one under `mode`. */
function takes(mode: UpdateMode, current: unknown, incoming: string | boolean | undefined): boolean {
  if (incoming === undefined || (typeof incoming === 'string' && incoming.trim() === '')) return false;
  return mode === 'overwrite' || isBlank(current);
}

function mergeNeeds(mode: UpdateMode, current: PersonNeeds | undefined, incoming: PersonNeeds): PersonNeeds {
  const out: PersonNeeds = { ...current };
  if (takes(mode, current?.diet, incoming.diet)) out.diet = incoming.diet;
  if (takes(mode, current?.accessibility, incoming.accessibility)) out.accessibility = incoming.accessibility;
  // A stored person has visaLetter only when true, so "empty" is undefined or false.
  if (incoming.visaLetter !== undefined && (mode === 'overwrite' || !current?.visaLetter)) out.visaLetter = incoming.visaLetter;
  return out;
}

/**
 * The draft that applies `row` to `existing`: the names and single fields the
 * mode lets through (others left undefined, so personFromDraft keeps them), and
 * the row's own emails, tags and languages (united with the stored ones after).
 */
function patchDraft(existing: Person, row: PersonDraft, mode: UpdateMode): PersonDraft {
  const patch: PersonDraft = {
    givenName: takes(mode, existing.givenName, row.givenName) ? row.givenName : existing.givenName,
    familyName: takes(mode, existing.familyName, row.familyName) ? row.familyName : existing.familyName,
  };
  for (const field of SINGLE_FIELDS) {
    const incoming = row[field];
    if (takes(mode, existing[field], incoming)) patch[field] = incoming;
  }
  if (row.needs !== undefined) patch.needs = mergeNeeds(mode, existing.needs, row.needs);
  if (row.emails !== undefined) patch.emails = row.emails;
  if (row.languages !== undefined) patch.languages = row.languages;
  if (row.tags !== undefined) patch.tags = row.tags;
  return patch;
}

/** `first` then the items of `second` not already in it, compared by `key`. */
function union(first: readonly string[], second: readonly string[], key: (s: string) => string): string[] {
  const seen = new Set(first.map(key));
  const out = [...first];
  for (const item of second) {
    if (seen.has(key(item))) continue;
    seen.add(key(item));
    out.push(item);
  }
  return out;
}

/**
 * `existing` updated with an import row. 'fill-empty' sets only the fields the
 * person has empty; 'overwrite' lets every non-empty value of the row win. In
 * both modes emails, tags and languages become the union of both (stored ones
 * first), and an empty cell never clears anything. Id, createdAt and the import
 * batch that created the person are kept. Throws personFromDraft's DomainError
 * when a value the row brings is not valid.
 */
export function updatePerson(existing: Person, row: PersonDraft, mode: UpdateMode, ctx: { newId: () => Id; now: IsoInstant }): Person {
  const drafted = personFromDraft(patchDraft(existing, row, mode), ctx, existing);
  const emails = union(existing.emails, row.emails === undefined ? [] : parseEmails(row.emails).emails, (s) => s.toLowerCase());
  const person: Person = {
    ...drafted,
    emails,
    emailKeys: emailKeys(emails),
    languages: union(existing.languages, drafted.languages, (s) => s),
    tags: cleanTags([...existing.tags, ...drafted.tags]),
  };
  return person;
}

/** True when two records hold the same values, whatever their key order; `updatedAt` is not compared. */
export function sameRecord(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  keys.delete('updatedAt');
  for (const key of keys) {
    if (JSON.stringify(left[key]) !== JSON.stringify(right[key])) return false;
  }
  return true;
}
