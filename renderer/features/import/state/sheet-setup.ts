import { detectHeader, fillMerges, headerTexts, type HeaderDetection } from '../../../../shared/io/import-header';
import { applySavedMapping, savedMappingFit, suggestMapping, type ColumnMapping, type SavedMapping } from '../../../../shared/io/import-mapping';
import { cellText } from '../../../../shared/io/import-normalise';
import type { Cell, Sheet } from '../../../../shared/io/sheet-types';

/** Rows under the header read to suggest fields from content and to show samples. */
export const SAMPLE_ROWS = 50;

/** A saved mapping fits a file when at least this share of its columns is found. */
export const SAVED_MAPPING_FIT = 0.8;

/** Where the header is and what each column fills. */
export type SheetSetup = { headerRow: number; groupRow?: number; headers: string[]; mapping: ColumnMapping[] };

/** The rows under `headerRow` that hold something, at most SAMPLE_ROWS (merged ranges filled). */
export function sampleRows(sheet: Sheet, headerRow: number, limit = SAMPLE_ROWS): Cell[][] {
  const rows = fillMerges(sheet).rows;
  const sample: Cell[][] = [];
  for (let r = headerRow + 1; r < rows.length && sample.length < limit; r++) {
    const row = rows[r] ?? [];
    if (row.some((cell) => cellText(cell) !== '')) sample.push(row);
  }
  return sample;
}

/** The header on `headerRow` (with its group row above, for a two-row header) and the suggested mapping. */
export function setupAt(sheet: Sheet, headerRow: number, groupRow?: number): SheetSetup {
  if (headerRow < 0) return { headerRow, headers: [], mapping: [] };
  const headers = headerTexts(sheet, headerRow, groupRow);
  const mapping = suggestMapping(headers, sampleRows(sheet, headerRow));
  return groupRow === undefined ? { headerRow, headers, mapping } : { headerRow, groupRow, headers, mapping };
}

/** The detected header of a sheet and its suggested mapping. */
export function detectSetup(sheet: Sheet): { detection: HeaderDetection; setup: SheetSetup } {
  const detection = detectHeader(sheet);
  return { detection, setup: setupAt(sheet, detection.headerRow, detection.groupRow) };
}

/**
 * The header row staff chose: the detected two-row header when they pick the
 * detected row again, else that one row alone.
 */
export function chooseHeaderRow(sheet: Sheet, detection: HeaderDetection | undefined, row: number): SheetSetup {
  const groupRow = detection && detection.headerRow === row ? detection.groupRow : undefined;
  return setupAt(sheet, row, groupRow);
}

/** The saved mapping that fits these headers best, when one fits well enough to offer. */
export function bestSavedMapping(headers: readonly string[], saved: readonly SavedMapping[]): { mapping: SavedMapping; fit: number } | undefined {
  let best: { mapping: SavedMapping; fit: number } | undefined;
  for (const mapping of saved) {
    const fit = savedMappingFit(headers, mapping);
    if (fit >= SAVED_MAPPING_FIT && (!best || fit > best.fit)) best = { mapping, fit };
  }
  return best;
}

/** A saved mapping applied to the sheet's header (columns it does not know are suggested). */
export function applySaved(sheet: Sheet, setup: SheetSetup, saved: SavedMapping): ColumnMapping[] {
  return applySavedMapping(setup.headers, saved, sampleRows(sheet, setup.headerRow));
}

/** True when the mapping gives a name: a given, family or full name column. */
export function mappingGivesName(mapping: readonly ColumnMapping[]): boolean {
  return mapping.some((m) => m.field === 'givenName' || m.field === 'familyName' || m.field === 'fullName');
}
