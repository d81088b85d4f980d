import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../shared/domain/types';
import { rawMessage, translate } from '../../../shared/i18n';
import { COMMIT_KEYS } from '../../../renderer/features/import/commit/commit-keys';
import { rejectedRowsWorkbook } from '../../../renderer/features/import/commit/rejected-rows';

const headers = ['Family name', 'Given name', 'Email', 'Phone', 'Members'];

/** The file read back as a partner's spreadsheet would: first sheet, rows of values. */
function readBack(bytes: Uint8Array) {
  const book = XLSX.read(bytes, { type: 'array' });
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(sheet, { header: 1, defval: null, raw: true });
  const formulas = Object.entries(sheet).filter(([address, cell]) => !address.startsWith('!') && (cell as XLSX.CellObject).f !== undefined);
  return { book, rows, formulas };
}

describe('rejectedRowsWorkbook', () => {
  const rows = [
    { sheetRow: 9, cells: ['Παπαδοπούλου', 'Αθηνά', 'athina@', '+30 210 000 0000', 12], reason: 'Not an email address: athina@.' },
    { sheetRow: 4, cells: ['=HYPERLINK("http://evil.example","click")', '@SUM(A1)', '-2+3', '\tTab', '\rCR'], reason: '=not a formula either' },
    { sheetRow: 6, cells: ['Nguyễn', null], reason: 'No given name.' },
  ];

  it('holds the original columns, in sheet order, and the reason last under its translated header', () => {
    for (const lang of UI_LANGUAGES) {
      const { rows: back } = readBack(rejectedRowsWorkbook(rows, headers, lang));
      expect(back[0]).toEqual([...headers, translate(lang, COMMIT_KEYS.reasonHeader)]);
      expect(back[1]).toEqual(["'=HYPERLINK(\"http://evil.example\",\"click\")", "'@SUM(A1)", "'-2+3", "'\tTab", "'\rCR", "'=not a formula either"]);
      expect(back[2]).toEqual(['Nguyễn', null, null, null, null, 'No given name.']);
      expect(back[3]).toEqual(['Παπαδοπούλου', 'Αθηνά', 'athina@', "'+30 210 000 0000", 12, 'Not an email address: athina@.']);
      expect(back).toHaveLength(4);
    }
  });

  it('writes values only: no cell is a formula, numbers stay numbers', () => {
    const { rows: back, formulas } = readBack(rejectedRowsWorkbook([{ sheetRow: 2, cells: [-5, 0.5, '=1+1'], reason: 'x' }], ['A', 'B', 'C'], 'en'));
    expect(formulas).toEqual([]);
    expect(back[1]).toEqual([-5, 0.5, "'=1+1", 'x']);
  });

  it('keeps cells beyond the headers, under empty headers', () => {
    const { rows: back } = readBack(rejectedRowsWorkbook([{ sheetRow: 2, cells: ['a', 'b', 'c'], reason: 'r' }], ['Only'], 'fr'));
    expect(back[0]?.slice(0, 3)).toEqual(['Only', null, null]);
    expect(back[1]).toEqual(['a', 'b', 'c', 'r']);
  });

  it('names the reason column and the sheet in each language', () => {
    const files = UI_LANGUAGES.map((lang) => readBack(rejectedRowsWorkbook([], ['A'], lang)));
    for (const [i, lang] of UI_LANGUAGES.entries()) {
      expect(files[i]?.rows[0]?.[1]).toBe(rawMessage(lang, COMMIT_KEYS.reasonHeader));
      expect(files[i]?.book.SheetNames).toEqual([rawMessage(lang, COMMIT_KEYS.rejectedSheet)]);
    }
    expect(new Set(files.map((f) => f.rows[0]?.[1])).size).toBe(3);
  });
});
