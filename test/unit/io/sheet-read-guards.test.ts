import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { openWorkbook, readSheet, readWorkbook } from '../../../shared/io/sheet-read';
import { fixture } from './reader-fixtures';

// SheetJS is spied on: a zip bomb must be refused before anything is inflated (by
// SheetJS's read, or by its CFB.read, with which the reader inflates a zip itself).
vi.mock('xlsx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('xlsx') & { parse_zip: (...args: unknown[]) => unknown }>();
  return { ...actual, read: vi.fn(actual.read), parse_zip: vi.fn(actual.parse_zip), CFB: { ...actual.CFB, read: vi.fn(actual.CFB.read) } };
});
const sheetjsRead = vi.mocked(XLSX.read);
const inflate = vi.mocked(XLSX.CFB.read as (...args: unknown[]) => unknown);
const parseZip = vi.mocked((XLSX as unknown as { parse_zip: (...args: unknown[]) => unknown }).parse_zip);
afterEach(() => vi.clearAllMocks());

/** Nothing of the file was inflated or parsed. */
function expectUntouched(): void {
  expect(sheetjsRead).not.toHaveBeenCalled();
  expect(inflate).not.toHaveBeenCalled();
  expect(parseZip).not.toHaveBeenCalled();
}

const MB = 1024 * 1024;

/** What a read throws: its key and parameters (fails the test when nothing is thrown). */
function failure(read: () => unknown): { key: string; params: Record<string, string | number>; cause?: unknown } {
  try {
    read();
  } catch (error) {
    const { key, params, cause } = error as { key: string; params: Record<string, string | number>; cause?: unknown };
    return { key, params, cause };
  }
  throw new Error('expected the read to fail');
}

type Entry = {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  /** Sizes to claim instead of the true ones. */
  claim?: { usz?: number; localUsz?: number; csz?: number };
  /** Streamed: sizes 0 in the local header, a data descriptor after the data. */
  streamed?: boolean;
};

/** A zip written byte by byte, able to lie about sizes as a zip bomb does. */
function zip(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.deflate === false ? Buffer.from(entry.data) : deflateRawSync(entry.data);
    const usz = entry.claim?.usz ?? entry.data.length;
    const csz = entry.claim?.csz ?? body.length;
    const flags = entry.streamed ? 8 : 0;
    const method = entry.deflate === false ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.streamed ? 0 : csz, 18);
    local.writeUInt32LE(entry.streamed ? 0 : (entry.claim?.localUsz ?? usz), 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(entry.streamed ? 16 : 0);
    if (entry.streamed) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(csz, 8);
      descriptor.writeUInt32LE(usz, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(csz, 20);
    central.writeUInt32LE(usz, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body, descriptor);
    centrals.push(central, name);
    offset += local.length + name.length + body.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
/** The entries of a real xlsx, to rewrite them. */
function entriesOf(bytes: Uint8Array): Entry[] {
  const container = XLSX.CFB.read(bytes, { type: 'buffer' }) as { FullPaths: string[]; FileIndex: { type: number; content: Uint8Array }[] };
  return container.FileIndex.flatMap((file, i) => (file.type === 2 ? [{ name: container.FullPaths[i]!.replace(/^[^/]*\//, ''), data: new Uint8Array(file.content) }] : []));
}

describe('password-protected files', () => {
  it('refuses an Office-encrypted xlsx (EncryptionInfo and EncryptedPackage in a compound file)', () => {
    expect(failure(() => readWorkbook(fixture('encrypted-crafted.xlsx'), 'encrypted-crafted.xlsx')).key).toBe('import.errors.encrypted');
    expect(sheetjsRead).not.toHaveBeenCalled();
  });

  it('refuses an xls that LibreOffice saved with a password', () => {
    expect(failure(() => readWorkbook(fixture('encrypted-lo.xls'), 'encrypted-lo.xls')).key).toBe('import.errors.encrypted');
  });
});

describe('zip bombs are refused before SheetJS inflates anything', () => {
  it('a directory claiming 600 MB', () => {
    const bomb = zip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: text('<worksheet/>'), claim: { usz: 600 * MB } },
    ]);
    expect(failure(() => readWorkbook(bomb, 'bomb.xlsx'))).toMatchObject({ key: 'import.errors.tooLargeExpanded', params: { limitMb: '500' } });
    expectUntouched();
  });

  it('a real entry of 20 MB of zeros compressed 1000:1', () => {
    const bomb = zip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'xl/sharedStrings.xml', data: new Uint8Array(20 * MB) },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    expect(failure(() => readWorkbook(bomb, 'bomb.xlsx')).key).toBe('import.errors.tooLargeExpanded');
    expectUntouched();
  });

  it('a streamed entry (no size in its local header) whose directory claims too much', () => {
    const bomb = zip([{ name: 'xl/workbook.xml', data: text('<workbook/>'), streamed: true, claim: { usz: 900 * MB } }]);
    expect(failure(() => readWorkbook(bomb, 'bomb.xlsx')).key).toBe('import.errors.tooLargeExpanded');
    expectUntouched();
  });

  it('more than 10,000 entries', () => {
    const many = zip(Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/media/${i}.bin`, data: new Uint8Array(1), deflate: false })));
    expect(failure(() => readWorkbook(many, 'many.xlsx')).key).toBe('import.errors.tooLargeExpanded');
    expectUntouched();
  });

  it('a local header that disagrees with the directory (4 GB where the directory says 11 bytes)', () => {
    const lying = zip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'xl/workbook.xml', data: text('<workbook/>'), claim: { localUsz: 0xffff_fff0 } },
    ]);
    expect(failure(() => readWorkbook(lying, 'lying.xlsx')).key).toBe('import.errors.corrupt');
    expectUntouched();
  });

  it('still opens a real xlsx rewritten as a streamed zip (sizes only in data descriptors)', () => {
    const original = fixture('participants-sheetjs.xlsx');
    const streamed = zip(entriesOf(original).map((entry) => ({ ...entry, streamed: true })));
    const sheet = readSheet(streamed, 'streamed.xlsx', 'Participants');
    expect(sheet.rows).toEqual(readSheet(original, 'original.xlsx', 'Participants').rows);
    expect(sheet.rows[3]?.[1]).toBe('Αθηνά');
  });
});

describe('size limits', () => {
  it('refuses a file over 50 MB before reading it', () => {
    const failed = failure(() => readWorkbook(new Uint8Array(50 * MB + 1), 'huge.csv'));
    expect(failed).toMatchObject({ key: 'import.errors.fileTooLarge', params: { sizeMb: '50', limitMb: '50' } });
    expect(failure(() => readWorkbook(fixture('participants-en.csv'), 'p.csv', { maxFileBytes: 100 })).key).toBe('import.errors.fileTooLarge');
  });

  it('refuses a CSV of 1,000,001 rows, and accepts 1,000,000', () => {
    expect(failure(() => readWorkbook(text('a\n'.repeat(1_000_001)), 'rows.csv'))).toMatchObject({ key: 'import.errors.tooManyRows', params: { limit: 1_000_000 } });
    expect(readWorkbook(text('a\n'.repeat(1_000_000) + '\n\n'), 'rows.csv').sheets[0]?.rowCount).toBe(1_000_000);
  });

  it('refuses a CSV row of 501 columns, and accepts 500', () => {
    expect(failure(() => readWorkbook(text(`${'x,'.repeat(500)}x\n`), 'wide.csv'))).toMatchObject({ key: 'import.errors.tooManyColumns', params: { limit: 500 } });
    expect(readWorkbook(text(`${'x,'.repeat(499)}x\n`), 'wide.csv').sheets[0]?.columnCount).toBe(500);
  });

  it('refuses a CSV field over 10 MB, naming the cell', () => {
    const csv = text(`Name,Notes\nAthina,${'x'.repeat(10 * MB + 1)}\n`);
    expect(failure(() => readWorkbook(csv, 'big.csv'))).toMatchObject({ key: 'import.errors.cellTooLarge', params: { sheet: 'big', cell: 'B2', limitMb: '10' } });
  });

  it('refuses a workbook sheet over the row limit (read no further than one row past it)', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(Array.from({ length: 30 }, (_, i) => [`Person ${i}`])), 'People');
    const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
    expect(failure(() => readWorkbook(bytes, 'p.xlsx', { maxRows: 29 }))).toMatchObject({ key: 'import.errors.tooManyRows', params: { sheet: 'People', limit: 29 } });
    expect(readWorkbook(bytes, 'p.xlsx', { maxRows: 30 }).sheets[0]?.rowCount).toBe(30);
  });

  it('refuses a workbook sheet of 501 columns', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([Array.from({ length: 501 }, (_, i) => `Column ${i}`)]), 'Wide');
    const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
    expect(failure(() => readWorkbook(bytes, 'wide.xlsx'))).toMatchObject({ key: 'import.errors.tooManyColumns', params: { sheet: 'Wide', limit: 500 } });
  });
});

describe('damaged and unsupported files', () => {
  it('calls a truncated xlsx corrupt', () => {
    expect(failure(() => readWorkbook(fixture('corrupt-truncated.xlsx'), 'corrupt-truncated.xlsx')).key).toBe('import.errors.corrupt');
  });

  it('calls a truncated xls corrupt', () => {
    expect(failure(() => readWorkbook(fixture('participants-lo.xls').subarray(0, 3000), 'cut.xls')).key).toBe('import.errors.corrupt');
  });

  it('calls an xlsx without its workbook part corrupt, keeping SheetJS\'s error for the log', () => {
    const broken = zip(entriesOf(fixture('participants-sheetjs.xlsx')).filter((e) => e.name !== 'xl/workbook.xml'));
    const failed = failure(() => readWorkbook(broken, 'broken.xlsx'));
    expect(failed.key).toBe('import.errors.corrupt');
    expect(failed.cause).toBeInstanceOf(Error);
    expect(parseZip).toHaveBeenCalledOnce();
  });

  it.each([
    ['a PDF', text('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'PDF'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'PNG'],
    ['a JPEG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]), 'JPEG'],
    ['a Word document', zip([{ name: '[Content_Types].xml', data: text('<Types/>') }, { name: 'word/document.xml', data: text('<w:document/>') }]), 'Word'],
    ['an OpenDocument text', zip([{ name: 'mimetype', data: text('application/vnd.oasis.opendocument.text'), deflate: false }, { name: 'content.xml', data: text('<office:document-content/>') }]), 'OpenDocument Text'],
    ['a plain zip', zip([{ name: 'photos/lagos.jpg', data: text('not really') }]), 'ZIP'],
    ['a web page with no table saved as .xls (an export that gave the sign-in page)', text('<!DOCTYPE html><html><body><form action="/login"><input name="user"></form></body></html>'), 'HTML'],
  ])('names %s as not a spreadsheet', (_, bytes, format) => {
    expect(failure(() => readWorkbook(bytes, 'participants.xlsx'))).toMatchObject({ key: 'import.errors.unsupportedFormat', params: { format } });
    expect(sheetjsRead).not.toHaveBeenCalled();
  });

  it('calls binary bytes of no known kind unknown', () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(failure(() => readWorkbook(noise, 'participants.csv')).key).toBe('import.errors.unknownFormat');
  });
});

describe('empty files and sheets', () => {
  it('an empty workbook, an empty file and a CSV of blank lines', () => {
    expect(failure(() => readWorkbook(fixture('empty-sheetjs.xlsx'), 'empty-sheetjs.xlsx'))).toMatchObject({ key: 'import.errors.emptySheet', params: { sheet: 'empty-sheetjs.xlsx' } });
    expect(failure(() => readWorkbook(new Uint8Array(0), 'empty.csv')).key).toBe('import.errors.emptySheet');
    expect(failure(() => readWorkbook(text('\r\n\r\n;;;\r\n'), 'blank.csv')).key).toBe('import.errors.emptySheet');
  });

  it('an empty sheet of a workbook with data elsewhere is listed, and refused when chosen', () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), 'Notes');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Name'], ['Αθηνά']]), 'People');
    const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
    const opened = openWorkbook(bytes, 'two.xlsx');
    expect(opened.info.sheets).toEqual([{ name: 'Notes', rowCount: 0, columnCount: 0 }, { name: 'People', rowCount: 2, columnCount: 1 }]);
    expect(failure(() => opened.sheet('Notes'))).toMatchObject({ key: 'import.errors.emptySheet', params: { sheet: 'Notes' } });
    expect(failure(() => opened.sheet('Sheet9'))).toMatchObject({ key: 'import.errors.sheetNotFound', params: { sheet: 'Sheet9' } });
    expect(failure(() => readSheet(bytes, 'two.xlsx', 'Notes')).key).toBe('import.errors.emptySheet');
  });
});

describe('hostile headers', () => {
  it('headers named __proto__ and constructor stay cells and pollute nothing', () => {
    const csv = text('__proto__,constructor,prototype,polluted\n{"polluted":true},x,y,yes\n');
    const sheet = readSheet(csv, 'proto.csv', 'proto');
    expect(sheet.rows).toEqual([['__proto__', 'constructor', 'prototype', 'polluted'], ['{"polluted":true}', 'x', 'y', 'yes']]);

    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['__proto__', 'constructor', 'polluted'], ['a', 'b', 'c']]), 'hasOwnProperty');
    const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }));
    expect(readSheet(bytes, 'proto.xlsx', 'hasOwnProperty').rows[0]).toEqual(['__proto__', 'constructor', 'polluted']);

    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
