/// <reference lib="webworker" />
// The spreadsheet worker: parses a partner's file off the page's thread, in a
// worker the page can terminate (a stuck or hostile file is killed, not
// waited on). One worker per opened file: it keeps the file's bytes and, after
// 'inspect', its parsed sheets, so reading a sheet does not parse again.
import { isDomainError } from '../../shared/domain/errors';
import {
  openWorkbook,
  type OpenedWorkbook,
  type ParsedSheet,
  type ReadLimits,
  type ReadProgress,
  type WorkbookInfo,
} from '../../shared/io/sheet-read';

/**
 * What the page asks. The file's bytes come (transferred, not copied) with the
 * first request; later requests may leave them out.
 */
export type SpreadsheetRequest =
  | { type: 'inspect'; id: number; bytes?: ArrayBuffer; fileName?: string; limits?: Partial<ReadLimits> }
  | { type: 'read'; id: number; sheet: string; bytes?: ArrayBuffer; fileName?: string; limits?: Partial<ReadLimits> };

/** What the worker answers: progress while it works, then the result or an error key for the user. */
export type SpreadsheetReply =
  | { type: 'progress'; id: number; progress: ReadProgress }
  | { type: 'info'; id: number; info: WorkbookInfo }
  | { type: 'sheet'; id: number; sheet: ParsedSheet }
  | { type: 'error'; id: number; key: string; params: Record<string, string | number> };

type FileState = { bytes?: Uint8Array; fileName: string; limits?: Partial<ReadLimits>; opened?: OpenedWorkbook };

/**
 * The worker's logic, apart from the worker global so it can be driven in
 * tests: answers each request through `post`, never throws.
 */
export function createSpreadsheetHandler(post: (reply: SpreadsheetReply) => void): (request: SpreadsheetRequest) => void {
  const file: FileState = { fileName: 'file' };

  return (request) => {
    const { id } = request;
    if (request.bytes) {
      file.bytes = new Uint8Array(request.bytes);
      file.opened = undefined;
    }
    if (request.fileName !== undefined) file.fileName = request.fileName;
    if (request.limits !== undefined) file.limits = request.limits;
    const onProgress = (progress: ReadProgress) => post({ type: 'progress', id, progress });
    try {
      if (request.type === 'inspect') {
        file.opened ??= openWorkbook(required(file.bytes), file.fileName, { limits: file.limits, onProgress });
        // Every sheet is extracted now: the bytes are no longer needed.
        file.bytes = undefined;
        post({ type: 'info', id, info: file.opened.info });
      } else {
        const opened = file.opened ?? openWorkbook(required(file.bytes), file.fileName, { limits: file.limits, onProgress, only: request.sheet });
        post({ type: 'sheet', id, sheet: opened.sheet(request.sheet) });
      }
    } catch (error) {
      if (isDomainError(error)) {
        // The user sees the key; the log keeps what the library said, stack included.
        if (error.cause !== undefined) console.error(`Spreadsheet ${file.fileName}: ${error.message}`, error.cause);
        post({ type: 'error', id, key: error.key, params: error.params });
      } else {
        console.error(`Spreadsheet ${file.fileName}: the reader failed`, error);
        post({ type: 'error', id, key: 'import.errors.workerFailed', params: {} });
      }
    }
  };
}

function required(bytes: Uint8Array | undefined): Uint8Array {
  if (!bytes) throw new Error('No file was sent to the spreadsheet worker');
  return bytes;
}

// Wire the handler to the worker global, only when running as a worker.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const handle = createSpreadsheetHandler((reply) => scope.postMessage(reply));
  scope.onmessage = (event: MessageEvent<SpreadsheetRequest>) => handle(event.data);
}
