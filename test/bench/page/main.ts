// The bench page (built by ../lib/bench-page.mjs, never shipped): floors for
// the import path, measured with the same libraries and the app's own schema in
// Chromium.
// - parseXlsx: SheetJS parse of a participant list, without the app around it;
// - bulkAddPeople: one Dexie bulkAdd into a database created by the app's createDatabase;
// - nextImport: the app's import pipeline on the next file chosen in #import-file (import-pipeline.ts).
import * as XLSX from 'xlsx';
import { createDatabase } from '../../../renderer/db/schema';
import { generatePeople } from '../people-gen';
import { nextImport } from './import-pipeline';

export type ParseResult = { ms: number; rows: number };
export type BulkAddResult = { ms: number };

/** Fetches the file (not timed), then times read + sheet_to_json of the first sheet. */
async function parseXlsx(url: string): Promise<ParseResult> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const start = performance.now();
  const workbook = XLSX.read(bytes, { type: 'array', dense: true });
  const firstName = workbook.SheetNames[0];
  const sheet = firstName === undefined ? undefined : workbook.Sheets[firstName];
  if (!sheet) throw new Error(`${url} has no sheet.`);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
  const ms = performance.now() - start;
  return { ms, rows: rows.length };
}

/** Generates n people (not timed), then times one bulkAdd into a fresh database of the app's schema. */
async function bulkAddPeople(n: number, seed = 100): Promise<BulkAddResult> {
  const name = `bench-floor-${Math.random().toString(36).slice(2)}`;
  const db = createDatabase(name);
  try {
    await db.open();
    // By default the same people as people-100k.xlsx (seed 100), as the app would store them.
    const records = generatePeople(n, seed);
    const start = performance.now();
    await db.people.bulkAdd(records);
    const ms = performance.now() - start;
    const count = await db.people.count();
    if (count !== n) throw new Error(`bulkAdd stored ${count} people, expected ${n}.`);
    return { ms };
  } finally {
    await db.delete();
  }
}

Object.assign(window, { parseXlsx, bulkAddPeople, nextImport, benchReady: true });
