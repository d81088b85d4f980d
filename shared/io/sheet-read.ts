import { extractBook, parseBook, parseSpreadsheetMl, type ExtractedSheet } from './sheet-read-book';
import { readHtmlTables } from './sheet-read-html';
import { megabytes, readError, resolveLimits, type ReadLimits } from './sheet-read-limits';
import { checkCfb, sniffContainer, zipFormat, type SpreadsheetFormat } from './sheet-read-sniff';
import { decodeText, detectDelimiter, looksLikeText, parseDelimited, type Delimiter, type TextEncodingName } from './sheet-read-text';
import { checkZip } from './sheet-read-zip';
import type { Sheet } from './sheet-types';

/**
 * The spreadsheet reader: bytes in, sheets of cells out. Pure TypeScript plus
 * SheetJS (`xlsx`, pure JavaScript with no DOM or Node dependency, so it may
 * live in shared/ and runs the same in the worker and in Node tests). It is
 * meant to run in renderer/workers/spreadsheet.worker.ts, which can be
 * terminated; it never trusts the file:
 *   - the format is told by content (zip, OLE/CFB, BIFF, text), not by extension:
 *     an ".xls" that is a web page's table (sheet-read-html.ts) or SpreadsheetML
 *     2003 XML, as web systems export them, is read as such;
 *   - zip containers are checked for bombs before SheetJS inflates anything;
 *   - files, rows, columns and cells are capped (ReadLimits);
 *   - rows are arrays: no header ever becomes an object key.
 *
 * Cells (see sheet-types.ts): text, numbers, booleans or null. Dates stay
 * the serial numbers the workbook holds (`date1904` gives the epoch); CSV
 * fields, dates and phones included, stay text. Formulas give their last
 * computed value (`formulaCells` counts them). Rows are indexed from the
 * sheet's first row (rows[11] is row 12) and from column A; blank rows at
 * the end and empty cells at the end of a row are dropped.
 *
 * Errors are DomainErrors keyed 'import.errors.*' (SheetReadErrorKey); a
 * library's own exception rides along as `cause`, for the log only.
 */

export { DEFAULT_READ_LIMITS, type ReadLimits, type SheetReadErrorKey } from './sheet-read-limits';
export type { SpreadsheetFormat } from './sheet-read-sniff';
export type { Delimiter, TextEncodingName } from './sheet-read-text';

/** One sheet of a workbook, as listed before choosing which to import. */
export type SheetInfo = {
  name: string;
  /** Rows up to the last one with data (a title row and blank rows before the data count). */
  rowCount: number;
  /** Columns up to the last one with data. */
  columnCount: number;
  /** Hidden in the workbook (xlsx, xlsb, xls; OpenDocument files do not say). */
  hidden?: boolean;
};

/** What a file holds: its format, its sheets, and for text how it was decoded. */
export type WorkbookInfo = {
  format: SpreadsheetFormat;
  sheets: SheetInfo[];
  /** Text files only. */
  encoding?: TextEncodingName;
  /** Text files only: the file began with a byte-order mark. */
  bom?: boolean;
  /** Text files only: bytes of a UTF-8 file that were not UTF-8, read as Windows-1252 (absent when none). */
  strayBytes?: number;
  /** Text files only. */
  delimiter?: Delimiter;
  /** Workbooks only: dates count from 1904 (old Mac Excel). */
  date1904?: boolean;
};

/**
 * A sheet as the reader returns it: the shared Sheet, plus `formatted`, the text
 * the spreadsheet displays for number cells where it differs from the number
 * (`formatted[r][c]`; null or missing where it does not): "08030000000" for a
 * phone stored as 8030000000 with a zero-padded format, "21/11/2022" for the
 * date serial 44886. Absent when no cell differs (always absent for CSV).
 */
export type ParsedSheet = Sheet & { formatted?: (string | null)[][] };

/** Where a read has got to: checking the container, parsing it, or extracting rows (`done` of `total`). */
export type ReadProgress = { stage: 'checking' | 'parsing' | 'rows'; sheet?: string; done?: number; total?: number };

/** Options of openWorkbook. */
export type ReadOptions = {
  limits?: Partial<ReadLimits>;
  onProgress?: (progress: ReadProgress) => void;
  /** Parse only this sheet (SheetJS skips the others). */
  only?: string;
};

/** A file read once: its description, and its sheets on demand (no second parse). */
export type OpenedWorkbook = { info: WorkbookInfo; sheet(name: string): ParsedSheet };

type Contents = { info: Omit<WorkbookInfo, 'sheets'>; sheets: ExtractedSheet[] };

/**
 * Reads a file's bytes once: sniffs, checks and parses it, and extracts its
 * sheets. Throws 'import.errors.emptySheet' when no sheet has any data (unless
 * `only` names the one sheet wanted: `sheet()` then says what is wrong).
 */
export function openWorkbook(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): OpenedWorkbook {
  const limits = resolveLimits(options.limits);
  const progress = options.onProgress ?? (() => undefined);
  if (bytes.length > limits.maxFileBytes) {
    throw readError('import.errors.fileTooLarge', { sizeMb: megabytes(bytes.length), limitMb: megabytes(limits.maxFileBytes) }, `The file is ${bytes.length} bytes; the limit is ${limits.maxFileBytes}.`);
  }
  if (bytes.length === 0) throw readError('import.errors.emptySheet', { sheet: fileName }, 'The file is empty.');
  progress({ stage: 'checking' });
  const contents = readContents(bytes, fileName, limits, options.only, progress);
  const info: WorkbookInfo = {
    ...contents.info,
    sheets: contents.sheets.map((s) => ({ name: s.name, rowCount: s.rows.length, columnCount: s.columnCount, ...(s.hidden ? { hidden: true } : {}) })),
  };
  if (options.only === undefined && info.sheets.every((s) => s.rowCount === 0)) {
    throw readError('import.errors.emptySheet', { sheet: fileName }, 'No sheet of the file has any data.');
  }
  const date1904 = info.date1904;
  return {
    info,
    sheet(name) {
      const found = contents.sheets.find((s) => s.name === name);
      if (!found) throw readError('import.errors.sheetNotFound', { sheet: name }, `The file has no sheet named ${name}.`);
      if (found.rows.length === 0) throw readError('import.errors.emptySheet', { sheet: name }, `Sheet ${name} has no data.`);
      const sheet: ParsedSheet = { name: found.name, rows: found.rows, merges: found.merges, formulaCells: found.formulaCells };
      if (date1904 !== undefined) sheet.date1904 = date1904;
      if (found.formatted) sheet.formatted = found.formatted;
      return sheet;
    },
  };
}

/** Describes a file: format, sheets (name, rows, columns, hidden), and for text its encoding and delimiter. */
export function readWorkbook(bytes: Uint8Array, fileName: string, limits?: Partial<ReadLimits>): WorkbookInfo {
  return openWorkbook(bytes, fileName, { limits }).info;
}

/** Reads one sheet of a file (for CSV, the only sheet, named after the file: see WorkbookInfo). */
export function readSheet(
  bytes: Uint8Array,
  fileName: string,
  sheetName: string,
  limits?: Partial<ReadLimits>,
  onProgress?: (progress: ReadProgress) => void,
): ParsedSheet {
  return openWorkbook(bytes, fileName, { limits, onProgress, only: sheetName }).sheet(sheetName);
}

function readContents(bytes: Uint8Array, fileName: string, limits: ReadLimits, only: string | undefined, progress: (p: ReadProgress) => void): Contents {
  const onRows = (sheet: string, done: number, total: number) => progress({ stage: 'rows', sheet, done, total });
  const container = sniffContainer(bytes);
  if (container === 'text') return readText(bytes, fileName, limits, only, progress);
  let format: SpreadsheetFormat = 'xls';
  let checked = bytes;
  if (container === 'zip') {
    const zip = checkZip(bytes, limits);
    format = zipFormat(zip, fileName);
    checked = zip.bytes;
  } else if (container === 'cfb') {
    format = checkCfb(bytes);
  }
  progress({ stage: 'parsing' });
  const zip = format === 'ods' ? 'ods' : format === 'xlsx' || format === 'xlsm' ? 'workbook' : undefined;
  const book = extractBook(parseBook(checked, limits, only, zip), limits, only, onRows);
  return { info: { format, date1904: book.date1904 }, sheets: book.sheets };
}

// Text that is markup: a web page (an "Export to Excel" .xls, perhaps after a server's
// warning in <b> or <br>), SpreadsheetML 2003, or other XML.
const MARKUP = /^\s*<(\?xml|!doctype|!--|html|head|body|meta|title|style|table|(?:\w+:)?workbook)\b/i;
const isMarkup = (text: string) => MARKUP.test(text) || (/^\s*<[a-z]/i.test(text) && /<table[\s>]/i.test(text.slice(0, 65_536)));
const SPREADSHEET_ML = /<(?:\w+:)?Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet/;

function readText(bytes: Uint8Array, fileName: string, limits: ReadLimits, only: string | undefined, progress: (p: ReadProgress) => void): Contents {
  const { text, encoding, bom, strayBytes } = decodeText(bytes);
  if (!looksLikeText(text)) throw readError('import.errors.unknownFormat', {}, 'The file is neither a spreadsheet nor text.');
  const decoded = { encoding, bom, ...(strayBytes ? { strayBytes } : {}) };
  const name = sheetNameOf(fileName);
  if (isMarkup(text)) {
    progress({ stage: 'parsing' });
    if (SPREADSHEET_ML.test(text.slice(0, 65_536))) {
      const book = extractBook(parseSpreadsheetMl(text, limits, only), limits, only, (sheet, done, total) => progress({ stage: 'rows', sheet, done, total }));
      return { info: { format: 'xml', ...decoded, date1904: book.date1904 }, sheets: book.sheets };
    }
    if (/<table[\s>]/i.test(text)) return { info: { format: 'html', ...decoded }, sheets: readHtmlTables(text, name, limits) };
    const format = /^\s*<(!doctype\s+html|!--|html|head|body|meta|title|style)\b/i.test(text) ? 'HTML' : 'XML';
    throw readError('import.errors.unsupportedFormat', { format }, `This is an ${format} file with no table in it.`);
  }
  const delimiter = detectDelimiter(text, fileName);
  progress({ stage: 'parsing' });
  const rows = parseDelimited(text, delimiter, { limits, sheet: name, onProgress: (done, total) => progress({ stage: 'rows', sheet: name, done, total }) });
  const columnCount = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    info: { format: 'csv', ...decoded, delimiter },
    sheets: [{ name, rows, merges: [], formulaCells: 0, columnCount, hidden: false }],
  };
}

/** The one sheet of a text file is named after the file: "participants-fr" for C:\…\participants-fr.csv. */
export function sheetNameOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base) || 'Sheet1';
}
