import type { OpenedWorkbook } from '../../../../shared/io/sheet-read';
import type { Sheet } from '../../../../shared/io/sheet-types';

/** A sheet as listed before choosing which to import. */
export type SheetSummary = { name: string; rowCount: number; hidden?: boolean };

// Interim, until the parser worker's client (renderer/workers/spreadsheet-client.ts)
// lands: the shared reader runs on the page's thread, loaded only when a file is
// opened (SheetJS is big). The wizard calls only these three functions.
let opened: OpenedWorkbook | null = null;
let generation = 0;

/** Reads a file and lists its sheets. */
export async function readSpreadsheet(name: string, bytes: Uint8Array): Promise<SheetSummary[]> {
  const mine = ++generation;
  const { openWorkbook } = await import('../../../../shared/io/sheet-read');
  const book = openWorkbook(bytes, name);
  if (mine !== generation) throw new Error('Reading was stopped.');
  opened = book;
  return book.info.sheets.map((s) => ({ name: s.name, rowCount: s.rowCount, ...(s.hidden && { hidden: true }) }));
}

/** One sheet's cells. */
export async function loadSheet(name: string): Promise<Sheet> {
  if (!opened) throw new Error('No spreadsheet is open.');
  return opened.sheet(name);
}

/** Stops reading and forgets the file. */
export function stopReading(): void {
  generation++;
  opened = null;
}
