import { describe, expect, it } from 'vitest';
import { dropEmptyRows, TIDY_FROM } from '../../../shared/io/sheet-read-tidy';

// The worksheet XML is tidied in place before SheetJS reads it: only what
// cannot move a cell to another row or column may go, and only when there is
// much of it (a sheet formatted whole).
const bytes = (xml: string) => new TextEncoder().encode(xml);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const cell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
/** Styled empty rows from `from`, as Excel writes them for rows formatted whole. */
const formattedRows = (from: number, count = TIDY_FROM) => Array.from({ length: count }, (_, i) => `<row r="${from + i}" s="4" customFormat="1"/>`).join('');

describe('dropEmptyRows', () => {
  it('drops styled empty rows and cells that say where they are', () => {
    const xml = sheet(`<row r="1">${cell('A1', 'Nom')}<c r="B1" s="3"/></row><row r="2" s="4"/><row r="3" s="4"><c r="A3" s="4"/></row><row r="4">${cell('A4', 'Diallo')}</row>${formattedRows(5)}`);
    expect(text(dropEmptyRows(bytes(xml)))).toBe(sheet(`<row r="1">${cell('A1', 'Nom')}</row><row r="4">${cell('A4', 'Diallo')}</row>`));
  });

  it('keeps a blank row that does not say where it is: the rows after it keep their numbers', () => {
    const xml = sheet(`<row><c t="inlineStr"><is><t>Nom</t></is></c></row><row/><row><c t="inlineStr"><is><t>Diallo</t></is></c></row>${formattedRows(4)}`);
    expect(text(dropEmptyRows(bytes(xml)))).toBe(sheet('<row><c t="inlineStr"><is><t>Nom</t></is></c></row><row/><row><c t="inlineStr"><is><t>Diallo</t></is></c></row>'));
  });

  it('keeps empty cells when some cell does not say where it is (the next one is placed after it)', () => {
    const xml = sheet(`<row r="1"><c/><c t="inlineStr"><is><t>Prénom</t></is></c></row>${formattedRows(2)}`);
    expect(text(dropEmptyRows(bytes(xml)))).toBe(sheet('<row r="1"><c/><c t="inlineStr"><is><t>Prénom</t></is></c></row>'));
  });

  it('leaves a sheet with a few empty rows as it is', () => {
    const xml = sheet(`<row r="1">${cell('A1', 'Nom')}</row>${formattedRows(2, TIDY_FROM - 10)}`);
    const input = bytes(xml);
    expect(dropEmptyRows(input)).toBe(input);
  });
});
