/// <reference lib="webworker" />
// The spreadsheet worker: parses a partner's file off the page's thread, in a
// worker the page can terminate (a stuck or hostile file is killed, not
// waited on). One worker per opened file: it keeps the file's bytes and, after
// 'inspect', its parsed sheets, so reading a sheet does not parse again. The
// page takes only a sheet's first rows ('head'); the whole sheet goes to the
// preview worker through a port ('send'), never through the page's thread.
import { isDomainError } from '../../shared/domain/errors';
import { sheetHead, type SheetHead } from '../../shared/io/sheet-head';
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
  | { type: 'read'; id: number; sheet: string; bytes?: ArrayBuffer; fileName?: string; limits?: Partial<ReadLimits> }
  | { type: 'head'; id: number; sheet: string; bytes?: ArrayBuffer; fileName?: string; limits?: Partial<ReadLimits> }
  /** The whole sheet posted on `port` (a SheetMessage), for another worker; the answer is 'sent'. */
  | { type: 'send'; id: number; sheet: string; port: MessagePort; bytes?: ArrayBuffer; fileName?: string; limits?: Partial<ReadLimits> };

/** What 'send' posts on its port, then closes it. */
export type SheetMessage = { sheet: ParsedSheet } | { key: string; params: Record<string, string | number> };

/** What the worker answers: progress while it works, then the result or an error key for the user. */
export type SpreadsheetReply =
  | { type: 'progress'; id: number; progress: ReadProgress }
  | { type: 'info'; id: number; info: WorkbookInfo }
  | { type: 'sheet'; id: number; sheet: ParsedSheet }
  | { type: 'head'; id: number; head: SheetHead }
  | { type: 'sent'; id: number }
  | { type: 'error'; id: number; key: string; params: Record<string, string | number> };

type FileState = { bytes?: Uint8Array; fileName: string; limits?: Partial<ReadLimits>; opened?: OpenedWorkbook; single: Map<string, OpenedWorkbook> };

/**
 * The worker's logic, apart from the worker global so it can be driven in
 * tests: answers each request through `post`, never throws.
 */
export function createSpreadsheetHandler(post: (reply: SpreadsheetReply) => void): (request: SpreadsheetRequest) => void {
  const file: FileState = { fileName: 'file', single: new Map() };

  return (request) => {
    const { id } = request;
    if (request.bytes) {
      file.bytes = new Uint8Array(request.bytes);
      file.opened = undefined;
      file.single.clear();
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
        // Without 'inspect' first, only the sheet asked for is parsed (and kept, for a 'send' after a 'head').
        const opened = file.opened ?? file.single.get(request.sheet) ?? openWorkbook(required(file.bytes), file.fileName, { limits: file.limits, onProgress, only: request.sheet });
        if (!file.opened) file.single.set(request.sheet, opened);
        const sheet = opened.sheet(request.sheet);
        if (request.type === 'read') post({ type: 'sheet', id, sheet });
        else if (request.type === 'head') post({ type: 'head', id, head: sheetHead(sheet) });
        else {
          send(request.port, { sheet });
          post({ type: 'sent', id });
        }
      }
    } catch (error) {
      const { key, params } = failure(error, file.fileName);
      if (request.type === 'send') send(request.port, { key, params });
      post({ type: 'error', id, key, params });
    }
  };
}

function send(port: MessagePort, message: SheetMessage): void {
  port.postMessage(message);
  port.close();
}

/** The key and params the user sees; the log keeps what the library said, stack included. */
function failure(error: unknown, fileName: string): { key: string; params: Record<string, string | number> } {
  if (isDomainError(error)) {
    if (error.cause !== undefined) console.error(`Spreadsheet ${fileName}: ${error.message}`, error.cause);
    return { key: error.key, params: error.params };
  }
  console.error(`Spreadsheet ${fileName}: the reader failed`, error);
  return { key: 'import.errors.workerFailed', params: {} };
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
