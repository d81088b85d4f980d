#!/usr/bin/env node
// Regenerates the spreadsheet fixtures in test/fixtures/participants/.
//
//   node scripts/make-fixtures.mjs            # everything (needs LibreOffice: `soffice` on PATH)
//   node scripts/make-fixtures.mjs --no-lo    # only the files written here and by SheetJS
//   node scripts/make-fixtures.mjs --quirks   # only the producer-quirk files (make-fixtures-quirks.mjs)
//
// The point is several producers, as partners' files come from several:
//   - CSV and text files are written here byte by byte, as Excel (CSV UTF-8,
//     French "CSV (séparateur : point-virgule)" in Windows-1252, "Unicode text"
//     in UTF-16 LE), Google Sheets and a plain UTF-8 writer write them;
//   - LibreOffice Calc (Debian's libreoffice-calc, `soffice --headless
//     --convert-to`) converts a CSV and a hand-written flat OpenDocument file
//     (.fods: merged title, formulas, a hidden sheet) to xlsx, xls and ods, and
//     saves a password-protected xls through a Basic macro;
//   - SheetJS (the `xlsx` package the app reads with) writes xlsx and xlsb with
//     merges, formulas and number formats, and an empty workbook.
// LibreOffice 7.4 crashes when asked to encrypt an xlsx headless, so the
// encrypted xlsx is a compound file crafted with SheetJS's CFB utility, with
// the EncryptionInfo and EncryptedPackage streams Office writes (the content
// is random bytes: the reader must refuse it before decrypting anything).
// LibreOffice writes timestamps into its files, so a rerun changes bytes but
// not content. Every fixture stays under 50 KB.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { formattedFods, quirkFixtures } from './make-fixtures-quirks.mjs';

const OUT = path.resolve(import.meta.dirname, '../test/fixtures/participants');
const useLibreOffice = !process.argv.includes('--no-lo');
const onlyQuirks = process.argv.includes('--quirks');

/** The people every fixture holds (a subset where an encoding cannot hold a script). */
export const PEOPLE = [
  { id: '00123', first: 'Αθηνά', last: 'Παπαδοπούλου', email: 'athina.papadopoulou@example.gr', phone: '+30 210 000 0000', en: 'Greece', fr: 'Grèce', es: 'Grecia', org: 'Μουσείο Μπενάκη', arrival: '2022-11-20', days: 5 },
  { id: '00124', first: 'Văn An', last: 'Nguyễn', email: 'nguyen.van.an@example.vn', phone: '+84 24 0000 0000', en: 'Viet Nam', fr: 'Viêt Nam', es: 'Vietnam', org: 'Bảo tàng Lịch sử Quốc gia', arrival: '2022-11-20', days: 5 },
  { id: '00125', first: 'María José', last: 'García López', email: 'mj.garcia@example.es', phone: '+34 600 000 000', en: 'Spain', fr: 'Espagne', es: 'España', org: 'Museo Nacional del Prado', arrival: '2022-11-21', days: 4 },
  { id: '00126', first: 'Jean-Marc', last: 'Le Goff', email: 'jm.legoff@example.fr', phone: '06 00 00 00 00', en: 'France', fr: 'France', es: 'Francia', org: 'Musée de Bretagne', arrival: '2022-11-21', days: 4 },
  { id: '00127', first: 'Chinwe', last: 'Okafor', email: 'c.okafor@example.ng', phone: '+234 803 000 0000', en: 'Nigeria', fr: 'Nigéria', es: 'Nigeria', org: 'National Museum, Lagos', arrival: '2022-11-19', days: 5 },
  { id: '00128', first: 'Emeka', last: 'Obi', email: 'e.obi@example.ng', phone: '0803 000 0000', en: 'Nigeria', fr: 'Nigéria', es: 'Nigeria', org: 'Gidan Makama Museum, Kano', arrival: '2022-11-19', days: 5 },
  { id: '00129', first: 'ليلى', last: 'حداد', email: 'l.haddad@example.tn', phone: '+216 70 000 000', en: 'Tunisia', fr: 'Tunisie', es: 'Túnez', org: 'Musée national du Bardo', arrival: '2022-11-20', days: 5 },
  { id: '00130', first: '花子', last: '佐藤', email: 'hanako.sato@example.jp', phone: '+81 3 0000 0000', en: 'Japan', fr: 'Japon', es: 'Japón', org: '国立西洋美術館', arrival: '2022-11-21', days: 4 },
];

const EN_HEADER = ['Member no.', 'First name', 'Last name', 'Email', 'Phone', 'Country', 'Organisation', 'Arrival'];
const enRow = (p) => [p.id, p.first, p.last, p.email, p.phone, p.en, p.org, p.arrival];

// ---------- delimited text, byte by byte ----------

function csv(rows, delimiter, eol) {
  const field = (v) => {
    const s = String(v ?? '');
    return s.includes(delimiter) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((row) => row.map(field).join(delimiter)).join(eol) + eol;
}

// Windows-1252 differs from Latin-1 in 0x80–0x9F: the characters French text uses there.
const CP1252 = new Map([['€', 0x80], ['‚', 0x82], ['„', 0x84], ['…', 0x85], ['Š', 0x8a], ['Œ', 0x8c], ['Ž', 0x8e], ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['•', 0x95], ['–', 0x96], ['—', 0x97], ['™', 0x99], ['š', 0x9a], ['œ', 0x9c], ['ž', 0x9e], ['Ÿ', 0x9f]]);

function windows1252(text) {
  return Buffer.from([...text].map((ch) => {
    const code = ch.codePointAt(0);
    if (CP1252.has(ch)) return CP1252.get(ch);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`${ch} has no Windows-1252 byte`);
  }));
}

const write = (name, bytes) => writeFileSync(path.join(OUT, name), bytes);

function textFixtures() {
  const en = [EN_HEADER, ...PEOPLE.map(enRow)];
  // A plain UTF-8 writer: comma, LF, no BOM.
  write('participants-en.csv', Buffer.from(csv(en, ',', '\n'), 'utf8'));
  // Excel's "CSV UTF-8 (comma delimited)": a BOM and CRLF.
  write('participants-en-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(en, ',', '\r\n'), 'utf8')]));
  // Excel's "Unicode text": UTF-16 LE with a BOM, tabs, CRLF.
  write('participants-unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(en, '\t', '\r\n'), 'utf16le')]));
  // French Excel's "CSV (séparateur : point-virgule)": Windows-1252, semicolons, CRLF, day-first dates.
  // Only people whose names Windows-1252 can hold; commas inside unquoted fields, as Excel leaves them.
  const fr = [
    ['N° adhérent', 'Prénom', 'Nom', 'Courriel', 'Téléphone', 'Pays', 'Organisme', 'Arrivée', 'Adresse'],
    ['00125', 'María José', 'García López', 'mj.garcia@example.es', '+34 600 000 000', 'Espagne', 'Museo Nacional del Prado', '21/11/2022', 'Calle de Ruiz de Alarcón, 23, Madrid'],
    ['00126', 'Jean-Marc', 'Le Goff', 'jm.legoff@example.fr', '06 00 00 00 00', 'France', 'Musée de Bretagne', '21/11/2022', '10, cours des Alliés, Rennes'],
    ['00127', 'Chinwe', 'Okafor', 'c.okafor@example.ng', '+234 803 000 0000', 'Nigéria', 'National Museum, Lagos', '19/11/2022', 'Onikan, Lagos'],
    ['00128', 'Emeka', 'Obi', 'e.obi@example.ng', '0803 000 0000', 'Nigéria', 'Gidan Makama Museum, Kano', '19/11/2022', 'Emir’s Palace Road, Kano'],
    ['00131', 'Anaïs', 'Lœvenbruck', 'anais.loevenbruck@example.fr', '01 40 00 00 00', 'France', 'Musée d’Orsay – Service des publics', '20/11/2022', '1, rue de la Légion d’Honneur, Paris'],
    ['00132', 'Zoé', 'Lefèvre', 'zoe.lefevre@example.be', '+32 2 000 00 00', 'Belgique', 'Musées royaux des Beaux-Arts', '20/11/2022', 'Rue de la Régence, 3, Bruxelles'],
  ];
  write('participants-fr-excel.csv', windows1252(csv(fr, ';', '\r\n')));
  // Google Sheets' "Comma-separated values": UTF-8, no BOM, CRLF between records; quoted
  // fields hold commas, doubled quotes and line breaks (LF) typed with Alt+Enter.
  const google = [
    [...EN_HEADER, 'Notes'],
    ...PEOPLE.map((p, i) => [...enRow(p), [
      'Arrives 20 Nov, leaves 25 Nov',
      'Needs a visa letter\nSpeaks "basic" English',
      '',
      'Vegetarian, no nuts',
      'Presenter, day 2\nBrings posters',
      '',
      'Needs a visa letter',
      'Interpreter: FR → EN',
    ][i]]),
  ];
  write('participants-google.csv', Buffer.from(csv(google, ',', '\r\n'), 'utf8'));
  // Spanish headers in a tab-separated file (UTF-8, LF).
  const es = [['Nº de socio', 'Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'País', 'Institución', 'Llegada'], ...PEOPLE.map((p) => [p.id, p.first, p.last, p.email, p.phone, p.es, p.org, p.arrival])];
  write('participants-es.tsv', Buffer.from(csv(es, '\t', '\n'), 'utf8'));
}

// ---------- SheetJS ----------

const serial = (iso) => (Date.UTC(...iso.split('-').map((n, i) => Number(n) - (i === 1 ? 1 : 0))) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A workbook as a partner's Excel would hold it: title, two-row header, formats, formulas, a hidden sheet. */
function sheetjsWorkbook() {
  const title = 'Regional training — Lagos, 21–25 November 2022';
  const aoa = [
    [title],
    ['Member no.', 'Participant', null, 'Contact', null, 'Country', 'Organisation', 'Arrival', 'Days', 'Per diem (EUR)'],
    [null, 'First name', 'Last name', 'Email', 'Phone'],
  ];
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  PEOPLE.forEach((p, i) => {
    const r = i + 3;
    const at = (c) => XLSX.utils.encode_cell({ r, c });
    const cells = [
      { t: 's', v: p.id }, { t: 's', v: p.first }, { t: 's', v: p.last }, { t: 's', v: p.email },
      // Excel turned Emeka's phone into a number; a custom format still shows the zero.
      p.first === 'Emeka' ? { t: 'n', v: 8030000000, z: '0000 000 0000' } : { t: 's', v: p.phone },
      { t: 's', v: p.en }, { t: 's', v: p.org },
      { t: 'n', v: serial(p.arrival), z: 'dd/mm/yyyy' },
      { t: 'n', v: p.days },
      { t: 'n', v: p.days * 40, f: `I${r + 1}*40` },
    ];
    cells.forEach((cell, c) => { ws[at(c)] = cell; });
  });
  const totalRow = PEOPLE.length + 3;
  ws[XLSX.utils.encode_cell({ r: totalRow, c: 0 })] = { t: 's', v: 'Total' };
  ws[XLSX.utils.encode_cell({ r: totalRow, c: 9 })] = { t: 'n', v: PEOPLE.reduce((s, p) => s + p.days * 40, 0), f: `SUM(J4:J${totalRow})` };
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: totalRow, c: 9 } });
  ws['!merges'] = [
    XLSX.utils.decode_range('A1:J1'), XLSX.utils.decode_range('B2:C2'), XLSX.utils.decode_range('D2:E2'),
    ...['A', 'F', 'G', 'H', 'I', 'J'].map((c) => XLSX.utils.decode_range(`${c}2:${c}3`)),
  ];

  const fr = XLSX.utils.aoa_to_sheet([
    ['N° adhérent', 'Prénom', 'Nom', 'Courriel', 'Téléphone', 'Pays', 'Organisme'],
    ...PEOPLE.map((p) => [p.id, p.first, p.last, p.email, p.phone, p.fr, p.org]),
  ]);
  const lists = XLSX.utils.aoa_to_sheet([['Country'], ...[...new Set(PEOPLE.map((p) => p.en))].map((c) => [c])]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Participants');
  XLSX.utils.book_append_sheet(wb, fr, 'Participants FR');
  XLSX.utils.book_append_sheet(wb, lists, 'Lists');
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 0 }, { Hidden: 1 }] };
  return wb;
}

function sheetjsFixtures() {
  const wb = sheetjsWorkbook();
  write('participants-sheetjs.xlsx', XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true }));
  write('participants-sheetjs.xlsb', XLSX.write(wb, { bookType: 'xlsb', type: 'buffer', compression: true }));
  const empty = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(empty, XLSX.utils.aoa_to_sheet([]), 'Sheet1');
  write('empty-sheetjs.xlsx', XLSX.write(empty, { bookType: 'xlsx', type: 'buffer', compression: true }));
  write('encrypted-crafted.xlsx', encryptedPackage());
}

/** A compound file shaped like Office's password protection (Agile encryption 4.4), with random "ciphertext". */
function encryptedPackage() {
  const cfb = XLSX.CFB.utils.cfb_new();
  const descriptor = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>', 'utf8');
  const info = Buffer.concat([Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]), descriptor]);
  const size = Buffer.alloc(8);
  size.writeUInt32LE(4096, 0);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.concat([size, randomBytes(4096)]));
  XLSX.CFB.utils.cfb_add(cfb, '/\u0006DataSpaces/Version', Buffer.from('<not needed by the reader>'));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }));
}

// ---------- LibreOffice ----------

function libreOfficeFixtures() {
  const work = mkdtempSync(path.join(tmpdir(), 'td-fixtures-'));
  const profile = `file://${path.join(work, 'profile')}`;
  const soffice = (args) => execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { cwd: work, stdio: 'pipe', timeout: 120_000, killSignal: 'SIGKILL' });
  try {
    // A sheet whose columns and rows were formatted whole, saved by Calc as ods.
    const formatted = path.join(work, 'formatted-lo.fods');
    writeFileSync(formatted, formattedFods({ people: PEOPLE, header: EN_HEADER, row: enRow }));
    soffice(['--convert-to', 'ods', '--outdir', path.join(work, 'out'), formatted]);
    copyFileSync(path.join(work, 'out', 'formatted-lo.ods'), path.join(OUT, 'formatted-lo.ods'));
    if (onlyQuirks) return;
    // A partner's CSV opened in Calc with Member no. and Phone as text and Arrival as a Y-M-D date,
    // then saved as xlsx, xls and ods.
    const source = path.join(work, 'participants-lo.csv');
    writeFileSync(source, csv([EN_HEADER, ...PEOPLE.map(enRow)], ',', '\n'));
    for (const format of ['xlsx', 'xls', 'ods']) {
      soffice(['--infilter=CSV:44,34,76,1,1/2/2/1/3/1/4/1/5/2/6/1/7/1/8/5', '--convert-to', format, '--outdir', path.join(work, 'out'), source]);
      copyFileSync(path.join(work, 'out', `participants-lo.${format}`), path.join(OUT, `participants-lo.${format}`));
    }
    // A hand-written flat OpenDocument sheet (Spanish headers, merged title, formulas, hidden sheet).
    const fods = path.join(work, 'lagos-training-lo.fods');
    writeFileSync(fods, lagosFods());
    for (const format of ['xlsx', 'xls', 'ods']) {
      soffice(['--convert-to', format, '--outdir', path.join(work, 'out'), fods]);
      copyFileSync(path.join(work, 'out', `lagos-training-lo.${format}`), path.join(OUT, `lagos-training-lo.${format}`));
    }
    // A password-protected xls ("secret"), saved by a Basic macro in the throwaway profile.
    mkdirSync(path.join(work, 'profile/user/basic/Standard'), { recursive: true });
    writeFileSync(path.join(work, 'profile/user/basic/Standard/Module1.xba'), SAVE_WITH_PASSWORD);
    const target = path.join(work, 'out', 'encrypted-lo.xls');
    soffice([`macro:///Standard.Module1.SaveWithPassword("${source}","${target}","MS Excel 97")`]);
    copyFileSync(target, path.join(OUT, 'encrypted-lo.xls'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const SAVE_WITH_PASSWORD = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub SaveWithPassword(src As String, dst As String, filterName As String)
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = &quot;Hidden&quot;
  loadArgs(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, loadArgs())
  Dim storeArgs(1) As New com.sun.star.beans.PropertyValue
  storeArgs(0).Name = &quot;FilterName&quot;
  storeArgs(0).Value = filterName
  storeArgs(1).Name = &quot;Password&quot;
  storeArgs(1).Value = &quot;secret&quot;
  doc.storeToURL(ConvertToURL(dst), storeArgs())
  doc.close(True)
End Sub
</script:module>
`;

const xml = (s) => String(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const text = (s) => `<table:table-cell office:value-type="string"><text:p>${xml(s)}</text:p></table:table-cell>`;
const float = (n, formula) => `<table:table-cell${formula ? ` table:formula="${xml(formula)}"` : ''} office:value-type="float" office:value="${n}"><text:p>${n}</text:p></table:table-cell>`;
const date = (iso) => `<table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="${iso}"><text:p>${iso}</text:p></table:table-cell>`;
const row = (cells) => `<table:table-row>${cells.join('')}</table:table-row>`;

function lagosFods() {
  const people = PEOPLE.map((p, i) => row([text(p.id), text(p.first), text(p.last), text(p.email), text(p.phone), text(p.es), date(p.arrival), float(p.days), float(p.days * 40, `of:=[.H${i + 3}]*40`)]));
  const last = PEOPLE.length + 2;
  const total = row([text('Total'), ...Array.from({ length: 7 }, () => '<table:table-cell/>'), float(PEOPLE.reduce((s, p) => s + p.days * 40, 0), `of:=SUM([.I3:.I${last}])`)]);
  const countries = [...new Set(PEOPLE.map((p) => p.es))].map((c) => row([text(c)]));
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="ta_hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
<number:date-style style:name="N_DATE"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_DATE"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Inscripciones">
${row([`<table:table-cell table:number-columns-spanned="9" office:value-type="string"><text:p>Formación regional — Lagos, 21–25 de noviembre de 2022</text:p></table:table-cell>`, ...Array.from({ length: 8 }, () => '<table:covered-table-cell/>')])}
${row(['Nº de socio', 'Nombre', 'Apellidos', 'Correo electrónico', 'Teléfono', 'País', 'Llegada', 'Días', 'Viáticos (EUR)'].map(text))}
${people.join('\n')}
${total}
</table:table>
<table:table table:name="Listas" table:style-name="ta_hidden">
${row([text('País')])}
${countries.join('\n')}
</table:table>
</office:spreadsheet></office:body></office:document>
`;
}

// ---------- derived ----------

function derivedFixtures() {
  // A download cut short: the first 60% of a real xlsx (its zip directory is missing).
  const whole = readFileSync(path.join(OUT, 'participants-sheetjs.xlsx'));
  write('corrupt-truncated.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6)));
}

mkdirSync(OUT, { recursive: true });
if (!onlyQuirks) {
  textFixtures();
  sheetjsFixtures();
}
if (useLibreOffice) libreOfficeFixtures();
if (!onlyQuirks) derivedFixtures();
const quirks = quirkFixtures({ people: PEOPLE, header: EN_HEADER, row: enRow, csv });
for (const [name, bytes] of quirks) write(name, bytes);
const names = [...quirks.map(([name]) => name), ...(useLibreOffice ? ['formatted-lo.ods'] : []), ...(onlyQuirks ? [] : ['participants-en.csv', 'participants-en-bom.csv', 'participants-unicode.txt', 'participants-fr-excel.csv', 'participants-google.csv', 'participants-es.tsv', 'participants-sheetjs.xlsx', 'participants-sheetjs.xlsb', 'empty-sheetjs.xlsx', 'encrypted-crafted.xlsx', 'corrupt-truncated.xlsx', ...(useLibreOffice ? ['participants-lo.xlsx', 'participants-lo.xls', 'participants-lo.ods', 'lagos-training-lo.xlsx', 'lagos-training-lo.xls', 'lagos-training-lo.ods', 'encrypted-lo.xls'] : [])])];
for (const name of names) {
  const size = statSync(path.join(OUT, name)).size;
  if (size > 50_000) throw new Error(`${name} is ${size} bytes: fixtures stay under 50 KB`);
  console.log(`${name.padEnd(28)} ${String(size).padStart(6)} bytes`);
}
