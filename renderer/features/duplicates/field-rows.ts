import {
  defaultMergeSide,
  MERGEABLE_FIELDS,
  type MergeableField,
  type MergeChoices,
} from '../../../shared/domain/person-merge';
import type { Person } from '../../../shared/domain/types';
import type { MessageKey } from '../../../shared/i18n';

/** The two records on screen: record 1 on the left, record 2 on the right. */
export type Side = 'left' | 'right';
/** Which value a field keeps: one side's, or (notes only) both. */
export type FieldChoice = Side | 'both';
/** What staff picked, field by field; a field not picked takes its default. */
export type FieldPicks = Partial<Record<MergeableField, FieldChoice>>;

/** Every field the comparison shows, in the order a person reads a record. */
export const COMPARED_FIELDS = [
  'givenName',
  'familyName',
  'emails',
  'phone',
  'country',
  'organisationId',
  'institution',
  'position',
  'languages',
  'gender',
  'membershipNumber',
  'committee',
  'needs',
  'tags',
  'notes',
  'createdAt',
  'updatedAt',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/**
 * How a row behaves: `choose`, one value is kept (a radio per side);
 * `union`, both records' values are kept (e-mails, languages, tags);
 * `info`, shown for judgement only (when each record was created and changed).
 */
export type RowMode = 'choose' | 'union' | 'info';

export type FieldRow = {
  field: ComparedField;
  label: MessageKey;
  mode: RowMode;
  left: string;
  right: string;
  /** The value after the merge; undefined where it is not known before (updatedAt). */
  result: string | undefined;
  /** Both records hold the same value: nothing to choose. */
  same: boolean;
  /** The choices offered (empty unless mode is `choose` and the values differ). */
  choices: FieldChoice[];
  chosen: FieldChoice | undefined;
};

/** Turns a field of a person into display text ('' for nothing). */
export type FieldText = (field: ComparedField, person: Person) => string;

const UNION: ReadonlySet<ComparedField> = new Set(['emails', 'languages', 'tags']);
const INFO: ReadonlySet<ComparedField> = new Set(['createdAt', 'updatedAt']);

function isMergeable(field: ComparedField): field is MergeableField {
  return (MERGEABLE_FIELDS as readonly string[]).includes(field);
}

/** A raw field value as comparable text: blanks and absent values are the same nothing. */
function comparable(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== '' && v !== false);
    return entries.length === 0 ? '' : JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return JSON.stringify(value);
}

/** The side that is not `side`. */
export function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left';
}

/**
 * The value a field keeps when staff did not pick one: defaultMergeSide (the
 * staying record's value unless it is blank), and for notes written on both
 * records, both (as planMerge does: staff's words are not dropped silently).
 */
export function defaultChoice(field: MergeableField, left: Person, right: Person, keep: Side): FieldChoice {
  const [kept, other] = keep === 'left' ? [left, right] : [right, left];
  if (field === 'notes' && comparable(left.notes) !== '' && comparable(right.notes) !== '') return 'both';
  return defaultMergeSide(field, kept, other) === 'keep' ? keep : otherSide(keep);
}

/**
 * The picks as planMerge takes them (`keep`/`other`, relative to the record
 * that stays). Fields not picked are left out, so planMerge applies its own
 * defaults; "both" notes are left out too, which is planMerge's way of keeping both.
 */
export function mergeChoices(picks: FieldPicks, keep: Side): MergeChoices {
  const choices: MergeChoices = {};
  for (const field of MERGEABLE_FIELDS) {
    const pick = picks[field];
    if (pick === undefined || pick === 'both') continue;
    choices[field] = pick === keep ? 'keep' : 'other';
  }
  return choices;
}

/**
 * The rows of the side-by-side comparison: each field of both records as
 * text, the choices it offers, the one in force (staff's pick or the default)
 * and the value after the merge, read from the planned merged person.
 */
export function fieldRows(
  left: Person,
  right: Person,
  keep: Side,
  picks: FieldPicks,
  merged: Person | undefined,
  text: FieldText,
): FieldRow[] {
  return COMPARED_FIELDS.map((field): FieldRow => {
    const mode: RowMode = UNION.has(field) ? 'union' : INFO.has(field) ? 'info' : 'choose';
    const same = comparable(left[field]) === comparable(right[field]);
    let choices: FieldChoice[] = [];
    let chosen: FieldChoice | undefined;
    if (isMergeable(field) && !same) {
      const bothNotes = field === 'notes' && comparable(left.notes) !== '' && comparable(right.notes) !== '';
      choices = bothNotes ? ['left', 'right', 'both'] : ['left', 'right'];
      chosen = picks[field] ?? defaultChoice(field, left, right, keep);
    }
    const result = field === 'updatedAt' || !merged ? undefined : text(field, merged);
    return {
      field,
      label: `duplicates.fields.${field}`,
      mode,
      left: text(field, left),
      right: text(field, right),
      result,
      same,
      choices,
      chosen,
    };
  });
}
