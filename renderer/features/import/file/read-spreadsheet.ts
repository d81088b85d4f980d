import type { ReadProgress, WorkbookInfo } from '../../../../shared/io/sheet-read';
import type { SheetHead } from '../../../../shared/io/sheet-head';
import { openSpreadsheet, spreadsheetWorker, type SpreadsheetHandle } from '../../../workers/spreadsheet-client';

/** A sheet as listed before choosing which to import. */
export type SheetSummary = { name: string; rowCount: number; hidden?: boolean };

/** How the file was read: its format and, for text, its characters and separator (shown for staff to check). */
export type FileReading = Pick<WorkbookInfo, 'format' | 'encoding' | 'delimiter' | 'strayBytes'>;

// The file being imported, open in the parser worker until another file is opened or the wizard is left.
let handle: SpreadsheetHandle | null = null;

/**
 * Reads a file in the parser worker and lists its sheets. The bytes are handed
 * to the worker (the caller must not use them afterwards). Errors are
 * DomainErrors with 'import.errors.*' keys (corrupt, encrypted, too large…).
 */
export async function readSpreadsheet(name: string, bytes: Uint8Array, onProgress?: (progress: ReadProgress) => void): Promise<{ sheets: SheetSummary[]; reading: FileReading }> {
  stopReading();
  const opened = openSpreadsheet(bytes, name, onProgress ? { onProgress } : {});
  handle = opened;
  const info = await opened.inspect();
  const sheets = info.sheets.map((s) => ({ name: s.name, rowCount: s.rowCount, ...(s.hidden && { hidden: true }) }));
  const { format, encoding, delimiter, strayBytes } = info;
  return { sheets, reading: { format, ...(encoding && { encoding }), ...(delimiter && { delimiter }), ...(strayBytes && { strayBytes }) } };
}

/**
 * One sheet's first rows (with the text the spreadsheet shows for numbers,
 * where it differs) and its size: the whole sheet stays in the workers.
 */
export async function loadSheetHead(name: string): Promise<SheetHead> {
  return opened().head(name);
}

/** Has the parser worker post the whole sheet on `port`, for the preview worker. */
export async function sendSheet(name: string, port: MessagePort): Promise<void> {
  return opened().send(name, port);
}

function opened(): SpreadsheetHandle {
  if (!handle) throw new Error('No spreadsheet is open.');
  return handle;
}

/** Stops reading and frees the worker (anything pending fails as cancelled); a fresh one is started for the next file. */
export function stopReading(): void {
  handle?.cancel();
  handle = null;
  spreadsheetWorker.warm();
}
