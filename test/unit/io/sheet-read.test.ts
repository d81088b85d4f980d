import { describe, expect, it } from 'vitest';
import { openWorkbook, readSheet, readWorkbook, type ParsedSheet } from '../../../shared/io/sheet-read';
import type { Cell } from '../../../shared/io/sheet-types';
import { EN_HEADER, PEOPLE, fixture } from './reader-fixtures';

// The fixtures are real files from several producers (scripts/make-fixtures.mjs):
// byte-by-byte CSV/text as Excel, Google Sheets and plain writers write them,
// LibreOffice Calc (xlsx, xls, ods), and SheetJS (xlsx, xlsb).

const SPANISH_COUNTRIES = ['Grecia', 'Vietnam', 'España', 'Francia', 'Nigeria', 'Nigeria', 'Túnez', 'Japón'];

/** The spreadsheet serial of an ISO date (1900 system, after March 1900). */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Cells a..b of a row as the user saw them: numbers through their displayed text. */
function shown(sheet: ParsedSheet, r: number): (Cell | undefined)[] {
  return (sheet.rows[r] ?? []).map((cell, c) => sheet.formatted?.[r]?.[c] ?? cell);
}

describe('delimited text fixtures', () => {
  it.each([
    ['participants-en.csv', 'utf-8', false],
    ['participants-en-bom.csv', 'utf-8', true],
    ['participants-unicode.txt', 'utf-16le', true],
  ] as const)('%s reads every name, phone and member number exactly, as text', (name, encoding, bom) => {
    const info = readWorkbook(fixture(name), name);
    expect(info).toMatchObject({ format: 'csv', encoding, bom });
    expect(info.sheets).toEqual([{ name: name.replace(/\.\w+$/, ''), rowCount: 9, columnCount: 8 }]);
    const sheet = readSheet(fixture(name), name, info.sheets[0]!.name);
    expect(sheet.rows).toEqual([EN_HEADER, ...PEOPLE]);
    expect(sheet.formatted).toBeUndefined();
    expect(sheet.formulaCells).toBe(0);
  });

  it('detects the delimiter of each text file', () => {
    expect(readWorkbook(fixture('participants-en.csv'), 'participants-en.csv').delimiter).toBe(',');
    expect(readWorkbook(fixture('participants-unicode.txt'), 'participants-unicode.txt').delimiter).toBe('\t');
    expect(readWorkbook(fixture('participants-fr-excel.csv'), 'participants-fr-excel.csv').delimiter).toBe(';');
    expect(readWorkbook(fixture('participants-es.tsv'), 'participants-es.tsv').delimiter).toBe('\t');
    expect(readWorkbook(fixture('participants-google.csv'), 'participants-google.csv').delimiter).toBe(',');
  });

  it('reads French Excel CSV (Windows-1252, semicolons, CRLF) with its accents, œ, ’ and – right', () => {
    const info = readWorkbook(fixture('participants-fr-excel.csv'), 'participants-fr-excel.csv');
    expect(info).toMatchObject({ format: 'csv', encoding: 'windows-1252', bom: false, delimiter: ';' });
    const { rows } = readSheet(fixture('participants-fr-excel.csv'), 'participants-fr-excel.csv', 'participants-fr-excel');
    expect(rows[0]).toEqual(['N° adhérent', 'Prénom', 'Nom', 'Courriel', 'Téléphone', 'Pays', 'Organisme', 'Arrivée', 'Adresse']);
    expect(rows[1]).toEqual(['00125', 'María José', 'García López', 'mj.garcia@example.es', '+34 600 000 000', 'Espagne', 'Museo Nacional del Prado', '21/11/2022', 'Calle de Ruiz de Alarcón, 23, Madrid']);
    expect(rows[4]).toEqual(['00128', 'Emeka', 'Obi', 'e.obi@example.ng', '0803 000 0000', 'Nigéria', 'Gidan Makama Museum, Kano', '19/11/2022', 'Emir’s Palace Road, Kano']);
    expect(rows[5]?.slice(1, 3)).toEqual(['Anaïs', 'Lœvenbruck']);
    expect(rows[5]?.[6]).toBe('Musée d’Orsay – Service des publics');
    expect(rows[6]?.slice(1, 3)).toEqual(['Zoé', 'Lefèvre']);
    expect(rows).toHaveLength(7);
  });

  it('reads a Google Sheets CSV: quoted commas, doubled quotes and line breaks inside fields', () => {
    const { rows } = readSheet(fixture('participants-google.csv'), 'participants-google.csv', 'participants-google');
    expect(rows[0]).toEqual([...EN_HEADER, 'Notes']);
    expect(rows.slice(1).map((row) => row.slice(0, 8))).toEqual(PEOPLE);
    expect(rows[1]?.[8]).toBe('Arrives 20 Nov, leaves 25 Nov');
    expect(rows[2]?.[8]).toBe('Needs a visa letter\nSpeaks "basic" English');
    expect(rows[3]).toHaveLength(8);
    expect(rows[5]?.[8]).toBe('Presenter, day 2\nBrings posters');
    expect(rows[8]?.[8]).toBe('Interpreter: FR → EN');
  });

  it('reads Spanish headers and countries from a .tsv', () => {
    const { rows } = readSheet(fixture('participants-es.tsv'), 'participants-es.tsv', 'participants-es');
    expect(rows[0]).toEqual(['Nº de socio', 'Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'País', 'Institución', 'Llegada']);
    expect(rows.slice(1).map((row) => row[5])).toEqual(SPANISH_COUNTRIES);
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual(PEOPLE.map((p) => p.slice(0, 5)));
  });
});

describe('LibreOffice workbooks of a partner CSV', () => {
  it.each(['xlsx', 'xls', 'ods'] as const)('participants-lo.%s reads the same people; the arrival is a date serial shown as typed', (format) => {
    const name = `participants-lo.${format}`;
    const opened = openWorkbook(fixture(name), name);
    expect(opened.info).toEqual({ format, date1904: false, sheets: [{ name: 'participants-lo', rowCount: 9, columnCount: 8 }] });
    const sheet = opened.sheet('participants-lo');
    expect(sheet.rows[0]).toEqual(EN_HEADER);
    expect(sheet.rows.slice(1).map((row) => row.slice(0, 7))).toEqual(PEOPLE.map((p) => p.slice(0, 7)));
    expect(sheet.rows.slice(1).map((row) => row[7])).toEqual(PEOPLE.map((p) => serial(p[7]!)));
    expect(sheet.rows.slice(1).map((_, i) => shown(sheet, i + 1)[7])).toEqual(PEOPLE.map((p) => p[7]));
    expect(sheet).toMatchObject({ merges: [], formulaCells: 0, date1904: false });
  });
});

describe('LibreOffice workbooks with a merged title, formulas and a hidden sheet', () => {
  it.each(['xlsx', 'xls', 'ods'] as const)('lagos-training-lo.%s', (format) => {
    const name = `lagos-training-lo.${format}`;
    const opened = openWorkbook(fixture(name), name);
    expect(opened.info.format).toBe(format);
    expect(opened.info.sheets.map((s) => [s.name, s.rowCount, s.columnCount])).toEqual([['Inscripciones', 11, 9], ['Listas', 8, 1]]);
    // SheetJS reads sheet visibility from xlsx and xls, not from OpenDocument.
    expect(opened.info.sheets[1]?.hidden).toBe(format === 'ods' ? undefined : true);

    const sheet = opened.sheet('Inscripciones');
    expect(sheet.rows[0]).toEqual(['Formación regional — Lagos, 21–25 de noviembre de 2022']);
    expect(sheet.merges).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }]);
    expect(sheet.rows[1]).toEqual(['Nº de socio', 'Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'País', 'Llegada', 'Días', 'Viáticos (EUR)']);
    // Per diem = days × 40 for each person, and a SUM: nine formulas, imported as their cached values.
    expect(sheet.formulaCells).toBe(9);
    expect(sheet.rows.slice(2, 10).map((row) => row.slice(7))).toEqual([[5, 200], [5, 200], [4, 160], [4, 160], [5, 200], [5, 200], [5, 200], [4, 160]]);
    expect(sheet.rows[10]).toEqual(['Total', null, null, null, null, null, null, null, 1480]);
    expect(sheet.rows.slice(2, 10).map((row) => row.slice(0, 5))).toEqual(PEOPLE.map((p) => p.slice(0, 5)));
    expect(sheet.rows.slice(2, 10).map((row) => row[5])).toEqual(SPANISH_COUNTRIES);
    expect(sheet.rows[2]?.[6]).toBe(serial('2022-11-20'));
    expect(shown(sheet, 2)[6]).toBe('20/11/2022');
  });
});

describe('SheetJS workbooks: two-row header, number formats, formulas, a hidden sheet', () => {
  it.each(['xlsx', 'xlsb'] as const)('participants-sheetjs.%s', (format) => {
    const name = `participants-sheetjs.${format}`;
    const opened = openWorkbook(fixture(name), name);
    expect(opened.info).toEqual({
      format,
      date1904: false,
      sheets: [
        { name: 'Participants', rowCount: 12, columnCount: 10 },
        { name: 'Participants FR', rowCount: 9, columnCount: 7 },
        { name: 'Lists', rowCount: 8, columnCount: 1, hidden: true },
      ],
    });
    const sheet = opened.sheet('Participants');
    expect(sheet.rows[0]).toEqual(['Regional training — Lagos, 21–25 November 2022']);
    expect(sheet.rows[1]).toEqual(['Member no.', 'Participant', null, 'Contact', null, 'Country', 'Organisation', 'Arrival', 'Days', 'Per diem (EUR)']);
    expect(sheet.rows[2]).toEqual([null, 'First name', 'Last name', 'Email', 'Phone']);
    expect(sheet.merges).toHaveLength(9);
    expect(sheet.merges).toContainEqual({ s: { r: 0, c: 0 }, e: { r: 0, c: 9 } });
    expect(sheet.merges).toContainEqual({ s: { r: 1, c: 1 }, e: { r: 1, c: 2 } });
    expect(sheet.merges).toContainEqual({ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } });
    // Emeka's phone was typed into Excel as a number: the value lost its zero, the displayed text kept it.
    expect(sheet.rows[8]?.[4]).toBe(8030000000);
    expect(sheet.formatted?.[8]?.[4]).toBe('0803 000 0000');
    expect(sheet.rows.slice(3, 11).map((row, i) => [...row.slice(0, 4), shown(sheet, i + 3)[4], ...row.slice(5, 7)])).toEqual(PEOPLE.map((p) => p.slice(0, 7)));
    expect(sheet.rows.slice(3, 11).map((_, i) => shown(sheet, i + 3)[7])).toEqual(PEOPLE.map((p) => p[7]!.split('-').reverse().join('/')));
    expect(sheet.rows[11]).toEqual(['Total', null, null, null, null, null, null, null, null, 1480]);
    // SheetJS writes formulas to xlsx only (its xlsb writer keeps the values).
    expect(sheet.formulaCells).toBe(format === 'xlsx' ? 9 : 0);

    const french = opened.sheet('Participants FR');
    expect(french.rows[0]).toEqual(['N° adhérent', 'Prénom', 'Nom', 'Courriel', 'Téléphone', 'Pays', 'Organisme']);
    expect(french.rows.slice(1).map((row) => row[5])).toEqual(['Grèce', 'Viêt Nam', 'Espagne', 'France', 'Nigéria', 'Nigéria', 'Tunisie', 'Japon']);
  });
});

describe('content decides the format, not the extension', () => {
  it('opens an xlsx renamed .csv and a CSV renamed .xlsx', () => {
    expect(readWorkbook(fixture('participants-lo.xlsx'), 'participants.csv').format).toBe('xlsx');
    expect(readWorkbook(fixture('participants-lo.xls'), 'participants.xlsx').format).toBe('xls');
    expect(readWorkbook(fixture('participants-lo.ods'), 'participants.xls').format).toBe('ods');
    const csv = readWorkbook(fixture('participants-fr-excel.csv'), 'liste.xlsx');
    expect(csv).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    expect(csv.sheets[0]?.name).toBe('liste');
  });

  it('calls a macro-enabled workbook xlsm and reads it as xlsx', () => {
    const info = readWorkbook(fixture('participants-sheetjs.xlsx'), 'inscriptions.xlsm');
    expect(info.format).toBe('xlsm');
    expect(info.sheets).toHaveLength(3);
  });

  it('reads one sheet without extracting the others', () => {
    const sheet = readSheet(fixture('participants-sheetjs.xlsx'), 'participants-sheetjs.xlsx', 'Participants FR');
    expect(sheet.name).toBe('Participants FR');
    expect(sheet.rows).toHaveLength(9);
  });

  it('reports progress while reading', () => {
    const stages: string[] = [];
    openWorkbook(fixture('participants-lo.xlsx'), 'participants-lo.xlsx', { onProgress: (p) => stages.push(p.stage) });
    expect(stages).toEqual(['checking', 'parsing']);
  });
});
