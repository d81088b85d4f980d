import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { openWorkbook } from '../../../shared/io/sheet-read';
import { EN_HEADER, PEOPLE, fixture } from './reader-fixtures';

// Workbooks as producers other than Excel write them (scripts/make-fixtures-quirks.mjs):
// streaming writers, .NET's Open XML SDK, writers that get <dimension> wrong.

const DAYS = [5, 5, 4, 4, 5, 5, 5, 4];

/** The parts of a zip and their text, to check a fixture is what it claims to be. */
function partsOf(bytes: Uint8Array): Map<string, string> {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' }) as { FullPaths: string[]; FileIndex: { type: number; content: Uint8Array }[] };
  const parts = new Map<string, string>();
  zip.FileIndex.forEach((file, i) => {
    // CFB lists a marker entry of its own (\u0001Sh33tJ5): not a part of the file.
    if (file.type === 2 && !zip.FullPaths[i]!.includes('\u0001')) parts.set(zip.FullPaths[i]!.replace(/^[^/]*\//, ''), Buffer.from(file.content).toString('utf8'));
  });
  return parts;
}

describe('xlsx from streaming writers', () => {
  it('reads inline strings, numbers and booleans from a minimal package (no dimension, shared strings or styles)', () => {
    const bytes = fixture('streaming-inline.xlsx');
    const parts = partsOf(bytes);
    expect([...parts.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('t="inlineStr"');
    expect(parts.get('xl/worksheets/sheet1.xml')).not.toContain('<dimension');

    const opened = openWorkbook(bytes, 'streaming-inline.xlsx');
    expect(opened.info).toEqual({ format: 'xlsx', date1904: false, sheets: [{ name: 'Participants', rowCount: 9, columnCount: 10 }] });
    const sheet = opened.sheet('Participants');
    expect(sheet.rows[0]).toEqual([...EN_HEADER, 'Days', 'Confirmed']);
    // Jean-Marc's surname is rich text in two runs ("Le " and "Goff"): one cell, spaces kept.
    expect(sheet.rows.slice(1)).toEqual(PEOPLE.map((p, i) => [...p, DAYS[i], i % 3 !== 0]));
  });

  it('reads .NET Open XML SDK output: every element prefixed x:, no row or cell references', () => {
    const bytes = fixture('openxml-sdk-prefixed.xlsx');
    const sheetXml = partsOf(bytes).get('xl/worksheets/sheet1.xml')!;
    expect(sheetXml).toContain('<x:row><x:c t="inlineStr">');
    expect(sheetXml).not.toMatch(/\sr="/);
    const opened = openWorkbook(bytes, 'openxml-sdk-prefixed.xlsx');
    expect(opened.info.sheets).toEqual([{ name: 'Participants', rowCount: 9, columnCount: 8 }]);
    expect(opened.sheet('Participants').rows).toEqual([EN_HEADER, ...PEOPLE]);
  });
});

describe('xlsx whose <dimension> is wrong', () => {
  it('reads all 40 rows and 8 columns although the dimension says A1', () => {
    const bytes = fixture('dimension-a1.xlsx');
    expect(partsOf(bytes).get('xl/worksheets/sheet1.xml')).toContain('<dimension ref="A1"/>');
    const opened = openWorkbook(bytes, 'dimension-a1.xlsx');
    expect(opened.info.sheets).toEqual([{ name: 'Participants', rowCount: 40, columnCount: 8 }]);
    const { rows } = opened.sheet('Participants');
    expect(rows[0]).toEqual(EN_HEADER);
    expect(rows.slice(1).map((row) => row[0])).toEqual(Array.from({ length: 39 }, (_, i) => String(123 + i).padStart(5, '0')));
    expect(rows[39]).toEqual(['00161', ...PEOPLE[38 % 8]!.slice(1)]);
    expect(rows.every((row) => row.length === 8 && row.every((cell) => typeof cell === 'string' && cell !== ''))).toBe(true);
  });
});
