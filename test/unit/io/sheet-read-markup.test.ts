import { describe, expect, it } from 'vitest';
import { openWorkbook, readWorkbook } from '../../../shared/io/sheet-read';
import { EN_HEADER, PEOPLE, failure, fixture } from './reader-fixtures';

// ".xls" files that are not Excel binaries: a web system's "Export to Excel" (an HTML
// table) and Excel 2003's XML Spreadsheet (scripts/make-fixtures-text-quirks.mjs).
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const html = (body: string) => utf8(`<html><head><meta charset="utf-8"></head><body>${body}</body></html>`);

const TITLE = 'Regional training — Lagos, 21–25 November 2022';
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('an "Export to Excel" .xls that is an HTML table', () => {
  it('reads the table as text cells: member numbers keep their zeros, <br> breaks lines, entities decode, the title spans the table', () => {
    const bytes = fixture('web-export.xls');
    const source = Buffer.from(bytes).toString('utf8');
    expect(source).toMatch(/^<html xmlns:o="urn:schemas-microsoft-com:office:office"/);
    expect(source).toContain('<script');
    const opened = openWorkbook(bytes, 'web-export.xls');
    expect(opened.info).toEqual({ format: 'html', encoding: 'utf-8', bom: false, sheets: [{ name: 'web-export', rowCount: 10, columnCount: 9 }] });
    const sheet = opened.sheet('web-export');
    expect(sheet.rows[0]).toEqual([TITLE]);
    expect(sheet.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }]);
    expect(sheet.rows[1]).toEqual([...EN_HEADER, 'Notes']);
    expect(sheet.rows.slice(2).map((row) => row.slice(0, 8))).toEqual(PEOPLE);
    expect(sheet.rows.slice(2, 6).map((row) => row[8])).toEqual(['Needs a visa letter\nSpeaks "basic" English', 'Vegetarian & no nuts', undefined, 'Presenter, day 2']);
  });

  it('never takes a script, a style or a comment for data, and runs nothing', () => {
    const { rows } = openWorkbook(fixture('web-export.xls'), 'web-export.xls').sheet('web-export');
    const text = rows.flat().join(' ');
    for (const word of ['location', 'cookie', 'not a cell', 'mso-number-format', 'ExcelWorkbook', 'alert']) expect(text).not.toContain(word);
    const page = html('<script>globalThis.ranByImport = true</script><table onclick="globalThis.ranByImport = true"><tr><td>Name<img src=x onerror="globalThis.ranByImport = true"></td></tr></table>');
    expect(openWorkbook(page, 'p.xls').sheet('p').rows).toEqual([['Name']]);
    expect((globalThis as Record<string, unknown>).ranByImport).toBeUndefined();
  });

  it('decodes the references PHP and older systems write (&eacute; &Alpha; &rsquo; &#146; &#x1EC5;)', () => {
    const page = html('<table><tr><th>Pr&eacute;nom</th><th>Nom</th><th>Organisme</th></tr><tr><td>&Alpha;&theta;&eta;&nu;&#940;</td><td>Nguy&#x1EC5;n</td><td>Mus&eacute;e d&rsquo;Orsay &ndash; O&#146;Brien &amp; AT&T &unknown;</td></tr></table>');
    expect(openWorkbook(page, 'p.xls').sheet('p').rows).toEqual([['Prénom', 'Nom', 'Organisme'], ['Αθηνά', 'Nguyễn', 'Musée d’Orsay – O’Brien & AT&T &unknown;']]);
  });

  it('closes cells and rows whose end tags are left out, and places cells after a rowspan and a colspan', () => {
    expect(openWorkbook(html('<table><tr><td>Name<td>Email<tr><td>Obi<td>e.obi@example.ng</table>'), 'p.xls').sheet('p').rows).toEqual([['Name', 'Email'], ['Obi', 'e.obi@example.ng']]);
    const spans = openWorkbook(html('<table><tr><td rowspan="2">Lagos</td><td colspan=2>Obi</td><td>4</td></tr><tr><td>Okafor</td><td></td><td>5</td></tr></table>'), 'p.xls').sheet('p');
    expect(spans.rows).toEqual([['Lagos', 'Obi', null, '4'], [null, 'Okafor', null, '5']]);
    expect(spans.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 1, c: 0 } }, { s: { r: 0, c: 1 }, e: { r: 0, c: 2 } }]);
  });

  it('trims long runs of spaces and line breaks in a cell in one pass (a hostile page cannot stall the reader)', () => {
    const spaces = '&nbsp;'.repeat(200_000);
    const breaks = '<br>'.repeat(200_000);
    const page = html(`<table><tr><td>Name</td><td>Note</td></tr><tr><td>${spaces}Obi${spaces}x</td><td>${breaks}a ${breaks} b${breaks}</td></tr></table>`);
    const rows = openWorkbook(page, 'p.xls').sheet('p').rows;
    expect(rows[1]?.[0]).toBe(`Obi${' '.repeat(200_000)}x`);
    expect(rows[1]?.[1]).toBe(`a${'\n'.repeat(200_000)}b`);
  });

  it('makes a sheet of each table with data, a layout table around them left out', () => {
    const page = html('<table><tr><td><table><tr><td>Name</td></tr><tr><td>Obi</td></tr></table></td></tr><tr><td><table><tr><td>Country</td></tr><tr><td>Nigeria</td></tr></table></td></tr></table>');
    const opened = openWorkbook(page, 'export.xls');
    expect(opened.info.sheets.map((s) => s.name)).toEqual(['export (1)', 'export (2)']);
    expect(opened.sheet('export (2)').rows).toEqual([['Country'], ['Nigeria']]);
  });

  it('reads a Windows-1252 page and a UTF-16 one', () => {
    const latin = new Uint8Array([...Buffer.from('<html><body><table><tr><td>Pr', 'latin1'), 0xe9, ...Buffer.from('nom</td><td>L', 'latin1'), 0x9c, ...Buffer.from('venbruck</td></tr></table></body></html>', 'latin1')]);
    expect(openWorkbook(latin, 'p.xls').sheet('p').rows).toEqual([['Prénom', 'Lœvenbruck']]);
    const wide = new Uint8Array([0xff, 0xfe, ...Buffer.from('<table><tr><td>Αθηνά</td><td>花子</td></tr></table>', 'utf16le')]);
    expect(openWorkbook(wide, 'p.xls')).toMatchObject({ info: { format: 'html', encoding: 'utf-16le' } });
  });

  it('keeps headers named __proto__ and constructor as cells, polluting nothing', () => {
    const page = html('<table><tr><th>__proto__</th><th>constructor</th><th>polluted</th></tr><tr><td>&__proto__;</td><td>&constructor;</td><td>yes</td></tr></table>');
    expect(openWorkbook(page, 'p.xls').sheet('p').rows).toEqual([['__proto__', 'constructor', 'polluted'], ['&__proto__;', '&constructor;', 'yes']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('holds the limits: rows, columns (a colspan of 100,000,000 counts as the 1000 browsers allow), cell text', () => {
    const rows = (n: number) => html(`<table>${'<tr><td>Obi</td></tr>'.repeat(n)}</table>`);
    expect(readWorkbook(rows(5), 'p.xls', { maxRows: 5 }).sheets[0]?.rowCount).toBe(5);
    expect(failure(() => readWorkbook(rows(6), 'p.xls', { maxRows: 5 }))).toMatchObject({ key: 'import.errors.tooManyRows', params: { sheet: 'p', limit: 5 } });
    expect(failure(() => readWorkbook(html(`<table><tr>${'<td>x</td>'.repeat(501)}</tr></table>`), 'p.xls'))).toMatchObject({ key: 'import.errors.tooManyColumns', params: { limit: 500 } });
    expect(failure(() => readWorkbook(html('<table><tr><td colspan="100000000">x</td><td>y</td></tr></table>'), 'p.xls')).key).toBe('import.errors.tooManyColumns');
    expect(readWorkbook(html('<table><tr><td>x</td><td colspan="100000000"></td></tr></table>'), 'p.xls').sheets[0]?.columnCount).toBe(1);
    expect(failure(() => readWorkbook(html(`<table><tr><td>a</td><td>${'x'.repeat(101)}</td></tr></table>`), 'p.xls', { maxCellChars: 100 }))).toMatchObject({ key: 'import.errors.cellTooLarge', params: { cell: 'B1' } });
  });

  it('names a page with no table, or with tables only inside scripts and comments, for what it is', () => {
    expect(failure(() => readWorkbook(html('<form action="/login"><input name="user"></form>'), 'export.xls'))).toMatchObject({ key: 'import.errors.unsupportedFormat', params: { format: 'HTML' } });
    expect(failure(() => readWorkbook(utf8('<?xml version="1.0"?><rss><channel><title>News</title></channel></rss>'), 'export.xls'))).toMatchObject({ key: 'import.errors.unsupportedFormat', params: { format: 'XML' } });
    const hidden = html('<script>var t = "<table><tr><td>x</td></tr></table>";</script><!-- <table><tr><td>y</td></tr></table> -->');
    expect(failure(() => readWorkbook(hidden, 'export.xls')).key).toBe('import.errors.emptySheet');
  });
});

describe('an .xls that is Excel 2003 XML (SpreadsheetML)', () => {
  it('reads typed cells, the merged title, the formula\'s value and the hidden sheet', () => {
    const bytes = fixture('spreadsheetml-2003.xls');
    expect(Buffer.from(bytes).toString('utf8')).toContain('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"');
    const opened = openWorkbook(bytes, 'spreadsheetml-2003.xls');
    expect(opened.info).toEqual({
      format: 'xml',
      encoding: 'utf-8',
      bom: false,
      date1904: false,
      sheets: [{ name: 'Participants', rowCount: 11, columnCount: 9 }, { name: 'Lists', rowCount: 8, columnCount: 1, hidden: true }],
    });
    const sheet = opened.sheet('Participants');
    expect(sheet.rows[0]).toEqual([TITLE]);
    expect(sheet.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }]);
    expect(sheet.rows[1]).toEqual([...EN_HEADER.slice(0, 7), 'Arrival', 'Days']);
    expect(sheet.rows.slice(2, 10).map((row) => row.slice(0, 7))).toEqual(PEOPLE.map((p) => p.slice(0, 7)));
    expect(sheet.rows.slice(2, 10).map((row) => row[7])).toEqual(PEOPLE.map((p) => serial(p[7]!)));
    expect(sheet.rows[10]).toEqual(['Total', null, null, null, null, null, null, null, 37]);
    expect(sheet.formulaCells).toBe(1);
  });

  it('reads SpreadsheetML written without an XML declaration, its <Styles> first', () => {
    const bare = utf8('<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles><Style ss:ID="Default"/></Styles><Worksheet ss:Name="People"><Table><Row><Cell><Data ss:Type="String">Name</Data></Cell></Row><Row><Cell><Data ss:Type="String">Αθηνά</Data></Cell></Row></Table></Worksheet></Workbook>');
    expect(openWorkbook(bare, 'p.xls').sheet('People').rows).toEqual([['Name'], ['Αθηνά']]);
  });

  it('holds the limits, and a sheet named __proto__ pollutes nothing', () => {
    const workbook = (body: string) => utf8(`<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">${body}</Workbook>`);
    const row = (v: string) => `<Row><Cell><Data ss:Type="String">${v}</Data></Cell></Row>`;
    const people = workbook(`<Worksheet ss:Name="People"><Table>${row('Name')}${row('Obi')}${row('Okafor')}</Table></Worksheet>`);
    expect(failure(() => readWorkbook(people, 'p.xls', { maxRows: 2 }))).toMatchObject({ key: 'import.errors.tooManyRows', params: { sheet: 'People', limit: 2 } });
    const far = workbook('<Worksheet ss:Name="Far"><Table><Row><Cell ss:Index="2000000000"><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet>');
    expect(failure(() => readWorkbook(far, 'p.xls'))).toMatchObject({ key: 'import.errors.tooManyColumns', params: { sheet: 'Far' } });
    const hostile = workbook(`<Worksheet ss:Name="__proto__"><Table>${row('polluted')}</Table></Worksheet><Worksheet ss:Name="People"><Table>${row('Name')}</Table></Worksheet>`);
    expect(openWorkbook(hostile, 'p.xls').sheet('People').rows).toEqual([['Name']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('!data');
  });
});
