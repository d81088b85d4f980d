import * as XLSX from 'xlsx';
import { CFB, read, type CellObject, type ParsingOptions, type WorkBook, type WorkSheet } from 'xlsx';
import { isDomainError } from '../domain/errors';
import { columnName, megabytes, readError, type ReadLimits } from './sheet-read-limits';
import { tidyOpenDocument, tidyWorkbook, type ZipContainer } from './sheet-read-tidy';
import type { Cell, MergeRange } from './sheet-types';

/**
 * Workbooks (xlsx, xlsm, xlsb, xls, ods) through SheetJS, after the zip/CFB
 * checks. Cells come out as the spreadsheet holds them: text, numbers (dates
 * stay serial numbers, with `date1904` telling the epoch), booleans, error
 * texts ("#N/A"); formulas give their last computed (cached) value and are
 * counted; the text the sheet displays for a number is kept when it differs
 * (a phone formatted "00000000000" shows 08030000000 but holds 8030000000).
 */

/** One sheet as extracted from a workbook. */
export type ExtractedSheet = {
  name: string;
  rows: Cell[][];
  /** Parallel to `rows`: the displayed text of number cells where it differs from the number; absent when there is none. */
  formatted?: (string | null)[][];
  merges: MergeRange[];
  formulaCells: number;
  columnCount: number;
  hidden: boolean;
};

/** A parsed workbook: its sheets in order and its date system. */
export type ExtractedBook = { sheets: ExtractedSheet[]; date1904: boolean };

/** Progress while extracting rows: rows done of rows in the sheet. */
export type RowProgress = (sheet: string, done: number, total: number) => void;

function parseOptions(limits: ReadLimits, only?: string): ParsingOptions {
  return {
    type: 'array',
    dense: true,
    cellFormula: true,
    cellHTML: false,
    cellNF: false,
    cellText: true,
    cellDates: false,
    cellStyles: false,
    sheetStubs: false,
    bookVBA: false,
    bookDeps: false,
    bookFiles: false,
    WTF: false,
    // One row past the limit, to know the limit was passed without reading further.
    sheetRows: limits.maxRows + 1,
    ...(only === undefined ? {} : { sheets: [only] }),
  };
}

// SheetJS parses an inflated zip with parse_zip (exported, though not in its typings).
const parseZip = (XLSX as unknown as { parse_zip?: (zip: ZipContainer, options: ParsingOptions) => WorkBook }).parse_zip;

/**
 * Parses a checked workbook with SheetJS; its exceptions become
 * 'import.errors.encrypted' or 'import.errors.corrupt'. A zip (`zip`: the
 * format told by sniffing) is inflated here and tidied (sheet-read-tidy.ts)
 * before SheetJS reads its parts.
 */
export function parseBook(bytes: Uint8Array, limits: ReadLimits, only?: string, zip?: 'workbook' | 'ods'): WorkBook {
  const options = parseOptions(limits, only);
  try {
    if (zip === undefined || !parseZip) return read(bytes, options);
    const container = CFB.read(bytes, { type: 'buffer' }) as ZipContainer;
    if (zip === 'ods') tidyOpenDocument(container, limits, CFB.utils);
    else tidyWorkbook(container);
    return parseZip(container, options);
  } catch (error) {
    if (isDomainError(error)) throw error;
    if (error instanceof Error && /password|encrypt/i.test(error.message)) {
      throw readError('import.errors.encrypted', {}, 'The file is protected by a password.', error);
    }
    throw readError('import.errors.corrupt', {}, 'The spreadsheet could not be read: it is damaged or not what its content says.', error);
  }
}

/** Parses Excel 2003's XML Spreadsheet (SpreadsheetML) with SheetJS; its exceptions become 'import.errors.corrupt'. */
export function parseSpreadsheetMl(text: string, limits: ReadLimits, only?: string): WorkBook {
  // Without an XML declaration SheetJS takes a <Styles> element near the top for HTML's <style>.
  const xml = text.trimStart();
  try {
    return read(xml.startsWith('<?xml') ? xml : `<?xml version="1.0"?>${xml}`, { ...parseOptions(limits, only), type: 'string' });
  } catch (error) {
    throw readError('import.errors.corrupt', {}, 'The XML spreadsheet could not be read.', error);
  }
}

/** Extracts every worksheet (or only `only`) of a parsed workbook; chart sheets are left out. */
export function extractBook(book: WorkBook, limits: ReadLimits, only?: string, onProgress?: RowProgress): ExtractedBook {
  const sheets: ExtractedSheet[] = [];
  book.SheetNames.forEach((name, index) => {
    if (only !== undefined && name !== only) return;
    const ws = Object.hasOwn(book.Sheets, name) ? book.Sheets[name] : undefined;
    if (!ws || ws['!type'] === 'chart') return;
    const hidden = Number(book.Workbook?.Sheets?.[index]?.Hidden ?? 0) > 0;
    sheets.push(extractSheet(ws, name, hidden, limits, onProgress));
  });
  return { sheets, date1904: Boolean(book.Workbook?.WBProps?.date1904) };
}

function extractSheet(ws: WorkSheet, name: string, hidden: boolean, limits: ReadLimits, onProgress?: RowProgress): ExtractedSheet {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: Cell[][] = [];
  const formatted: (string | null)[][] = [];
  let anyFormatted = false;
  let formulaCells = 0;
  let columnCount = 0;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: Cell[] = [];
    const shown: (string | null)[] = [];
    if (source) {
      if (source.length > limits.maxColumns) checkColumnsBeyond(source, name, limits);
      const width = Math.min(source.length, limits.maxColumns);
      for (let c = 0; c < width; c++) {
        const cell = source[c];
        if (!cell) continue;
        if (cell.f !== undefined) formulaCells++;
        const value = cellValue(cell);
        if (value === null) continue;
        if (typeof value === 'string' && value.length > limits.maxCellChars) {
          const at = `${columnName(c)}${r + 1}`;
          throw readError('import.errors.cellTooLarge', { sheet: name, cell: at, limitMb: megabytes(limits.maxCellChars) }, `Cell ${at} holds more than ${limits.maxCellChars} characters.`);
        }
        row[c] = value;
        if (typeof value === 'number' && cell.w !== undefined && cell.w !== String(value)) {
          shown[c] = cell.w;
          anyFormatted = true;
        }
      }
    }
    // Fill the holes a sparse row leaves, so every row is a plain array of cells.
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    for (let c = 0; c < shown.length; c++) if (shown[c] === undefined) shown[c] = null;
    if (row.length > 0 && r >= limits.maxRows) {
      throw readError('import.errors.tooManyRows', { sheet: name, limit: limits.maxRows }, `Sheet ${name} has more than ${limits.maxRows} rows.`);
    }
    rows.push(row);
    formatted.push(shown);
    columnCount = Math.max(columnCount, row.length);
    if (onProgress && r % 5000 === 4999) onProgress(name, r + 1, data.length);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) {
    rows.pop();
    formatted.pop();
  }
  const sheet: ExtractedSheet = { name, rows, merges: merges(ws, rows.length, columnCount), formulaCells, columnCount, hidden };
  if (anyFormatted) sheet.formatted = formatted;
  return sheet;
}

function checkColumnsBeyond(source: (CellObject | undefined)[], sheet: string, limits: ReadLimits): void {
  // The row may be sparse (a cell placed at column 2,000,000,000): visit the cells it has, not every index.
  for (const key of Object.keys(source)) {
    const c = Number(key);
    const cell = source[c];
    if (c >= limits.maxColumns && cell && cellValue(cell) !== null) {
      throw readError('import.errors.tooManyColumns', { sheet, limit: limits.maxColumns }, `Sheet ${sheet} has more than ${limits.maxColumns} columns.`);
    }
  }
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A cell's value: empty text is null, an error is its text (#N/A), a Date (never asked for) its serial. */
function cellValue(cell: CellObject): Cell {
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return typeof v === 'string' && v !== '' ? v : null;
    case 'n':
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    case 'b':
      return typeof v === 'boolean' ? v : null;
    case 'e':
      return cell.w ?? '#ERROR';
    case 'd':
      return v instanceof Date ? (v.getTime() - SERIAL_EPOCH_MS) / 86_400_000 : null;
    default:
      return null;
  }
}

/**
 * The sheet's merged ranges that start inside its data, as fresh plain objects,
 * clipped to the data: a title merged across A1:XFD1 covers only the used columns.
 */
function merges(ws: WorkSheet, rowCount: number, columnCount: number): MergeRange[] {
  return (ws['!merges'] ?? [])
    .filter((m) => m.s.r >= 0 && m.s.c >= 0 && m.s.r < rowCount && m.s.c < columnCount)
    .map((m) => ({
      s: { r: m.s.r, c: m.s.c },
      e: { r: Math.max(m.s.r, Math.min(m.e.r, rowCount - 1)), c: Math.max(m.s.c, Math.min(m.e.c, columnCount - 1)) },
    }));
}
