// The bench's stand-in for the wizard's parse and check steps, off the page's
// thread as the app does them: SheetJS reads the file, then the app's own
// import core (shared/io) finds the header, maps the columns and reads every
// row; the rows ready to import become a plan (all "create": the directory is
// empty) that goes back to the page in slices, never one big clone.
import * as XLSX from 'xlsx';
import { detectHeader, headerTexts } from '../../../shared/io/import-header';
import { saveMapping, suggestMapping } from '../../../shared/io/import-mapping';
import type { PlannedRow } from '../../../shared/io/import-plan';
import { buildPreview } from '../../../shared/io/import-rows';
import type { Cell, Sheet } from '../../../shared/io/sheet-types';
import type { PipelineReply, PipelineRequest } from './pipeline-messages';

type WorkerScope = {
  postMessage: (reply: PipelineReply) => void;
  onmessage: ((event: MessageEvent<PipelineRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;
const SLICE = 5_000;

function readSheet(bytes: ArrayBuffer): Sheet {
  const book = XLSX.read(new Uint8Array(bytes), { type: 'array', dense: true });
  const name = book.SheetNames[0];
  const sheet = name === undefined ? undefined : book.Sheets[name];
  if (!name || !sheet) throw new Error('The workbook has no sheet.');
  const rows = XLSX.utils.sheet_to_json<Cell[]>(sheet, { header: 1, raw: true, defval: null });
  return { name, rows };
}

scope.onmessage = ({ data }) => {
  try {
    const start = performance.now();
    const sheet = readSheet(data.bytes);
    const parsed = performance.now();
    const { headerRow, groupRow } = detectHeader(sheet);
    const headers = headerTexts(sheet, headerRow, groupRow);
    const mapping = suggestMapping(headers, sheet.rows.slice(headerRow + 1, headerRow + 101));
    const preview = buildPreview(sheet, headerRow, mapping, groupRow === undefined ? {} : { groupRow });
    const rows: PlannedRow[] = [];
    for (const row of preview.rows) {
      if ((row.status === 'ok' || row.status === 'warning') && row.person) {
        rows.push({ sheetRow: row.sheetRow + 1, person: row.person, enrolment: row.enrolment ?? {}, decision: { action: 'create' } });
      }
    }
    const timings = { parse_ms: parsed - start, preview_ms: performance.now() - parsed, rows: rows.length };
    const plan = {
      fileName: data.fileName,
      fileHash: data.fileHash,
      mapping: saveMapping('', mapping).columns,
      skippedRows: preview.counts.skipped,
      errorRows: preview.counts.errors,
    };
    scope.postMessage({ type: 'plan', plan, rowCount: rows.length, timings });
    for (let from = 0; from < rows.length; from += SLICE) scope.postMessage({ type: 'rows', rows: rows.slice(from, from + SLICE) });
    scope.postMessage({ type: 'end' });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};
