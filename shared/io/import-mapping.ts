import { isPlausibleEmail, isPlausiblePhone } from '../domain/person-rules';
import { matchCountry } from './import-countries';
import { parseDateText } from './import-dates';
import { cellText } from './import-normalise';
import { headerKey, isImportField, matchHeader, MULTI_COLUMN_FIELDS, type ImportField } from './import-synonyms';
import type { Cell, Confidence } from './sheet-types';

export { IMPORT_FIELDS, MULTI_COLUMN_FIELDS, isImportField, type ImportField } from './import-synonyms';

/**
 * Which field each column fills. Always an array indexed by column, never an
 * object keyed by header: headers are untrusted text ("__proto__").
 */
export type ColumnMapping = {
  column: number;
  header: string;
  field: ImportField | null;
  confidence: Confidence;
  /** How the field was found: the header's words, the column's content, a saved mapping, or the user. */
  by: 'header' | 'content' | 'saved' | 'user';
};

/** A mapping the user named and saved, to reuse on the next file from the same partner. */
export type SavedMapping = { name: string; columns: { header: string; field: string | null }[] };

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

type Candidate = { column: number; field: ImportField; confidence: Confidence; by: 'header' | 'content'; generic: boolean };

/**
 * Suggests a field for every column, from its header (synonyms in English,
 * French and Spanish, see import-synonyms.ts) and, for columns whose header
 * says nothing, from a sample of its values (emails, countries, phone numbers,
 * dates). One column per field, except MULTI_COLUMN_FIELDS: when two columns
 * claim a field, the surer one keeps it and the other is left unmapped.
 * A plain "Name" beside a "Surname" column and no given-name column is the given
 * name; a French "Nom" with no "Prénom" column whose values have two words or
 * more is a full name.
 */
export function suggestMapping(headers: readonly string[], sampleRows: readonly (readonly Cell[])[]): ColumnMapping[] {
  const candidates: Candidate[] = [];
  const recognised = new Set<number>();
  const unused = new Set<number>();
  headers.forEach((header, column) => {
    const match = matchHeader(header);
    if (!match) return;
    recognised.add(column);
    if (match.field === null) unused.add(column);
    else {
      const generic = ['name', 'nom'].includes(headerKey(header));
      candidates.push({ column, field: match.field, confidence: match.confidence, by: 'header', generic });
    }
  });
  headers.forEach((_, column) => {
    if (recognised.has(column)) return;
    const field = fieldByContent(sampleRows.map((row) => row[column] ?? null));
    if (field) candidates.push({ column, field, confidence: 'medium', by: 'content', generic: false });
  });
  adjustNameColumns(candidates, sampleRows);
  const mapping = resolve(headers, candidates);
  // A column recognised as one the import does not take ("Date of birth", "N°") is surely unmapped.
  return mapping.map((entry) => (unused.has(entry.column) ? { ...entry, confidence: 'high' } : entry));
}

// "Name | Surname" lists mean the first name by "Name"; "Nom" alone holds full names.
function adjustNameColumns(candidates: Candidate[], sampleRows: readonly (readonly Cell[])[]): void {
  const has = (field: ImportField) => candidates.some((c) => c.field === field && !c.generic);
  for (const candidate of candidates) {
    if (!candidate.generic) continue;
    if (candidate.field === 'fullName' && has('familyName') && !has('givenName')) candidate.field = 'givenName';
    if (candidate.field === 'familyName' && !has('givenName') && !has('fullName')) {
      const texts = sampleRows.map((row) => cellText(row[candidate.column] ?? null)).filter((t) => t !== '');
      const long = texts.filter((t) => t.split(/\s+/).length >= 2).length;
      if (texts.length > 0 && long / texts.length >= 0.6) candidate.field = 'fullName';
    }
  }
}

function resolve(headers: readonly string[], candidates: readonly Candidate[]): ColumnMapping[] {
  const mapping: ColumnMapping[] = headers.map((header, column) => ({ column, header, field: null, confidence: 'low', by: 'header' }));
  const taken = new Set<ImportField>();
  const ordered = [...candidates].sort(
    (a, b) => RANK[b.confidence] - RANK[a.confidence] || (a.by === b.by ? 0 : a.by === 'header' ? -1 : 1) || a.column - b.column,
  );
  for (const candidate of ordered) {
    if (taken.has(candidate.field) && !MULTI_COLUMN_FIELDS.has(candidate.field)) continue;
    // A second column joins a multi-column field only when its header says so.
    if (taken.has(candidate.field) && candidate.by === 'content') continue;
    taken.add(candidate.field);
    const header = headers[candidate.column] ?? '';
    mapping[candidate.column] = { column: candidate.column, header, field: candidate.field, confidence: candidate.confidence, by: candidate.by };
  }
  return mapping;
}

/** True when at least 60% of the column's non-empty sample (and two values or more) passes `test`. */
function mostly(values: readonly Cell[], test: (cell: Cell, text: string) => boolean): boolean {
  const present = values.filter((value) => cellText(value) !== '');
  if (present.length < 2) return false;
  return present.filter((value) => test(value, cellText(value))).length / present.length >= 0.6;
}

const digitCount = (text: string): number => (text.match(/\p{Nd}/gu) ?? []).length;

/**
 * The field a column's values reveal, when its header did not: emails, then
 * countries (names, or codes in capitals: "fr" is more likely a language),
 * then phone numbers (seven digits or more, not a date), then dates written
 * as text. Columns of bare numbers are not taken for dates: serials and
 * membership numbers look alike.
 */
export function fieldByContent(values: readonly Cell[]): ImportField | undefined {
  if (mostly(values, (_, text) => text.split(/[,;\s]+/).some(isPlausibleEmail))) return 'email';
  if (mostly(values, (cell, text) => typeof cell === 'string' && !/^[a-z]{2,3}$/.test(text) && matchCountry(text).kind === 'exact')) {
    return 'country';
  }
  const isDate = (cell: Cell, text: string) => typeof cell === 'string' && parseDateText(text) !== undefined;
  if (mostly(values, (cell, text) => !isDate(cell, text) && digitCount(text) >= 7 && (typeof cell === 'number' || isPlausiblePhone(text)))) {
    return 'phone';
  }
  if (mostly(values, isDate)) return 'appliedOn';
  return undefined;
}

/**
 * The user's choice for one column. A single-column field leaves the column
 * that held it (which becomes unmapped); `null` unmaps the column.
 */
export function setColumnField(mapping: readonly ColumnMapping[], column: number, field: ImportField | null): ColumnMapping[] {
  return mapping.map((entry) => {
    if (entry.column === column) return { ...entry, field, confidence: 'high', by: 'user' };
    if (field !== null && entry.field === field && !MULTI_COLUMN_FIELDS.has(field)) return { ...entry, field: null, confidence: 'high', by: 'user' };
    return entry;
  });
}

/** A mapping to save under `name`: headers and fields in column order. */
export function saveMapping(name: string, mapping: readonly ColumnMapping[]): SavedMapping {
  return { name: name.trim(), columns: mapping.map(({ header, field }) => ({ header, field })) };
}

/**
 * A saved mapping applied to a new file's headers: each header takes the field
 * saved for the same header (compared by headerKey, so "E-mail" finds "Email";
 * repeated headers pair up in order), wherever the column now stands. Columns
 * the saved mapping does not know are suggested from their header and the
 * sample when one is given, else left unmapped. Saved fields are checked:
 * a name that is not an import field (a tampered file) maps to nothing.
 */
export function applySavedMapping(headers: readonly string[], saved: SavedMapping, sampleRows?: readonly (readonly Cell[])[]): ColumnMapping[] {
  const pending = saved.columns.map((entry) => ({ key: headerKey(String(entry.header)), field: entry.field, used: false }));
  const fromSaved = headers.map((header) => {
    const key = headerKey(header);
    const entry = pending.find((candidate) => !candidate.used && candidate.key === key);
    if (entry) entry.used = true;
    return entry ? (isImportField(entry.field) ? entry.field : null) : undefined;
  });
  const suggested = sampleRows ? suggestMapping(headers, sampleRows) : [];
  const taken = new Set(fromSaved.filter((field): field is ImportField => field !== undefined && field !== null));
  return headers.map((header, column): ColumnMapping => {
    const field = fromSaved[column];
    if (field !== undefined) return { column, header, field, confidence: 'high', by: 'saved' };
    const suggestion = suggested[column];
    if (suggestion?.field && (!taken.has(suggestion.field) || MULTI_COLUMN_FIELDS.has(suggestion.field))) {
      taken.add(suggestion.field);
      return suggestion;
    }
    return { column, header, field: null, confidence: 'low', by: 'saved' };
  });
}

/** How well a saved mapping fits these headers, 0..1: the share of its headers found. The UI offers the best fit. */
export function savedMappingFit(headers: readonly string[], saved: SavedMapping): number {
  if (saved.columns.length === 0) return 0;
  const keys = headers.map(headerKey);
  const found = saved.columns.filter((entry) => {
    const at = keys.indexOf(headerKey(String(entry.header)));
    if (at < 0) return false;
    keys[at] = '\u0000';
    return true;
  }).length;
  return found / saved.columns.length;
}
