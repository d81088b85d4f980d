/**
 * Reads and checks every row of the sheet (buildPreview) off the page's thread,
 * and keeps the sheet and the whole preview here: the page gets the counts and
 * the row index lists, and asks for the rows it shows, edits and plans.
 * Pure work on the data it is sent: no database, no network.
 */
import { buildPreview, editCell, setRowSkipped, type Preview } from '../../../../shared/io/import-rows';
import { matchInputOf } from '../match/match-input';
import { rejectedRows } from '../finish/rejected';
import { withDisplayedNumbers, type SheetWithDisplay } from '../state/displayed-numbers';
import { planRows } from '../state/plan';
import type { PreviewReply, PreviewRequest } from './preview-messages';
import { summarize, summaryTransfer } from './preview-summary';

type WorkerScope = {
  postMessage: (reply: PreviewReply, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;
let preview: Preview | undefined;
// The sheet's rows as they come in parts, before 'build'.
const parts: { rows: SheetWithDisplay['rows']; formatted: NonNullable<SheetWithDisplay['formatted']>[number][] } = { rows: [], formatted: [] };
/** Plan rows per message: each is read on the page as a short task. */
const PLAN_CHUNK = 5000;

function current(): Preview {
  if (!preview) throw new Error('No preview has been built.');
  return preview;
}

function edited(id: number, next: Preview, index: number): void {
  preview = next;
  const summary = summarize(next);
  scope.postMessage({ id, type: 'edited', summary, index, row: next.rows[index]! }, summaryTransfer(summary));
}

scope.onmessage = (event) => {
  const request = event.data;
  const { id } = request;
  try {
    switch (request.type) {
      case 'sheetPart': {
        const start = parts.rows.length;
        for (const row of request.rows) parts.rows.push(row);
        request.formatted?.forEach((shown, i) => (parts.formatted[start + i] = shown));
        return;
      }
      case 'build': {
        const sheet: SheetWithDisplay = { ...request.sheet, rows: request.sheet.rows.length > 0 ? request.sheet.rows : parts.rows };
        if (parts.formatted.length > 0) sheet.formatted = parts.formatted;
        const shown = withDisplayedNumbers(sheet, request.mapping);
        preview = buildPreview(shown, request.headerRow, request.mapping, request.groupRow === undefined ? {} : { groupRow: request.groupRow });
        const summary = summarize(preview);
        scope.postMessage({ id, type: 'built', summary }, summaryTransfer(summary));
        return;
      }
      case 'rows': {
        const rows = current().rows;
        scope.postMessage({ id, type: 'rows', rows: request.indexes.flatMap((i): [number, (typeof rows)[number]][] => (rows[i] ? [[i, rows[i]]] : [])) });
        return;
      }
      case 'edit':
        return edited(id, editCell(current(), request.row, request.column, request.text), request.row);
      case 'skip':
        return edited(id, setRowSkipped(current(), request.row, request.skipped), request.row);
      case 'matchRows': {
        const rows = current().rows.flatMap((row, index) =>
          (row.status === 'ok' || row.status === 'warning') && row.person ? [{ row: index, input: matchInputOf(row.person) }] : [],
        );
        scope.postMessage({ id, type: 'matchRows', json: JSON.stringify(rows), count: rows.length });
        return;
      }
      case 'planRows': {
        const { rows, skippedRows, errorRows } = planRows(current(), request.decisions);
        for (let start = 0; start < rows.length || start === 0; start += PLAN_CHUNK) {
          const last = start + PLAN_CHUNK >= rows.length;
          scope.postMessage({ id, type: 'planRows', rows: rows.slice(start, start + PLAN_CHUNK), last, skippedRows, errorRows });
          if (last) break;
        }
        return;
      }
      case 'rejected':
        scope.postMessage({ id, type: 'rejected', rows: rejectedRows(current(), request.lang) });
        return;
    }
  } catch (error) {
    scope.postMessage({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
