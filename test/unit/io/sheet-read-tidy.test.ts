import { describe, expect, it } from 'vitest';
import { dropEmptyRows } from '../../../shared/io/sheet-read-tidy';

// The worksheet XML is tidied in place before SheetJS reads it: only what
// cannot move a cell to another row or column may go.
const bytes = (xml: string) => new TextEncoder().encode(xml);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const sheet = (rows: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe('dropEmptyRows', () => {
  it('drops styled empty rows and cells that say where they are', () => {
    const xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c><c r="B1" s="3"/></row><row r="2" s="4"/><row r="3" s="4"><c r="A3" s="4"/></row><row r="4"><c r="A4" t="inlineStr"><is><t>Diallo</t></is></c></row>');
    expect(text(dropEmptyRows(bytes(xml)))).toBe(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>Diallo</t></is></c></row>'));
  });

  it('keeps a blank row that does not say where it is: the rows after it keep their numbers', () => {
    const xml = sheet('<row><c t="inlineStr"><is><t>Nom</t></is></c></row><row/><row><c t="inlineStr"><is><t>Diallo</t></is></c></row>');
    expect(text(dropEmptyRows(bytes(xml)))).toBe(xml);
  });

  it('keeps empty cells when some cell does not say where it is (the next one is placed after it)', () => {
    const xml = sheet('<row r="1"><c/><c t="inlineStr"><is><t>Prénom</t></is></c></row>');
    expect(text(dropEmptyRows(bytes(xml)))).toBe(xml);
  });
});
