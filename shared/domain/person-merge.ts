import { DomainError } from './errors';
import {
  joinNotes,
  planEnrolmentMoves,
  type EnrolmentChange,
  type EnrolmentConflict,
  type GrantChange,
  type SharedFundGrants,
} from './person-merge-enrolments';
import { emailKeys, personSortKey } from './text';
import type { Enrolment, Grant, IsoInstant, Person, PersonNeeds } from './types';

export {
  ENROLMENT_STATUS_PRECEDENCE,
  survivingEnrolment,
  unionAttendance,
  type EnrolmentChange,
  type EnrolmentConflict,
  type GrantChange,
  type SharedFundGrants,
} from './person-merge-enrolments';

/** The fields where staff pick which record's value the merged person keeps. */
export const MERGEABLE_FIELDS = [
  'givenName',
  'familyName',
  'phone',
  'country',
  'organisationId',
  'institution',
  'position',
  'gender',
  'membershipNumber',
  'committee',
  'needs',
  'notes',
] as const;
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

export type MergeSide = 'keep' | 'other';
export type MergeChoices = Partial<Record<MergeableField, MergeSide>>;

/**
 * A merge worked out in full, to be committed as one changeset: the merged
 * person, the person deleted, and every enrolment and grant changed. It is
 * plain data, so the same plan can be shown for confirmation, written, audited
 * and inverted for undo.
 */
export type MergePlan = {
  person: Person;
  removed: Person;
  /** Deletions (after: null) first, so the unique [personId+programmeId] index holds at every step. */
  enrolmentChanges: EnrolmentChange[];
  grantChanges: GrantChange[];
  /** Programmes both records were enrolled in, for the confirmation dialog. */
  conflicts: EnrolmentConflict[];
  /** Enrolments that end up with two grants from one fund: worth a look. */
  sharedFundGrants: SharedFundGrants[];
};

/**
 * The side a field is taken from when staff made no choice: the kept record's
 * value when it has one, else the other's. For notes with both filled, see
 * planMerge: both are kept.
 */
export function defaultMergeSide(field: MergeableField, keep: Person, other: Person): MergeSide {
  return isBlank(keep[field]) && !isBlank(other[field]) ? 'other' : 'keep';
}

/**
 * Plans merging `other` into `keep`: the kept person takes the chosen fields
 * (default: defaultMergeSide), all e-mails, tags and languages of both, both
 * notes unless one side was chosen, and every enrolment and grant of `other`
 * (same-programme enrolments resolved by ENROLMENT_STATUS_PRECEDENCE). Derived
 * fields are recomputed; `updatedAt` is `ctx.now` on every changed record.
 * `related` holds the enrolments and grants of both people (others are ignored).
 * Throws DomainError `errors.mergeMissing` when either person is missing (deleted
 * meanwhile) and `errors.mergeSelf` for the same person twice.
 */
export function planMerge(
  keep: Person | undefined,
  other: Person | undefined,
  choices: MergeChoices,
  related: { enrolments: readonly Enrolment[]; grants: readonly Grant[] },
  ctx: { now: IsoInstant },
): MergePlan {
  if (!keep || !other) {
    throw new DomainError(
      'errors.mergeMissing',
      {},
      'One of the two people to merge no longer exists (deleted or merged elsewhere).',
    );
  }
  if (keep.id === other.id) {
    throw new DomainError('errors.mergeSelf', {}, 'A person cannot be merged into themself.');
  }
  const moves = planEnrolmentMoves(keep.id, other.id, related, ctx.now);
  return {
    person: mergedPerson(keep, other, choices, ctx.now),
    removed: other,
    enrolmentChanges: moves.enrolmentChanges,
    grantChanges: moves.grantChanges,
    conflicts: moves.conflicts,
    sharedFundGrants: moves.sharedFundGrants,
  };
}

function mergedPerson(keep: Person, other: Person, choices: MergeChoices, now: IsoInstant): Person {
  const person: Person = { ...keep };
  for (const field of MERGEABLE_FIELDS) {
    const side = choices[field] ?? defaultMergeSide(field, keep, other);
    const value = side === 'keep' ? keep[field] : other[field];
    if (value === undefined) delete person[field];
    else Object.assign(person, { [field]: value });
  }
  // Both notes by default: they are staff's own words, and choosing one is
  // a decision the person makes in the dialog, not one the merge makes for them.
  if (choices.notes === undefined) {
    const notes = joinNotes(keep.notes, other.notes);
    if (notes === undefined) delete person.notes;
    else person.notes = notes;
  }
  person.emails = unionBy([...keep.emails, ...other.emails], (e) => e.trim().toLowerCase());
  person.tags = unionBy([...keep.tags, ...other.tags], (t) => t.trim().toLowerCase());
  person.languages = unionBy([...keep.languages, ...other.languages], (l) => l.trim().toLowerCase());
  person.sortKey = personSortKey(person.givenName, person.familyName);
  person.emailKeys = emailKeys(person.emails);
  person.updatedAt = now;
  return person;
}

/**
 * The values in order, the first spelling of each kept ("Ana@Museo.es" typed
 * first stays as typed), blanks dropped. Case-insensitive, as e-mail
 * addresses, tags and language tags are in practice.
 */
function unionBy(values: readonly string[], key: (value: string) => string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const k = key(value);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    result.push(value);
  }
  return result;
}

/**
 * Whether a field holds nothing worth keeping. Needs count as empty when no
 * diet or accessibility text is written and no visa letter is asked for: an
 * unticked box is the form's default, not an answer.
 */
function isBlank(value: Person[MergeableField]): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  const needs: PersonNeeds = value;
  return !needs.diet?.trim() && !needs.accessibility?.trim() && needs.visaLetter !== true;
}
