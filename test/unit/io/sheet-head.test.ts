import { describe, expect, it } from 'vitest';
import { detectHeader, headerTexts } from '../../../shared/io/import-header';
import { suggestMapping } from '../../../shared/io/import-mapping';
import { HEAD_ROWS, sheetHead } from '../../../shared/io/sheet-head';
import type { ParsedSheet } from '../../../shared/io/sheet-read';
import type { Cell } from '../../../shared/io/sheet-types';

// A partner's list of 1,000 people under a merged title, with a "Notes" column
// whose header is blank and that is only filled far down the sheet.
function longSheet(): ParsedSheet {
  const rows: Cell[][] = [['Participants — Lagos 2022'], [], ['Surname', 'First name', 'E-mail', 'Country']];
  const formatted: (string | null)[][] = [[], [], []];
  for (let i = 0; i < 1000; i++) {
    const row: Cell[] = [`Okafor${i}`, 'Ngozi', `n${i}@example.org`, 'Nigeria'];
    if (i === 700) row[6] = 'arrives late';
    rows.push(row);
    formatted.push([null, null, null, null]);
  }
  return {
    name: 'Participants',
    rows,
    formatted,
    formulaCells: 2,
    merges: [
      { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
      // An institution merged down rows 190 to 260: cut at the head's last row.
      { s: { r: 190, c: 5 }, e: { r: 260, c: 5 } },
      { s: { r: 500, c: 0 }, e: { r: 501, c: 0 } },
    ],
  };
}

describe('sheetHead', () => {
  it('keeps the first rows, and the whole sheet\'s number of rows and columns', () => {
    const sheet = longSheet();
    const head = sheetHead(sheet);
    expect(head.rows).toHaveLength(HEAD_ROWS);
    expect(head.formatted).toHaveLength(HEAD_ROWS);
    expect(head.rowCount).toBe(1003);
    // Column G is filled only on row 704: it is still a column of the sheet.
    expect(head.columnCount).toBe(7);
    expect(head.formulaCells).toBe(2);
    expect(head.merges).toEqual([
      { s: { r: 0, c: 0 }, e: { r: 0, c: 3 } },
      { s: { r: 190, c: 5 }, e: { r: HEAD_ROWS - 1, c: 5 } },
    ]);
    // The sheet itself is left as it was.
    expect(sheet.rows).toHaveLength(1003);
    expect(sheet.merges).toHaveLength(3);
  });

  it('finds the same header, the same columns and the same fields as the whole sheet', () => {
    const sheet = longSheet();
    const head = sheetHead(sheet);
    expect(detectHeader(head)).toEqual(detectHeader(sheet));
    expect(headerTexts(head, 2)).toEqual(headerTexts(sheet, 2));
    expect(headerTexts(head, 2)).toHaveLength(7);
    const samples = (s: ParsedSheet) => s.rows.slice(3, 53);
    expect(suggestMapping(headerTexts(head, 2), samples(head))).toEqual(suggestMapping(headerTexts(sheet, 2), samples(sheet)));
  });

  it('is the whole sheet when it is short', () => {
    const sheet: ParsedSheet = { name: 'Short', rows: [['Nom', 'Prénom'], ['Diallo', 'Awa']] };
    expect(sheetHead(sheet)).toEqual({ ...sheet, rowCount: 2, columnCount: 2 });
  });
});
