// Fixtures for real-world producer quirks, imported by make-fixtures.mjs.
//
// Partners' files come from many producers that are not Excel: web systems'
// "Export to Excel", streaming writers, reporting tools, old Macs. Each file
// here is what one such producer writes, kept small:
//   - xlsx written part by part (raw XML, zipped here) as streaming writers
//     write them: inline strings, no <dimension>, no sharedStrings or styles,
//     entries streamed with data descriptors; and as .NET's Open XML SDK writes
//     them, every element prefixed `x:` and no cell references;
//   - an xlsx whose <dimension> says A1 while the cells go to H40;
//   - an xlsx whose columns and rows were formatted whole (A1:XFD1048576,
//     styled empty rows and cells after the data);
//   - an ods with empty styled cells repeated 16,384 times across and
//     1,048,000 rows down, as LibreOffice writes a formatted column;
//   - ".xls" files that are an HTML table or SpreadsheetML 2003 XML;
//   - CSV from old Mac Excel (Mac Roman, CR line ends), with a trailing
//     delimiter on every line, and UTF-8 with one stray Windows-1252 byte.
import { Buffer } from 'node:buffer';
import { crc32, deflateRawSync } from 'node:zlib';
import { csvQuirks, htmlExport, spreadsheetMl, strayByteCsv } from './make-fixtures-text-quirks.mjs';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s) => String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * A zip written entry by entry. `stored` entries are not compressed (an
 * OpenDocument mimetype); `streamed` archives put sizes in data descriptors
 * after each entry, as writers that stream their output do.
 */
export function zip(entries, { streamed = false } = {}) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const { name, data, stored = false } of entries) {
    const bytes = Buffer.from(data);
    const body = stored ? bytes : deflateRawSync(bytes);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(bytes);
    const flags = streamed && !stored ? 0x0808 : 0x0800;
    const method = stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x5a21, 10); // 2025-01-01 10:09, a fixed time so reruns give the same bytes
    local.writeUInt16LE(0x5a21, 12);
    const inLocal = !(streamed && !stored);
    local.writeUInt32LE(inLocal ? crc : 0, 14);
    local.writeUInt32LE(inLocal ? body.length : 0, 18);
    local.writeUInt32LE(inLocal ? bytes.length : 0, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const descriptor = Buffer.alloc(inLocal ? 0 : 16);
    if (!inLocal) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(body.length, 8);
      descriptor.writeUInt32LE(bytes.length, 12);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(0x5a21, 12);
    header.writeUInt16LE(0x5a21, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(bytes.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, body, descriptor);
    central.push(header, nameBytes);
    offset += local.length + nameBytes.length + body.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The parts of a one-sheet xlsx around its worksheet XML; `prefix` writes every element as .NET does (`x:`). */
export function xlsxParts(sheetXml, { sharedStrings, styles, prefix = '', sheetName = 'Participants' } = {}) {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? `xmlns:${prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const overrides = [
    ['/xl/workbook.xml', 'sheet.main'],
    ['/xl/worksheets/sheet1.xml', 'worksheet'],
    ...(sharedStrings ? [['/xl/sharedStrings.xml', 'sharedStrings']] : []),
    ...(styles ? [['/xl/styles.xml', 'styles']] : []),
  ];
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="${prefix ? '/xl/' : ''}worksheets/sheet1.xml"/>`,
    ...(sharedStrings ? [`<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`] : []),
    ...(styles ? [`<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>`] : []),
  ];
  return [
    { name: '[Content_Types].xml', data: `${XML_HEAD}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`).join('')}</Types>` },
    { name: '_rels/.rels', data: `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `${XML_HEAD}<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets><${p}sheet name="${esc(sheetName)}" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: sharedStrings }] : []),
    ...(styles ? [{ name: 'xl/styles.xml', data: styles }] : []),
  ];
}

const column = (c) => {
  let name = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

/** An inline-string cell as streaming writers write it; `runs` writes rich text in several runs. */
const inlineCell = (ref, value, runs) => {
  const body = runs ? runs.map((t) => `<r><t xml:space="preserve">${esc(t)}</t></r>`).join('') : `<t>${esc(value)}</t>`;
  return `<c r="${ref}" t="inlineStr"><is>${body}</is></c>`;
};

/** The 39 people of the dimension fixture: PEOPLE over and over, each with a member number of their own. */
export function manyPeople(people, count) {
  return Array.from({ length: count }, (_, i) => ({ ...people[i % people.length], id: String(123 + i).padStart(5, '0') }));
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF99"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/**
 * The xlsx quirks. Returns [name, bytes] pairs. `formattedRows` sets how many
 * empty styled rows follow the data in formatted-whole-columns.xlsx (the test
 * builds the full 1,048,576 from the same function).
 */
export function xlsxQuirks({ people, header, row }) {
  const files = [];

  // A streaming writer (the kind web apps use to write big exports without holding them):
  // inline strings, numbers and booleans, rich text in runs, no dimension, no shared strings, no styles.
  const streamHeader = [...header, 'Days', 'Confirmed'];
  const streamRows = [
    `<row r="1">${streamHeader.map((h, c) => inlineCell(`${column(c)}1`, h)).join('')}</row>`,
    ...people.map((p, i) => {
      const r = i + 2;
      const cells = row(p).map((v, c) => (p.last === 'Le Goff' && c === 2 ? inlineCell(`C${r}`, v, ['Le ', 'Goff']) : inlineCell(`${column(c)}${r}`, v)));
      cells.push(`<c r="I${r}"><v>${p.days}</v></c>`, `<c r="J${r}" t="b"><v>${i % 3 === 0 ? 0 : 1}</v></c>`);
      return `<row r="${r}">${cells.join('')}</row>`;
    }),
  ];
  const streamSheet = `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>${streamRows.join('')}</sheetData></worksheet>`;
  files.push(['streaming-inline.xlsx', zip(xlsxParts(streamSheet), { streamed: true })]);

  // .NET's Open XML SDK as many report exports use it: every element `x:`-prefixed, inline strings,
  // no row or cell references (they are optional), an absolute relationship target.
  const sdkRows = [header, ...people.map(row)].map((cells) => `<x:row>${cells.map((v) => `<x:c t="inlineStr"><x:is><x:t>${esc(v)}</x:t></x:is></x:c>`).join('')}</x:row>`);
  const sdkSheet = `${XML_HEAD}<x:worksheet xmlns:x="${MAIN}"><x:sheetData>${sdkRows.join('')}</x:sheetData></x:worksheet>`;
  files.push(['openxml-sdk-prefixed.xlsx', zip(xlsxParts(sdkSheet, { prefix: 'x' }))]);

  // A writer that always says <dimension ref="A1"/>, whatever the cells: here A1:H40, shared strings.
  const many = manyPeople(people, 39);
  const strings = [];
  const index = new Map();
  const sst = (v) => {
    if (!index.has(v)) {
      index.set(v, strings.length);
      strings.push(v);
    }
    return index.get(v);
  };
  const dimRows = [header, ...many.map(row)].map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => `<c r="${column(c)}${r + 1}" t="s"><v>${sst(v)}</v></c>`).join('')}</row>`);
  const dimSheet = `${XML_HEAD}<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>${dimRows.join('')}</sheetData></worksheet>`;
  const sharedStrings = `${XML_HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  files.push(['dimension-a1.xlsx', zip(xlsxParts(dimSheet, { sharedStrings }))]);

  files.push(['formatted-whole-columns.xlsx', formattedWholeColumns({ people, header, row }, 2000)]);
  return files;
}

/**
 * An xlsx whose columns A:XFD were formatted whole (a fill and the Text format) and
 * whose rows were formatted down to `lastRow`: the dimension says A1:XFD1048576, every
 * row after the data is an empty styled <row>, and the data rows carry empty styled
 * cells to Z and one at XFD.
 */
export function formattedWholeColumns({ people, header, row }, emptyRows, lastRow = 1_048_576) {
  const strings = [];
  const sst = (v) => strings.push(v) - 1;
  const dataRows = [header, ...people.map(row)].map((cells, r) => {
    const filled = cells.map((v, c) => `<c r="${column(c)}${r + 1}" s="1" t="s"><v>${sst(v)}</v></c>`);
    const empty = Array.from({ length: 26 - cells.length }, (_, i) => `<c r="${column(cells.length + i)}${r + 1}" s="1"/>`);
    return `<row r="${r + 1}" spans="1:16384" s="1" customFormat="1">${filled.join('')}${empty.join('')}<c r="XFD${r + 1}" s="1"/></row>`;
  });
  const first = people.length + 2;
  const empties = [];
  for (let r = first; r < first + emptyRows; r++) empties.push(`<row r="${r}" spans="1:16384" s="1" customFormat="1"/>`);
  if (first + emptyRows <= lastRow) empties.push(`<row r="${lastRow}" spans="1:16384" s="1" customFormat="1"/>`);
  const sheet = `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:XFD${lastRow}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="16384" width="16" style="1" customWidth="1"/></cols><sheetData>${dataRows.join('')}${empties.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const sharedStrings = `${XML_HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  return zip(xlsxParts(sheet, { sharedStrings, styles: STYLES }));
}

const ODS_NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"';
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * An ods as LibreOffice (24.2 and later: 16,384 columns) writes a sheet whose columns were
 * formatted whole: a yellow fill on every column, each data row ending in empty cells
 * repeated to column XFD, then 1,048,000 empty rows of 16,384 styled cells, then the
 * rest of the sheet's rows. `rowsRepeated` and `columns` let a test vary the counts.
 */
export function formattedOds({ people, header, row }, { rowsRepeated = 1_048_000, columns = 16_384 } = {}) {
  const cell = (v) => `<table:table-cell table:style-name="ce1" office:value-type="string" calcext:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
  const rows = [header, ...people.map(row)].map((cells) => `<table:table-row table:style-name="ro1">${cells.map(cell).join('')}<table:table-cell table:style-name="ce1" table:number-columns-repeated="${columns - cells.length}"/></table:table-row>`);
  const used = people.length + 1;
  const rest = 1_048_576 - used - rowsRepeated;
  const content = `${XML_HEAD}<office:document-content ${ODS_NS} office:version="1.3"><office:automatic-styles><style:style style:name="co1" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="0.889in"/></style:style><style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style><style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffff99"/></style:style></office:automatic-styles><office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false"/><table:table table:name="Participants" table:style-name="ta1"><table:table-column table:style-name="co1" table:number-columns-repeated="${columns}" table:default-cell-style-name="ce1"/>${rows.join('')}<table:table-row table:style-name="ro1" table:number-rows-repeated="${rowsRepeated}"><table:table-cell table:style-name="ce1" table:number-columns-repeated="${columns}"/></table:table-row>${rest > 0 ? `<table:table-row table:style-name="ro1" table:number-rows-repeated="${rest}"><table:table-cell table:number-columns-repeated="${columns}"/></table:table-row>` : ''}</table:table><table:named-expressions/></office:spreadsheet></office:body></office:document-content>`;
  return odsZip(content);
}

/** An ods package around a content.xml: the mimetype stored first, a style sheet, a manifest. */
export function odsZip(content) {
  const parts = ['content.xml', 'styles.xml'].map((name) => `<manifest:file-entry manifest:full-path="${name}" manifest:media-type="text/xml"/>`).join('');
  const manifest = `${XML_HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${ODS_MIME}"/>${parts}</manifest:manifest>`;
  const styles = `${XML_HEAD}<office:document-styles ${ODS_NS} office:version="1.3"><office:styles><style:default-style style:family="table-cell"><style:paragraph-properties style:tab-stop-distance="0.5in"/></style:default-style><style:style style:name="Default" style:family="table-cell"/></office:styles></office:document-styles>`;
  return zip([
    { name: 'mimetype', data: ODS_MIME, stored: true },
    { name: 'content.xml', data: content },
    { name: 'styles.xml', data: styles },
    { name: 'META-INF/manifest.xml', data: manifest },
  ]);
}

/**
 * A flat OpenDocument sheet for LibreOffice to save as ods: the data, a fill on whole
 * columns A:C (a column default style) and on whole rows from 12 to the last one
 * (cells styled to the sheet's last column), as a person formats a sheet before
 * typing into it.
 */
export function formattedFods({ people, header, row }) {
  const cell = (v) => `<table:table-cell office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
  const rows = [header, ...people.map(row)].map((cells) => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${ODS_NS} office:version="1.3" office:mimetype="${ODS_MIME}">
<office:automatic-styles><style:style style:name="ce_fill" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff99"/></style:style></office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Participants">
<table:table-column table:default-cell-style-name="ce_fill" table:number-columns-repeated="3"/><table:table-column table:number-columns-repeated="5"/>
${rows.join('\n')}
<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
<table:table-row table:number-rows-repeated="${1_048_576 - people.length - 3}"><table:table-cell table:style-name="ce_fill" table:number-columns-repeated="16384"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document>
`;
}

/** Every quirk fixture written without LibreOffice, as [name, bytes] pairs. */
export function quirkFixtures(ctx) {
  return [
    ...xlsxQuirks(ctx),
    ['formatted-columns.ods', formattedOds(ctx)],
    ['web-export.xls', htmlExport(ctx)],
    ['spreadsheetml-2003.xls', spreadsheetMl(ctx)],
    ...csvQuirks(ctx),
    ['participants-stray-byte.csv', strayByteCsv(ctx)],
  ];
}
