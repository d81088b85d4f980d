import type { PersonErrorKey } from '../domain/person-rules';

/**
 * The shape of a parsed spreadsheet, shared by the parser (SheetJS in a worker)
 * and the pure import core (import-*.ts). Everything in a Sheet came from a
 * partner's file and is untrusted: cells are data, never code, and header texts
 * are never used as object keys (rows are arrays indexed by column).
 */

/**
 * One cell as the parser gives it: text, a number (Excel turned a phone into
 * 803… or a date into its serial 44886), a boolean, or null for an empty cell.
 * Date-formatted cells should come as their serial number (see `date1904`) or
 * as the text the sheet shows; never as a Date object.
 */
export type Cell = string | number | boolean | null;

/** A cell address, 0-based: `r` the row index in `rows`, `c` the column index. */
export type CellAddress = { r: number; c: number };

/** A merged range, inclusive at both ends, as SheetJS writes `!merges`. */
export type MergeRange = { s: CellAddress; e: CellAddress };

/**
 * One worksheet. `rows[r][c]`; rows may have different lengths (a short row
 * has empty cells at its end). Only the top-left cell of a merged range holds
 * the value: fillMerges (import-header.ts) copies it across the range.
 */
export type Sheet = {
  name: string;
  rows: Cell[][];
  /** Merged ranges (xlsx, xls, ods); absent or empty for CSV. */
  merges?: readonly MergeRange[];
  /** How many cells held a formula: the import keeps their cached value, never the formula. */
  formulaCells?: number;
  /** True when the workbook counts dates from 1904 (old Mac Excel); serials then start at 1904-01-01. */
  date1904?: boolean;
  /**
   * Set on the first rows of a longer sheet (sheetHead): the whole sheet's
   * number of columns, so a column filled only further down is still counted.
   */
  columnCount?: number;
};

/** How sure a guess is: the UI asks the user to check anything below 'high'. */
export type Confidence = 'high' | 'medium' | 'low';

/** Every message key the import core produces (namespace `import.`). */
export type ImportMessageKey =
  | 'import.header.emptySheet'
  | 'import.header.blankRowSkipped'
  | 'import.header.titleRowSkipped'
  | 'import.header.rowSkipped'
  | 'import.header.fieldsRecognised'
  | 'import.header.twoRowHeader'
  | 'import.header.noKnownColumns'
  | 'import.warnings.looksLikeFormula'
  | 'import.warnings.countryGuessed'
  | 'import.warnings.dateUnlikely'
  | 'import.warnings.phoneWasNumber'
  | 'import.warnings.idWasNumber'
  | 'import.warnings.numberScientific'
  | 'import.warnings.genderUnknown'
  | 'import.warnings.languageUnknown'
  | 'import.warnings.yesNoUnknown'
  | 'import.warnings.statusUnknown'
  | 'import.warnings.roleUnknown'
  | 'import.errors.emailInvalid'
  | 'import.errors.phoneInvalid'
  | 'import.errors.countryUnknown'
  | 'import.errors.countryAmbiguous'
  | 'import.errors.dateInvalid'
  | 'import.errors.dateExcelBug'
  | 'import.rows.skippedNoData'
  | 'import.rows.skippedHeaderRepeat'
  | 'import.rows.skippedByUser';

/**
 * A message for the user: a key and its parameters, translated by the UI.
 * Row-level person problems reuse the participants form's keys (PersonErrorKey).
 * Parameters named `country` or `countries` hold ISO codes ("NG", "CG, CD"): the UI
 * shows them as names in its language before translating.
 */
export type ImportMessage = {
  key: ImportMessageKey | PersonErrorKey;
  params: Record<string, string | number>;
};
