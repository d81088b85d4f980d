import type { PersonDraft } from '../domain/person-rules';
import { foldText } from '../domain/text';
import { inferDateOrder, type DateOrder } from './import-dates';
import { fillMerges, headerTexts, sheetWidth } from './import-header';
import type { ColumnMapping } from './import-mapping';
import type { NameSplitRule } from './import-names';
import { cellText } from './import-normalise';
import { readCell, readPerson, type ColumnContext, type EnrolmentDraft, type PreviewCell } from './import-row-person';
import { isImportField, type ImportField } from './import-synonyms';
import { mMeansWoman } from './import-values';
import type { Cell, ImportMessage, Sheet } from './sheet-types';

export type { CellValue, ColumnContext, EnrolmentDraft, PreviewCell } from './import-row-person';

/**
 * The import preview: every data row under the header, read with the mapping,
 * each cell normalised and checked, each row given a status. Rows and cells are
 * arrays indexed by position and column: no header text ever becomes a key.
 */

/** ok: ready; warning: ready, but look; error: fix first; skipped: left out; blank: empty, left out silently. */
export type RowStatus = 'ok' | 'warning' | 'error' | 'skipped' | 'blank';

export type PreviewRow = {
  /** 0-based index in the sheet's rows (the spreadsheet shows sheetRow + 1). */
  sheetRow: number;
  status: RowStatus;
  /** One per column, by column index. */
  cells: PreviewCell[];
  /** Problems not tied to one cell (no name at all), or why the row is skipped. */
  messages: ImportMessage[];
  /** The person to create or update (absent for blank and skipped rows). */
  person?: PersonDraft;
  enrolment?: EnrolmentDraft;
  /** How a full-name column was split, when it was. */
  nameSplit?: NameSplitRule;
  skippedByUser?: boolean;
};

export type PreviewCounts = { rows: number; ok: number; warnings: number; errors: number; skipped: number; blank: number };

export type PreviewOptions = {
  /** The upper row of a two-row header (detectHeader's groupRow). */
  groupRow?: number;
  /** The file's date order; by default each date column's values decide, else day first. */
  dateOrder?: DateOrder;
  /** Serials count from 1904; by default the sheet's own flag. */
  date1904?: boolean;
};

export type Preview = {
  headerRow: number;
  headers: string[];
  /** The field of each column, by column index. */
  fields: (ImportField | null)[];
  /** How each column's values are read, by column index. */
  columns: ColumnContext[];
  rows: PreviewRow[];
  counts: PreviewCounts;
};

/**
 * Builds the preview of the rows under `headerRow` (merged ranges filled; empty
 * rows at the end dropped). Each date column reads its numeric dates in the
 * order its own values prove ("13/11" day first, "11/13" month first) unless
 * the options fix it; a gender column of H and M reads M as "mujer".
 * A row is `blank` when empty, `skipped` when it repeats the header or holds
 * data only in unmapped columns, `error` when a cell has an error or the person
 * fails validatePersonDraft, `warning` when a cell has a warning.
 */
export function buildPreview(sheet: Sheet, headerRow: number, mapping: readonly ColumnMapping[], options: PreviewOptions = {}): Preview {
  const filled = fillMerges(sheet);
  const headers = headerTexts(sheet, headerRow, options.groupRow);
  const width = Math.max(sheetWidth(filled), headers.length);
  const fields: (ImportField | null)[] = Array.from({ length: width }, () => null);
  for (const entry of mapping) {
    if (Number.isInteger(entry.column) && entry.column >= 0 && entry.column < width && isImportField(entry.field)) fields[entry.column] = entry.field;
  }
  const data = filled.rows.slice(headerRow + 1);
  let end = data.length;
  while (end > 0 && (data[end - 1] ?? []).every((cell) => cellText(cell) === '')) end--;
  const raws = data.slice(0, end).map((row) => Array.from({ length: width }, (_, c): Cell => row[c] ?? null));
  const columns = fields.map((field, c): ColumnContext => {
    const values = field === 'appliedOn' || field === 'gender' ? raws.map((row) => row[c] ?? null) : [];
    return {
      dateOrder: options.dateOrder ?? (field === 'appliedOn' ? inferDateOrder(values) : undefined) ?? 'day-first',
      mIsWoman: field === 'gender' && mMeansWoman(values),
      date1904: options.date1904 ?? sheet.date1904 ?? false,
    };
  });
  const base = { headerRow, headers, fields, columns };
  const rows = raws.map((raw, i) => buildRow(base, headerRow + 1 + i, raw, new Set(), false));
  return { ...base, rows, counts: countRows(rows) };
}

type PreviewBase = Pick<Preview, 'headerRow' | 'headers' | 'fields' | 'columns'>;

function buildRow(preview: PreviewBase, sheetRow: number, raw: readonly Cell[], edited: ReadonlySet<number>, skippedByUser: boolean): PreviewRow {
  const cells = raw.map((cell, c) => readCell(c, preview.fields[c] ?? null, cell, preview.columns[c] ?? DEFAULT_CONTEXT, edited.has(c)));
  const row: PreviewRow = { sheetRow, status: 'ok', cells, messages: [] };
  if (cells.every((cell) => cell.value === '')) return { ...row, status: 'blank' };
  if (skippedByUser) row.skippedByUser = true;
  const mapped = cells.filter((cell) => cell.field !== null && cell.value !== '');
  if (mapped.length === 0) return skip(row, 'import.rows.skippedNoData');
  if (repeatsHeader(preview.headers, mapped)) return skip(row, 'import.rows.skippedHeaderRepeat');
  if (skippedByUser) return skip(row, 'import.rows.skippedByUser');
  const reading = readPerson(cells);
  row.person = reading.person;
  row.enrolment = reading.enrolment;
  row.messages = reading.messages;
  if (reading.nameSplit) row.nameSplit = reading.nameSplit;
  const error = reading.messages.length > 0 || cells.some((cell) => cell.error);
  row.status = error ? 'error' : cells.some((cell) => cell.warning) ? 'warning' : 'ok';
  return row;
}

const DEFAULT_CONTEXT: ColumnContext = { dateOrder: 'day-first', mIsWoman: false, date1904: false };

function skip(row: PreviewRow, key: ImportMessage['key']): PreviewRow {
  return { ...row, status: 'skipped', messages: [{ key, params: { row: row.sheetRow + 1 } }] };
}

// The headers folded once per preview, not once per row.
const foldedHeaders = new WeakMap<readonly string[], string[]>();

// A list pasted under another repeats its header: two mapped cells or more, and most of them, equal their column's header.
function repeatsHeader(headers: readonly string[], mapped: readonly PreviewCell[]): boolean {
  let folded = foldedHeaders.get(headers);
  if (!folded) foldedHeaders.set(headers, (folded = headers.map(foldText)));
  const same = mapped.filter((cell) => foldText(cell.value) === (folded[cell.column] ?? '')).length;
  return same >= 2 && same * 2 >= mapped.length;
}

/** Counts by status; `rows` is every row under the header (trailing empty rows excepted). */
export function countRows(rows: readonly PreviewRow[]): PreviewCounts {
  const counts: PreviewCounts = { rows: rows.length, ok: 0, warnings: 0, errors: 0, skipped: 0, blank: 0 };
  for (const row of rows) {
    if (row.status === 'ok') counts.ok++;
    else if (row.status === 'warning') counts.warnings++;
    else if (row.status === 'error') counts.errors++;
    else if (row.status === 'skipped') counts.skipped++;
    else counts.blank++;
  }
  return counts;
}

function rowAt(preview: Preview, index: number): PreviewRow {
  const row = preview.rows[index];
  if (!row) throw new RangeError(`Import preview has no row ${index} (it has ${preview.rows.length}).`);
  return row;
}

function replaceRow(preview: Preview, index: number, row: PreviewRow): Preview {
  const rows = preview.rows.slice();
  rows[index] = row;
  return { ...preview, rows, counts: countRows(rows) };
}

/**
 * The preview with one cell replaced by the text the user typed, and that row
 * only read and checked again (a column's date order and gender letters stay as
 * decided for the whole column). `rowIndex` is the position in preview.rows.
 * Typing "Family, Given" in a full-name cell is how to force a name split.
 */
export function editCell(preview: Preview, rowIndex: number, column: number, newText: string): Preview {
  const row = rowAt(preview, rowIndex);
  if (!Number.isInteger(column) || column < 0 || column >= row.cells.length) {
    throw new RangeError(`Import preview row ${rowIndex} has no column ${column}.`);
  }
  const raw = row.cells.map((cell) => cell.raw);
  raw[column] = newText;
  const edited = new Set(row.cells.filter((cell) => cell.edited).map((cell) => cell.column));
  edited.add(column);
  return replaceRow(preview, rowIndex, buildRow(preview, row.sheetRow, raw, edited, row.skippedByUser === true));
}

/** The preview with one row left out of the import (or put back) by the user. */
export function setRowSkipped(preview: Preview, rowIndex: number, skipped: boolean): Preview {
  const row = rowAt(preview, rowIndex);
  const edited = new Set(row.cells.filter((cell) => cell.edited).map((cell) => cell.column));
  return replaceRow(preview, rowIndex, buildRow(preview, row.sheetRow, row.cells.map((cell) => cell.raw), edited, skipped));
}

/** The rows ready to import (ok or warning), with their drafts. */
export function importableRows(preview: Preview): { sheetRow: number; person: PersonDraft; enrolment: EnrolmentDraft }[] {
  return preview.rows.flatMap((row) =>
    (row.status === 'ok' || row.status === 'warning') && row.person ? [{ sheetRow: row.sheetRow, person: row.person, enrolment: row.enrolment ?? {} }] : [],
  );
}
