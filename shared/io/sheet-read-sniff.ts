import { CFB } from 'xlsx';
import { readError } from './sheet-read-limits';
import { storedText, type CheckedZip } from './sheet-read-zip';

/**
 * What a file is, told by its content (a renamed file still opens; the
 * extension only breaks ties: .xlsm, .tsv). Anything that is not a
 * spreadsheet gets 'import.errors.unsupportedFormat' with a format name the
 * user recognises (PDF, PNG, Word…), or 'import.errors.unknownFormat'.
 */

/**
 * The formats the reader opens. Delimited text of any extension (csv, tsv, txt)
 * is 'csv'; a web page's tables (an "Export to Excel" .xls) 'html'; Excel 2003's
 * XML Spreadsheet (SpreadsheetML) 'xml'.
 */
export type SpreadsheetFormat = 'xlsx' | 'xlsm' | 'xlsb' | 'xls' | 'ods' | 'csv' | 'html' | 'xml';

/** The container a file's first bytes announce. */
export type Container = 'zip' | 'cfb' | 'biff' | 'text';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function unsupported(format: string): never {
  throw readError('import.errors.unsupportedFormat', { format }, `This is a ${format} file, not a spreadsheet.`);
}

// Formats people send by mistake, by their magic numbers.
const NOT_SPREADSHEETS: readonly [number[], string][] = [
  [ascii('%PDF'), 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [ascii('GIF8'), 'GIF'],
  [[0x49, 0x49, 0x2a, 0x00], 'TIFF'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'TIFF'],
  [[0x1f, 0x8b], 'gzip'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7-Zip'],
  [ascii('Rar!'), 'RAR'],
  [ascii('{\\rtf'), 'RTF'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32'],
];

/** The container of a file, from its first bytes; throws for known non-spreadsheets. */
export function sniffContainer(bytes: Uint8Array): Container {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, CFB_SIGNATURE)) return 'cfb';
  if (bytes[0] === 0x09 && (bytes[1] ?? 0xff) <= 0x08) return 'biff';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) unsupported('WebP');
  for (const [signature, format] of NOT_SPREADSHEETS) if (startsWith(bytes, signature)) unsupported(format);
  return 'text';
}

const ODS_TYPES = ['application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet-template'];

/** The spreadsheet format of a checked zip, from the names of its entries (as SheetJS decides, OpenDocument first). */
export function zipFormat(zip: CheckedZip, fileName: string): SpreadsheetFormat {
  const names = new Set(zip.entries.map((e) => e.name));
  if (names.has('META-INF/manifest.xml') || names.has('mimetype')) {
    const mimetype = storedText(zip, 'mimetype')?.trim();
    if (mimetype === undefined || ODS_TYPES.includes(mimetype)) return 'ods';
    unsupported(/text/.test(mimetype) ? 'OpenDocument Text' : /presentation/.test(mimetype) ? 'OpenDocument Presentation' : 'OpenDocument');
  }
  if (names.has('Index/Document.iwa') || names.has('Index.zip') || names.has('index.xml')) unsupported('Apple Numbers');
  if (names.has('[Content_Types].xml')) {
    if (names.has('xl/workbook.bin')) return 'xlsb';
    if ([...names].some((name) => name.startsWith('xl/'))) {
      return names.has('xl/vbaProject.bin') || /\.xlsm$/i.test(fileName) ? 'xlsm' : 'xlsx';
    }
    if ([...names].some((name) => name.startsWith('word/'))) unsupported('Word');
    if ([...names].some((name) => name.startsWith('ppt/'))) unsupported('PowerPoint');
  }
  return unsupported('ZIP');
}

/**
 * Checks an OLE compound file (CFB): Office password protection (an
 * EncryptionInfo/EncryptedPackage pair) → 'import.errors.encrypted'; a legacy
 * Excel workbook (a Workbook or Book stream) → 'xls'; a Word or PowerPoint
 * document → unsupported.
 */
export function checkCfb(bytes: Uint8Array): 'xls' {
  let paths: string[];
  try {
    paths = CFB.read(bytes, { type: 'buffer' }).FullPaths;
  } catch (error) {
    throw readError('import.errors.corrupt', {}, 'The compound file is damaged.', error);
  }
  const streams = new Set(paths.map((p) => p.slice(p.lastIndexOf('/', p.length - 2) + 1).replace(/\/$/, '')));
  if (streams.has('EncryptionInfo') || streams.has('EncryptedPackage')) {
    throw readError('import.errors.encrypted', {}, 'The file is protected by a password.');
  }
  if (streams.has('Workbook') || streams.has('Book')) return 'xls';
  if (streams.has('WordDocument')) unsupported('Word');
  if (streams.has('PowerPoint Document')) unsupported('PowerPoint');
  throw readError('import.errors.unknownFormat', {}, 'This compound file holds no workbook.');
}
