import { describe, expect, it } from 'vitest';
import { BOM, csvBytes, csvCell, neutraliseCell, safeFileName, toCsv } from '../../../renderer/features/enrolments/csv';

describe('neutraliseCell', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+33 1 23 45 67 89', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd'])(
    'puts an apostrophe before %j, which a spreadsheet would run as a formula',
    (value) => {
      expect(neutraliseCell(value)).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text alone, formula characters further in included', () => {
    for (const value of ['Lefèvre', 'Nguyễn Văn An', 'a=b', 'jo@museum.example', '', ' =1']) expect(neutraliseCell(value)).toBe(value);
  });
});

describe('csvCell', () => {
  it('quotes cells holding commas, semicolons, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('Museo de Arte, Bogotá')).toBe('"Museo de Arte, Bogotá"');
    expect(csvCell('a; b')).toBe('"a; b"');
    expect(csvCell('The "Studio" Museum')).toBe('"The ""Studio"" Museum"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises before quoting, so the apostrophe stays inside the quotes', () => {
    expect(csvCell('=1+1, surely')).toBe(`"'=1+1, surely"`);
  });
});

describe('toCsv and csvBytes', () => {
  const rows = [
    ['Given name', 'Family name'],
    ['Mathieu', 'Lefèvre'],
    ['Αθηνά', '=cmd|"/c calc"!A1'],
  ];

  it('writes RFC 4180 lines ended by CRLF', () => {
    expect(toCsv(rows)).toBe(`Given name,Family name\r\nMathieu,Lefèvre\r\nΑθηνά,"'=cmd|""/c calc""!A1"\r\n`);
  });

  it('starts the file with the UTF-8 byte-order mark so Excel reads accents right', () => {
    const bytes = csvBytes(rows);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain('Lefèvre');
    expect(text).toContain('Αθηνά');
  });
});

describe('safeFileName', () => {
  it('removes characters no file system accepts and keeps letters of every script', () => {
    expect(safeFileName('CIMAM 2026: Harare / "final"?', 'csv')).toBe('CIMAM 2026 Harare final.csv');
    expect(safeFileName('Formation régionale — Lagos', 'csv')).toBe('Formation régionale — Lagos.csv');
  });

  it('never gives an empty name', () => {
    expect(safeFileName(' ... ', 'csv')).toBe('export.csv');
  });
});
