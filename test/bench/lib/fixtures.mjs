// The inputs the figures measure: the generated people and the participant
// sheets written from them.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { log } from './log.mjs';
import { BENCH_OUT } from './paths.mjs';
import { importTypeScript } from './typescript.mjs';

/** The seed of every generated person (the bench page's bulkAdd uses it too). */
export const PEOPLE_SEED = 100;

/**
 * test/bench/people-gen.ts for Node: `{ generatePeople(n, seed), peopleSheetRows(people), SHEET_HEADER }`,
 * the same module the bench page imports.
 */
export function loadPeopleGenerator() {
  return importTypeScript('test/bench/people-gen.ts');
}

/**
 * Writes `.bench/people-100k.xlsx` and `.bench/people-10k.xlsx` from `rows`
 * (a header row, then 100,000 people) as Excel writes a partner's participant list.
 */
export async function writeSheets(rows) {
  const XLSX = await import('xlsx');
  for (const [file, slice] of [
    ['people-100k.xlsx', rows],
    ['people-10k.xlsx', rows.slice(0, 10_001)],
  ]) {
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(slice), 'Participants');
    // As Excel writes them: deflated, with a shared-strings table.
    const buffer = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true });
    await writeFile(join(BENCH_OUT, file), buffer);
    log(`wrote .bench/${file} (${slice.length - 1} people, ${(buffer.length / 1e6).toFixed(1)} MB)`);
  }
}
