import { describe, expect, it } from 'vitest';
import { openWorkbook, readSheet, readWorkbook, sheetNameOf } from '../../../shared/io/sheet-read';
import { decodeMacRoman, decodeText, decodeWindows1252, detectDelimiter, parseDelimited } from '../../../shared/io/sheet-read-text';
import { fixture } from './reader-fixtures';


const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const limits = { maxRows: 1000, maxColumns: 500, maxCellChars: 1000 };
const parse = (text: string, delimiter: ',' | ';' | '\t' | '|' = ',') => parseDelimited(text, delimiter, { limits, sheet: 'test' });

describe('decoding', () => {
  it('reads UTF-8, with and without a BOM', () => {
    expect(decodeText(utf8('Prénom,Nguyễn'))).toEqual({ text: 'Prénom,Nguyễn', encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Αθηνά')]))).toEqual({ text: 'Αθηνά', encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 with a BOM (LE as Excel writes it, and BE), and LE without one', () => {
    const le = Buffer.from('Nom\tΑθηνά\r\n', 'utf16le');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ text: 'Nom\tΑθηνά\r\n', encoding: 'utf-16le', bom: true });
    const be = Buffer.from(le).swap16();
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text: 'Nom\tΑθηνά\r\n', encoding: 'utf-16be', bom: true });
    expect(decodeText(new Uint8Array(Buffer.from('First name\tLast name\r\nJean-Marc\tLe Goff\r\n', 'utf16le')))).toMatchObject({ encoding: 'utf-16le', text: 'First name\tLast name\r\nJean-Marc\tLe Goff\r\n' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, with its own 0x80–0x9F (€ ’ – œ Œ)', () => {
    const bytes = new Uint8Array([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x3b, 0x80, 0x92, 0x96, 0x9c, 0x8c]);
    expect(decodeText(bytes)).toEqual({ text: 'Prénom;€’–œŒ', encoding: 'windows-1252', bom: false });
    expect(decodeWindows1252(new Uint8Array(Array.from({ length: 256 }, (_, i) => i))).length).toBe(256);
  });

  it('keeps a BOM-marked file readable when it holds stray Windows-1252 bytes, and counts them', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x5a, 0x6f, 0xe9]))).toEqual({ text: 'Zoé', encoding: 'utf-8', bom: true, strayBytes: 1 });
  });

  it('keeps UTF-8 without a BOM when a few bytes are not UTF-8: those read as Windows-1252, never U+FFFD, the rest stays UTF-8', () => {
    const bytes = new Uint8Array([...utf8('Αθηνά;Nguyễn;Emir'), 0x92, ...utf8('s Palace;Zo'), 0xe9, ...utf8(';日本')]);
    expect(decodeText(bytes)).toEqual({ text: 'Αθηνά;Nguyễn;Emir’s Palace;Zoé;日本', encoding: 'utf-8', bom: false, strayBytes: 2 });
    // A truncated sequence at the very end is a stray byte too.
    expect(decodeText(new Uint8Array([...utf8('Zoé Lefèvre '), 0xc3]))).toEqual({ text: 'Zoé Lefèvre Ã', encoding: 'utf-8', bom: false, strayBytes: 1 });
    // Mostly Windows-1252 (no valid UTF-8 sequence): the whole file is Windows-1252.
    expect(decodeText(new Uint8Array([0x5a, 0x6f, 0xe9, 0x3b, 0x4c, 0x9c, 0x76, 0x65]))).toEqual({ text: 'Zoé;Lœve', encoding: 'windows-1252', bom: false });
  });

  it('reads Mac Roman when lines end in CR alone and the letters in words read right in it, and never for CRLF files', () => {
    // "Prénom;Lœvenbruck;Señor" in Mac Roman: é 0x8E, œ 0xCF, ñ 0x96.
    const mac = [0x50, 0x72, 0x8e, 0x6e, 0x6f, 0x6d, 0x3b, 0x4c, 0xcf, 0x76, 0x65, 0x6e, 0x3b, 0x53, 0x65, 0x96, 0x6f, 0x72];
    expect(decodeText(new Uint8Array([...mac, 0x0d, ...mac]))).toMatchObject({ text: 'Prénom;Lœven;Señor\rPrénom;Lœven;Señor', encoding: 'macintosh' });
    expect(decodeText(new Uint8Array([...mac, 0x0d, 0x0a, ...mac])).encoding).toBe('windows-1252');
    // Windows-1252 with CR line ends stays Windows-1252: "Prénom – O’Brien".
    const windows = [0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x20, 0x96, 0x20, 0x4f, 0x92, 0x42, 0x72, 0x69, 0x65, 0x6e];
    expect(decodeText(new Uint8Array([...windows, 0x0d, ...windows, 0x0d]))).toMatchObject({ text: 'Prénom – O’Brien\rPrénom – O’Brien\r', encoding: 'windows-1252' });
    expect(decodeMacRoman(new Uint8Array(Array.from({ length: 256 }, (_, i) => i))).length).toBe(256);
  });
});

describe('delimiter detection', () => {
  it('picks the delimiter that splits every record alike, quotes respected', () => {
    expect(detectDelimiter('Nom;Prénom;Adresse\r\nLe Goff;Jean-Marc;10, cours des Alliés, Rennes\r\nObi;Emeka;Kano\r\n', 'x.csv')).toBe(';');
    expect(detectDelimiter('Name,Notes\n"Obi","a; b; c"\n"Okafor","d; e"\n', 'x.csv')).toBe(',');
    expect(detectDelimiter('Name\tEmail\nObi\te.obi@example.ng\n', 'x.txt')).toBe('\t');
    expect(detectDelimiter('Name|Email|Phone\nObi|e.obi@example.ng|0803 000 0000\n', 'x.txt')).toBe('|');
  });

  it('survives a title line above the header', () => {
    expect(detectDelimiter('Liste des participants\r\nNom;Prénom;Pays\r\nObi;Emeka;Nigéria\r\nOkafor;Chinwe;Nigéria\r\n', 'x.csv')).toBe(';');
  });

  it('follows Excel\'s "sep=" line and drops it from the rows', () => {
    expect(detectDelimiter('sep=;\r\nName,Org;Country\r\n', 'x.csv')).toBe(';');
    const { rows } = readSheet(utf8('sep=;\r\nName,Org;Country\r\nObi, Emeka;Nigeria\r\n'), 'x.csv', 'x');
    expect(rows).toEqual([['Name,Org', 'Country'], ['Obi, Emeka', 'Nigeria']]);
  });

  it('prefers tab for .tsv and comma otherwise when nothing splits', () => {
    expect(detectDelimiter('e.obi@example.ng\nc.okafor@example.ng\n', 'emails.tsv')).toBe('\t');
    expect(detectDelimiter('e.obi@example.ng\nc.okafor@example.ng\n', 'emails.csv')).toBe(',');
  });
});

describe('parsing delimited text', () => {
  it('keeps phones, member numbers, dates, numbers and formulas as the text they were', () => {
    const row = ['0803 000 0000', '+234 803 000 0000', '00123', '2022-11-21', '21/11/2022', '1e5', '1 200,50', '=SUM(A1:A2)', 'TRUE'];
    expect(parse(`${row.join(';')}\n`, ';')).toEqual([row]);
  });

  it('reads quoted fields: delimiters, doubled quotes, CRLF and LF inside, and text after a closing quote', () => {
    expect(parse('"Le Goff, Jean-Marc","say ""hi""","line 1\r\nline 2","a\nb"x\r\n')).toEqual([['Le Goff, Jean-Marc', 'say "hi"', 'line 1\r\nline 2', 'a\nbx']]);
  });

  it('reads LF, CRLF and old-Mac CR line ends alike', () => {
    const expected = [['a', 'b'], ['c', 'd']];
    expect(parse('a,b\nc,d\n')).toEqual(expected);
    expect(parse('a,b\r\nc,d\r\n')).toEqual(expected);
    expect(parse('a,b\rc,d\r')).toEqual(expected);
    expect(parse('a,b\nc,d')).toEqual(expected);
  });

  it('gives null for empty fields, drops trailing ones, keeps blank rows in place and drops blank rows at the end', () => {
    expect(parse('a,,c,,\n\n,b\n\n\n')).toEqual([['a', null, 'c'], [], [null, 'b']]);
    expect(parse('"",x\n')).toEqual([[null, 'x']]);
  });

  it('is lenient as Excel is: a stray quote is kept, an unclosed quote runs to the end', () => {
    expect(parse('5" screen,ok\n')).toEqual([['5" screen', 'ok']]);
    expect(parse('a,"unclosed\nb,c\n')).toEqual([['a', 'unclosed\nb,c\n']]);
  });

  it('numbers a too-large cell by its column and row', () => {
    expect(() => parseDelimited(`a,b\nc,${'x'.repeat(1001)}\n`, ',', { limits, sheet: 'test' })).toThrow(expect.objectContaining({ key: 'import.errors.cellTooLarge', params: { sheet: 'test', cell: 'B2', limitMb: '0' } }));
  });
});

describe('text files through the reader', () => {
  it('names the one sheet after the file', () => {
    expect(sheetNameOf('C:\\Users\\secretariat\\Downloads\\inscrits-lagos.csv')).toBe('inscrits-lagos');
    expect(sheetNameOf('/home/a/participants.2022.tsv')).toBe('participants.2022');
    expect(sheetNameOf('.csv')).toBe('.csv');
    expect(sheetNameOf('')).toBe('Sheet1');
  });

  it('reads a Windows-1252 semicolon file typed in by hand', () => {
    const bytes = new Uint8Array([...Buffer.from('Nom;Pr', 'latin1'), 0xe9, ...Buffer.from('nom\r\nL', 'latin1'), 0x9c, ...Buffer.from('venbruck;Ana', 'latin1'), 0xef, 0x73, 0x0d, 0x0a]);
    const info = readWorkbook(bytes, 'liste.csv');
    expect(info).toMatchObject({ encoding: 'windows-1252', delimiter: ';', sheets: [{ name: 'liste', rowCount: 2, columnCount: 2 }] });
    expect(readSheet(bytes, 'liste.csv', 'liste').rows).toEqual([['Nom', 'Prénom'], ['Lœvenbruck', 'Anaïs']]);
  });
});

describe('CSV from other producers', () => {
  const FR_HEADER = ['N° adhérent', 'Prénom', 'Nom', 'Courriel', 'Pays', 'Remarques'];
  const FR_ROWS = [
    ['00125', 'María José', 'García López', 'mj.garcia@example.es', 'Espagne', 'Arrive le 21\nRepart le 25'],
    ['00126', 'Jean-Marc', 'Le Goff', 'jm.legoff@example.fr', 'France'],
    ['00131', 'Anaïs', 'Lœvenbruck', 'anais.loevenbruck@example.fr', 'France', 'Végétarienne, « sans gluten »'],
    ['00132', 'Zoé', 'Lefèvre', 'zoe.lefevre@example.be', 'Belgique', 'Interprète FR - EN'],
  ];

  it('reads old Mac Excel CSV: Mac Roman, CR line ends, a line break inside a quoted cell, no line end at the end', () => {
    const bytes = fixture('participants-mac-excel.csv');
    expect(bytes.includes(0x0a)).toBe(true);
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/\r\n/);
    expect(bytes.at(-1)).not.toBe(0x0d);
    const opened = openWorkbook(bytes, 'participants-mac-excel.csv');
    expect(opened.info).toMatchObject({ format: 'csv', encoding: 'macintosh', delimiter: ';', sheets: [{ name: 'participants-mac-excel', rowCount: 5, columnCount: 6 }] });
    expect(opened.sheet('participants-mac-excel').rows).toEqual([FR_HEADER, ...FR_ROWS]);
  });

  it('reads a CSV with a delimiter at the end of every line and no line end after the last', () => {
    const bytes = fixture('participants-trailing-comma.csv');
    expect(Buffer.from(bytes).toString('utf8').split('\r\n').slice(0, 2).every((line) => line.endsWith(','))).toBe(true);
    const opened = openWorkbook(bytes, 'participants-trailing-comma.csv');
    expect(opened.info).toMatchObject({ encoding: 'utf-8', delimiter: ',', sheets: [{ rowCount: 5, columnCount: 6 }] });
    expect(opened.sheet('participants-trailing-comma').rows).toEqual([FR_HEADER, ...FR_ROWS]);
  });

  it('reads UTF-8 with one stray Windows-1252 byte: every name in its script, the apostrophe as ’, and says so', () => {
    const bytes = fixture('participants-stray-byte.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const opened = openWorkbook(bytes, 'participants-stray-byte.csv');
    expect(opened.info).toMatchObject({ encoding: 'utf-8', bom: false, strayBytes: 1, sheets: [{ rowCount: 9, columnCount: 9 }] });
    const { rows } = opened.sheet('participants-stray-byte');
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Αθηνά', 'Văn An', 'María José', 'Jean-Marc', 'Chinwe', 'Emeka', 'ليلى', '花子']);
    expect(rows[6]?.[8]).toBe('Emir’s Palace Road, Kano');
    expect(rows.flat().some((cell) => typeof cell === 'string' && cell.includes('\ufffd'))).toBe(false);
  });
});
