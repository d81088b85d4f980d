/**
 * Reads and checks every row of the sheet (buildPreview) off the page's thread,
 * and keeps the sheet and the whole preview here: the sheet comes straight
 * from the reader worker through a port; the page gets the counts and the row
 * index lists, and asks for the rows it shows, edits and plans.
 * Pure work on the data it is sent: no database, no network.
 */
import { DomainError } from '../../../../shared/domain/errors';
import type { ParsedSheet } from '../../../../shared/io/sheet-read';
import type { SheetMessage } from '../../../workers/spreadsheet.worker';
import { buildPreview, editCell, setRowSkipped, type Preview } from '../../../../shared/io/import-rows';
import { matchInputOf } from '../match/match-input';
import { rejectedRows } from '../finish/rejected';
import { withDisplayedNumbers } from '../state/displayed-numbers';
import { planRows } from '../state/plan';
import type { PreviewReply, PreviewRequest } from './preview-messages';
import { summarize, summaryTransfer } from './preview-summary';

type WorkerScope = {
  postMessage: (reply: PreviewReply, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
};

const scope = self as unknown as WorkerScope;
let preview: Preview | undefined;
// The whole sheet, once the reader worker has posted it on the port ('sheetFrom').
let sheet: Promise<ParsedSheet> = Promise.reject(new Error('No sheet was sent to the preview worker.'));
sheet.catch(() => undefined);
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

function receive(port: MessagePort): Promise<ParsedSheet> {
  return new Promise((resolve, reject) => {
    port.onmessage = (event: MessageEvent<SheetMessage>) => {
      port.close();
      const message = event.data;
      if ('sheet' in message) resolve(message.sheet);
      else reject(new DomainError(message.key, message.params, `The sheet could not be read (${message.key}).`));
    };
  });
}

function failed(id: number, error: unknown): void {
  const key = error instanceof DomainError ? { key: error.key, params: error.params } : {};
  scope.postMessage({ id, type: 'failed', message: error instanceof Error ? error.message : String(error), ...key });
}

async function build(id: number, request: Extract<PreviewRequest, { type: 'build' }>): Promise<void> {
  try {
    const shown = withDisplayedNumbers(await sheet, request.mapping);
    preview = buildPreview(shown, request.headerRow, request.mapping, request.groupRow === undefined ? {} : { groupRow: request.groupRow });
    const summary = summarize(preview);
    scope.postMessage({ id, type: 'built', summary }, summaryTransfer(summary));
  } catch (error) {
    failed(id, error);
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  const { id } = request;
  try {
    switch (request.type) {
      case 'sheetFrom':
        sheet = receive(request.port);
        sheet.catch(() => undefined);
        return;
      case 'build':
        void build(id, request);
        return;
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
        request.port.postMessage(JSON.stringify(rows));
        request.port.close();
        scope.postMessage({ id, type: 'matchRows', count: rows.length });
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
    failed(id, error);
  }
};
