import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { openWorkbook } from '../../../shared/io/sheet-read';
import { EN_HEADER, failure, fixture } from './reader-fixtures';

// Sheets whose columns and rows were formatted whole: what SheetJS is given is
// watched, to see the million empty rows never reach it.
vi.mock('xlsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('xlsx') & { parse_zip: (...args: unknown[]) => unknown }>();
  return { ...actual, read: vi.fn(actual.read), parse_zip: vi.fn(actual.parse_zip) };
});
type Part = { type: number; content: Uint8Array };
type Container = { FullPaths: string[]; FileIndex: Part[] };
const parseZip = vi.mocked((XLSX as unknown as { parse_zip: (zip: Container, options: unknown) => XLSX.WorkBook }).parse_zip);
afterEach(() => vi.clearAllMocks());


const FIRST_NAMES = ['Αθηνά', 'Văn An', 'María José', 'Jean-Marc', 'Chinwe', 'Emeka', 'ليلى', '花子'];

/** The parts of a zip, by path. */
function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' }) as Container;
  const parts = new Map<string, Uint8Array>();
  zip.FileIndex.forEach((file, i) => {
    if (file.type === 2 && !zip.FullPaths[i]!.includes('\u0001')) parts.set(zip.FullPaths[i]!.replace(/^[^/]*\//, ''), new Uint8Array(file.content));
  });
  return parts;
}
const textOf = (bytes: Uint8Array, part: string) => Buffer.from(partsOf(bytes).get(part)!).toString('utf8');

/** A zip of the given parts, deflated (the mimetype of an ods stored, first). */
function zip(parts: Map<string, Uint8Array | string>): Uint8Array {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, value] of parts) {
    const data = Buffer.from(value);
    const stored = name === 'mimetype';
    const body = stored ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 8, 6, 30);
    entry.writeUInt32LE(offset, 42);
    out.push(header, nameBytes, body);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...out, directory, end]));
}

/** The fixture formatted-whole-columns.xlsx with its sheet's empty rows replaced by `rows(first)` (first: the first row after the data). */
function formattedXlsx(rows: (first: number) => string): Uint8Array {
  const parts: Map<string, Uint8Array | string> = partsOf(fixture('formatted-whole-columns.xlsx'));
  const sheet = Buffer.from(parts.get('xl/worksheets/sheet1.xml') as Uint8Array).toString('utf8');
  const start = sheet.indexOf('<row r="10" ');
  parts.set('xl/worksheets/sheet1.xml', sheet.slice(0, start) + rows(10) + sheet.slice(sheet.indexOf('</sheetData>')));
  return zip(parts);
}

/** The worksheet SheetJS was given (after the reader's tidying), as text. */
function sheetGivenToSheetJs(): string {
  expect(parseZip).toHaveBeenCalledOnce();
  const container = parseZip.mock.calls[0]![0];
  const i = container.FullPaths.findIndex((p) => p.endsWith('xl/worksheets/sheet1.xml'));
  return Buffer.from(container.FileIndex[i]!.content).toString('utf8');
}

describe('xlsx with whole columns and rows formatted', () => {
  it('reads only the data of a sheet whose dimension says A1:XFD1048576', () => {
    const bytes = fixture('formatted-whole-columns.xlsx');
    const sheetXml = textOf(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toContain('<dimension ref="A1:XFD1048576"/>');
    expect(sheetXml).toContain('<col min="1" max="16384"');
    expect(sheetXml).toContain('<c r="XFD1" s="1"/>');
    expect(sheetXml).toContain('<row r="1048576" spans="1:16384" s="1" customFormat="1"/>');
    const opened = openWorkbook(bytes, 'formatted-whole-columns.xlsx');
    expect(opened.info.sheets).toEqual([{ name: 'Participants', rowCount: 9, columnCount: 8 }]);
    const { rows } = opened.sheet('Participants');
    expect(rows[0]).toEqual(EN_HEADER);
    expect(rows.slice(1).map((row) => [row.length, row[1]])).toEqual(FIRST_NAMES.map((name) => [8, name]));
  });

  it('reads 1,048,576 styled rows as the 9 with data, and SheetJS never sees the empty ones', () => {
    const bytes = formattedXlsx((first) => {
      const rows: string[] = [];
      for (let r = first; r <= 1_048_576; r++) rows.push(`<row r="${r}" spans="1:16384" s="1" customFormat="1"/>`);
      return rows.join('');
    });
    const opened = openWorkbook(bytes, 'million.xlsx');
    expect(opened.info.sheets).toEqual([{ name: 'Participants', rowCount: 9, columnCount: 8 }]);
    expect(opened.sheet('Participants').rows.map((row) => row[1])).toEqual(['First name', ...FIRST_NAMES]);
    const given = sheetGivenToSheetJs();
    expect(given.length).toBeLessThan(20_000);
    expect(given).not.toContain('<row r="10" ');
  });

  it('drops rows of empty styled cells (a bordered range), and keeps a row with one value far down', () => {
    const bytes = formattedXlsx((first) => {
      const rows: string[] = [];
      const cells = (r: number) => Array.from({ length: 26 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r}" s="1"/>`).join('');
      for (let r = first; r < first + 50_000; r++) rows.push(`<row r="${r}" spans="1:26" s="1" customFormat="1">${cells(r)}</row>`);
      rows.push(`<row r="60000"><c r="B60000" t="inlineStr"><is><t>Late entry</t></is></c><c r="C60000" s="1"/></row>`);
      return rows.join('');
    });
    const opened = openWorkbook(bytes, 'bordered.xlsx');
    expect(opened.info.sheets).toEqual([{ name: 'Participants', rowCount: 60_000, columnCount: 8 }]);
    const { rows } = opened.sheet('Participants');
    expect(rows[59_999]).toEqual([null, 'Late entry']);
    expect(rows.slice(9, 59_999).every((row) => row.length === 0)).toBe(true);
    expect(sheetGivenToSheetJs().length).toBeLessThan(20_000);
  });

  it('still refuses a sheet with data past row 1,000,000 among the formatted rows', () => {
    const bytes = formattedXlsx((first) => {
      const rows: string[] = [];
      for (let r = first; r <= 1_000_000; r++) rows.push(`<row r="${r}" s="1" customFormat="1"/>`);
      rows.push('<row r="1000001"><c r="A1000001" t="inlineStr"><is><t>Too far</t></is></c></row>');
      return rows.join('');
    });
    expect(failure(() => openWorkbook(bytes, 'far.xlsx'))).toMatchObject({ key: 'import.errors.tooManyRows', params: { sheet: 'Participants', limit: 1_000_000 } });
  });

  it('keeps empty cells where rows and cells do not say where they are (the next cell keeps its column)', () => {
    const parts: Map<string, Uint8Array | string> = partsOf(fixture('openxml-sdk-prefixed.xlsx'));
    const cell = (v: string) => `<x:c t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`;
    parts.set('xl/worksheets/sheet1.xml', `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row>${cell('Name')}<x:c s="1"/>${cell('Email')}</x:row><x:row/><x:row>${cell('Obi')}<x:c/>${cell('e.obi@example.ng')}</x:row></x:sheetData></x:worksheet>`);
    const { rows } = openWorkbook(zip(parts), 'sparse.xlsx').sheet('Participants');
    expect(rows).toEqual([['Name', null, 'Email'], ['Obi', null, 'e.obi@example.ng']]);
  });
});

/** An ods of one sheet: a header row, then `body` (table rows). */
function ods(body: string, withStyles = true): Uint8Array {
  const parts: Map<string, Uint8Array | string> = partsOf(fixture('formatted-columns.ods'));
  const content = Buffer.from(parts.get('content.xml') as Uint8Array).toString('utf8');
  const start = content.indexOf('<table:table-row');
  const end = content.indexOf('</table:table>');
  parts.set('content.xml', `${content.slice(0, start)}<table:table-row><table:table-cell office:value-type="string"><text:p>Name</text:p></table:table-cell></table:table-row>${body}${content.slice(end)}`);
  if (!withStyles) parts.delete('styles.xml');
  return zip(parts);
}

const repeated = (rows: number, columns: number, cell: string) => `<table:table-row table:number-rows-repeated="${rows}">${cell.replace('<table:table-cell', `<table:table-cell table:number-columns-repeated="${columns}"`)}</table:table-row>`;
const FLOAT = '<table:table-cell office:value-type="float" office:value="0" calcext:value-type="float"><text:p>0</text:p></table:table-cell>';

describe('ods with whole columns and rows formatted', () => {
  it.each([
    ['formatted-columns.ods', /number-columns-repeated="16384"/, /number-rows-repeated="1048000"/],
    ['formatted-lo.ods', /number-columns-repeated="16384"/, /number-rows-repeated="10485\d\d"/],
  ])('%s: empty cells repeated to XFD and down to row 1,048,576 read as the 9 rows of data', (name, columns, rows) => {
    const content = textOf(fixture(name), 'content.xml');
    expect(content).toMatch(columns);
    expect(content).toMatch(rows);
    const opened = openWorkbook(fixture(name), name);
    expect(opened.info.sheets).toEqual([{ name: 'Participants', rowCount: 9, columnCount: 8 }]);
    const sheet = opened.sheet('Participants');
    expect(sheet.rows[0]).toEqual(EN_HEADER);
    expect(sheet.rows.slice(1).map((row) => [row.length, row[1]])).toEqual(FIRST_NAMES.map((n) => [8, n]));
  });

  it('reads values repeated over a few rows and columns, one cell per copy', () => {
    const { rows } = openWorkbook(ods(repeated(3, 2, '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>')), 'r.ods').sheet('Participants');
    expect(rows).toEqual([['Name'], ['x', 'x'], ['x', 'x'], ['x', 'x']]);
  });

  it.each([
    ['a value down 1,048,000 rows and across 16,384 columns', repeated(1_048_000, 16_384, FLOAT), 'import.errors.tooManyRows'],
    ['a value across 16,384 columns', repeated(2, 16_384, FLOAT), 'import.errors.tooManyColumns'],
    ['a text repeated 20,000 rows by 400 columns (8 million cells)', repeated(20_000, 400, '<table:table-cell><text:p>x</text:p></table:table-cell>'), 'import.errors.tooLargeExpanded'],
  ])('refuses a kilobyte that would make billions of cells: %s, before SheetJS reads it', (_, body, key) => {
    const bytes = ods(body);
    expect(bytes.length).toBeLessThan(5_000);
    expect(failure(() => openWorkbook(bytes, 'bomb.ods')).key).toBe(key);
    expect(parseZip).not.toHaveBeenCalled();
  });

  it('reads an ods without styles.xml (the part is optional)', () => {
    const bytes = ods(repeated(1, 1, '<table:table-cell office:value-type="string"><text:p>Αθηνά</text:p></table:table-cell>'), false);
    expect(partsOf(bytes).has('styles.xml')).toBe(false);
    expect(openWorkbook(bytes, 'bare.ods').sheet('Participants').rows).toEqual([['Name'], ['Αθηνά']]);
  });
});
