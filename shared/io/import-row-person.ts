import { validatePersonDraft, type PersonDraft, type PersonField } from '../domain/person-rules';
import type { EnrolmentRole, EnrolmentStatus, IsoDate, PersonNeeds } from '../domain/types';
import type { DateOrder } from './import-dates';
import { normaliseDate } from './import-dates';
import { splitFullName, type NameSplitRule } from './import-names';
import {
  cellText,
  formulaWarning,
  normaliseCountry,
  normaliseEmails,
  normaliseIdentifier,
  normaliseName,
  normalisePhone,
  normaliseTags,
  normaliseText,
  normaliseYesNo,
  type Normalised,
} from './import-normalise';
import type { ImportField } from './import-synonyms';
import { normaliseGender, normaliseLanguages, normaliseRole, normaliseStatus } from './import-values';
import type { Cell, ImportMessage } from './sheet-types';

/**
 * One spreadsheet row made into a person draft and an enrolment draft, with a
 * verdict per cell. Used by import-rows.ts for the preview and for each edit.
 */

/** A normalised value: text, a list (emails, tags, languages) or a yes/no. */
export type CellValue = string | string[] | boolean | undefined;

/** One cell of the preview: as in the file, as it will be stored, and what is wrong with it. */
export type PreviewCell = {
  column: number;
  field: ImportField | null;
  /** The cell as the file holds it, or the text the user typed over it. */
  raw: Cell;
  /** The cell as text (cellText), to show and to edit. */
  value: string;
  normalised: CellValue;
  warning?: ImportMessage;
  error?: ImportMessage;
  edited?: boolean;
};

/** How one column's values are read, decided once for the whole column. */
export type ColumnContext = { dateOrder: DateOrder; mIsWoman: boolean; date1904: boolean };

/** What the row gives the enrolment, when the list is imported into a programme. */
export type EnrolmentDraft = { role?: EnrolmentRole; status?: EnrolmentStatus; appliedOn?: IsoDate };

/** A row read: its cells, its drafts, the problems not tied to one cell, and how the full name was split. */
export type RowReading = {
  cells: PreviewCell[];
  person: PersonDraft;
  enrolment: EnrolmentDraft;
  messages: ImportMessage[];
  nameSplit?: NameSplitRule;
};

function normaliseFor(field: ImportField | null, cell: Cell, context: ColumnContext): Normalised<CellValue> {
  switch (field) {
    case null:
      return { value: undefined };
    case 'givenName':
    case 'familyName':
    case 'fullName':
      return normaliseName(cell);
    case 'email':
      return normaliseEmails(cell);
    case 'phone':
      return normalisePhone(cell);
    case 'country':
      return normaliseCountry(cell);
    case 'membershipNumber':
      return normaliseIdentifier(cell);
    case 'notes':
      return normaliseText(cell, true);
    case 'institution':
    case 'position':
    case 'committee':
    case 'dietaryNeeds':
    case 'accessibilityNeeds':
      return normaliseText(cell);
    case 'languages':
      return normaliseLanguages(cell);
    case 'gender':
      return normaliseGender(cell, context.mIsWoman);
    case 'tags':
      return normaliseTags(cell);
    case 'visaLetter':
      return normaliseYesNo(cell);
    case 'appliedOn':
      return normaliseDate(cell, { order: context.dateOrder, date1904: context.date1904 });
    case 'status':
      return normaliseStatus(cell);
    case 'role':
      return normaliseRole(cell);
  }
}

/** Reads one cell for its column's field; a cell starting with "=" also gets the formula warning (it is kept as text). */
export function readCell(column: number, field: ImportField | null, raw: Cell, context: ColumnContext, edited: boolean): PreviewCell {
  const result = normaliseFor(field, raw, context);
  const cell: PreviewCell = { column, field, raw, value: cellText(raw), normalised: result.value };
  const warning = field === null ? undefined : (formulaWarning(raw) ?? result.warning);
  if (warning) cell.warning = warning;
  if (result.error) cell.error = result.error;
  if (edited) cell.edited = true;
  return cell;
}

// Plain loops: these run for every field of every row (100,000 rows × a dozen fields).
function texts(cells: readonly PreviewCell[], field: ImportField): string[] {
  const out: string[] = [];
  for (const cell of cells) if (cell.field === field && typeof cell.normalised === 'string') out.push(cell.normalised);
  return out;
}

function lists(cells: readonly PreviewCell[], field: ImportField): string[] {
  const out: string[] = [];
  for (const cell of cells) if (cell.field === field && Array.isArray(cell.normalised)) out.push(...(cell.normalised as string[]));
  return out;
}

const first = <T>(cells: readonly PreviewCell[], field: ImportField, guard: (v: CellValue) => v is T & CellValue): T | undefined => {
  const found = cells.find((cell) => cell.field === field && guard(cell.normalised));
  return found ? (found.normalised as T) : undefined;
};

const isText = (v: CellValue): v is string => typeof v === 'string';
const isBoolean = (v: CellValue): v is boolean => typeof v === 'boolean';

// Which columns answer for a field the person form reports on.
const FORM_FIELDS: Record<PersonField, readonly ImportField[]> = {
  givenName: ['givenName', 'familyName', 'fullName'],
  familyName: ['givenName', 'familyName', 'fullName'],
  emails: ['email'],
  phone: ['phone'],
  country: ['country'],
  languages: ['languages'],
  gender: ['gender'],
};

/**
 * The person and enrolment drafts of a row, from its read cells. Only values
 * present go in: an empty cell never clears what an existing record holds
 * (personFromDraft keeps fields that are undefined). Names from several
 * columns are joined with a space; a full name is split (splitFullName, with
 * the row's country as hint) only when no given or family name column has a
 * value. Then validatePersonDraft: its problems that no cell already shows
 * become row messages (a row with no name at all).
 */
export function readPerson(cells: readonly PreviewCell[]): RowReading {
  const person: PersonDraft = { givenName: texts(cells, 'givenName').join(' '), familyName: texts(cells, 'familyName').join(' ') };
  const country = first(cells, 'country', isText);
  let nameSplit: NameSplitRule | undefined;
  const fullName = texts(cells, 'fullName').join(' ');
  if (person.givenName === '' && person.familyName === '' && fullName !== '') {
    const split = splitFullName(fullName, country);
    person.givenName = split.givenName;
    person.familyName = split.familyName;
    nameSplit = split.rule;
  }
  const emails = lists(cells, 'email');
  if (emails.length > 0) person.emails = emails.join(', ');
  const phone = first(cells, 'phone', isText);
  const institution = first(cells, 'institution', isText);
  const position = first(cells, 'position', isText);
  const gender = first(cells, 'gender', isText);
  const membershipNumber = first(cells, 'membershipNumber', isText);
  const committee = first(cells, 'committee', isText);
  if (phone !== undefined) person.phone = phone;
  if (institution !== undefined) person.institution = institution;
  if (position !== undefined) person.position = position;
  if (gender !== undefined) person.gender = gender;
  if (membershipNumber !== undefined) person.membershipNumber = membershipNumber;
  if (committee !== undefined) person.committee = committee;
  if (country !== undefined) person.country = country;
  const languages = lists(cells, 'languages');
  if (languages.length > 0) person.languages = [...new Set(languages)];
  const tags = lists(cells, 'tags');
  if (tags.length > 0) person.tags = tags;
  const notes = texts(cells, 'notes');
  if (notes.length > 0) person.notes = notes.join('\n');
  const needs: PersonNeeds = {};
  const diet = first(cells, 'dietaryNeeds', isText);
  const accessibility = first(cells, 'accessibilityNeeds', isText);
  const visaLetter = first(cells, 'visaLetter', isBoolean);
  if (diet !== undefined) needs.diet = diet;
  if (accessibility !== undefined) needs.accessibility = accessibility;
  if (visaLetter !== undefined) needs.visaLetter = visaLetter;
  if (Object.keys(needs).length > 0) person.needs = needs;

  const enrolment: EnrolmentDraft = {};
  const role = first(cells, 'role', isText);
  const status = first(cells, 'status', isText);
  const appliedOn = first(cells, 'appliedOn', isText);
  if (role !== undefined) enrolment.role = role as EnrolmentRole;
  if (status !== undefined) enrolment.status = status as EnrolmentStatus;
  if (appliedOn !== undefined) enrolment.appliedOn = appliedOn;

  const messages: ImportMessage[] = [];
  for (const problem of validatePersonDraft(person)) {
    const shown = cells.some((cell) => cell.error && cell.field !== null && FORM_FIELDS[problem.field].includes(cell.field));
    if (!shown) messages.push({ key: problem.key, params: problem.params });
  }
  const reading: RowReading = { cells: [...cells], person, enrolment, messages };
  if (nameSplit) reading.nameSplit = nameSplit;
  return reading;
}
