import { DomainError } from '../../shared/domain/errors';
import type { SheetHead } from '../../shared/io/sheet-head';
import type { ParsedSheet, ReadLimits, ReadProgress, WorkbookInfo } from '../../shared/io/sheet-read';
import type { SpreadsheetReply, SpreadsheetRequest } from './spreadsheet.worker';
import { warmWorker } from './warm';

/** An opened spreadsheet: describe it, read a sheet, or stop (and free the worker). */
export type SpreadsheetHandle = {
  /** Format, sheets (name, rows, columns, hidden), encoding and delimiter for text. */
  inspect(): Promise<WorkbookInfo>;
  /** One sheet's rows, merges and formula count (after inspect, without parsing again). */
  read(sheet: string): Promise<ParsedSheet>;
  /** The first rows of a sheet and its size (sheetHead): what the page needs, without copying 100,000 rows. */
  head(sheet: string): Promise<SheetHead>;
  /** Posts the whole sheet on `port` (a SheetMessage) for another worker; resolves once it is sent. The port is transferred. */
  send(sheet: string, port: MessagePort): Promise<void>;
  /** Stops at once: terminates the worker; anything pending fails with 'import.errors.cancelled'. Also frees the worker when done. */
  cancel(): void;
};

/** Options of openSpreadsheet. */
export type OpenSpreadsheetOptions = {
  /** Each request's budget; past it the worker is terminated and the request fails with 'import.errors.timeout'. */
  timeoutMs?: number;
  limits?: Partial<ReadLimits>;
  onProgress?: (progress: ReadProgress) => void;
  /** For tests: how to start the worker. */
  createWorker?: () => Worker;
};

/** The watchdog's default budget for one request. */
export const DEFAULT_TIMEOUT_MS = 120_000;

// Omit distributed over the union: each request without its id.
type Unsent<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (reply: SpreadsheetReply) => void; reject: (error: DomainError) => void; timer: ReturnType<typeof setTimeout> };

/** The reader worker, started ahead when the import page opens (see warm.ts). */
export const spreadsheetWorker = warmWorker(() => new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module', name: 'spreadsheet' }));

/**
 * Opens a spreadsheet in its own worker, so the page stays responsive however
 * long the parse takes. The bytes are handed to the worker (transferred, not
 * copied): the caller must not use them afterwards. Errors are DomainErrors
 * with 'import.errors.*' keys. Call cancel() when done.
 */
export function openSpreadsheet(bytes: Uint8Array | ArrayBuffer, fileName: string, options: OpenSpreadsheetOptions = {}): SpreadsheetHandle {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let unsent: ArrayBuffer | undefined = transferable(bytes);
  let ended: DomainError | undefined;
  let nextId = 1;

  const end = (error: DomainError) => {
    ended ??= error;
    worker?.terminate();
    worker = undefined;
    for (const request of pending.values()) {
      clearTimeout(request.timer);
      request.reject(error);
    }
    pending.clear();
  };

  const receive = (reply: SpreadsheetReply) => {
    const request = pending.get(reply.id);
    if (!request) return;
    if (reply.type === 'progress') {
      options.onProgress?.(reply.progress);
      return;
    }
    clearTimeout(request.timer);
    pending.delete(reply.id);
    request.resolve(reply);
  };

  const start = (): Worker => {
    if (worker) return worker;
    const created = (options.createWorker ?? spreadsheetWorker.take)();
    created.onmessage = (event: MessageEvent<SpreadsheetReply>) => receive(event.data);
    created.onerror = (event) => {
      console.error(`Spreadsheet ${fileName}: the worker failed`, event.message);
      end(new DomainError('import.errors.workerFailed', {}, `The spreadsheet worker failed: ${event.message}`));
    };
    created.onmessageerror = () => end(new DomainError('import.errors.workerFailed', {}, 'A message from the spreadsheet worker could not be read.'));
    worker = created;
    return created;
  };

  const ask = (request: Unsent<SpreadsheetRequest>): Promise<SpreadsheetReply> => {
    if (ended) return Promise.reject(ended);
    const id = nextId++;
    const message: SpreadsheetRequest = { ...request, id };
    const transfer: Transferable[] = request.type === 'send' ? [request.port] : [];
    if (unsent) {
      Object.assign(message, { bytes: unsent, fileName, limits: options.limits });
      transfer.push(unsent);
      unsent = undefined;
    }
    return new Promise<SpreadsheetReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        const seconds = Math.round(timeoutMs / 1000);
        console.error(`Spreadsheet ${fileName}: no answer after ${seconds} s; the worker is stopped`);
        end(new DomainError('import.errors.timeout', { seconds }, `Reading the file took more than ${seconds} seconds.`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      start().postMessage(message, transfer);
    });
  };

  const result = <T extends SpreadsheetReply['type']>(type: T) => (reply: SpreadsheetReply): Extract<SpreadsheetReply, { type: T }> => {
    if (reply.type === 'error') throw new DomainError(reply.key, reply.params, `The spreadsheet could not be read (${reply.key}).`);
    if (reply.type !== type) throw new Error(`The spreadsheet worker answered ${reply.type} to a ${type} request`);
    return reply as Extract<SpreadsheetReply, { type: T }>;
  };

  return {
    inspect: () => ask({ type: 'inspect' }).then(result('info')).then((reply) => reply.info),
    read: (sheet) => ask({ type: 'read', sheet }).then(result('sheet')).then((reply) => reply.sheet),
    head: (sheet) => ask({ type: 'head', sheet }).then(result('head')).then((reply) => reply.head),
    send: (sheet, port) => ask({ type: 'send', sheet, port }).then(result('sent')).then(() => undefined),
    cancel: () => end(new DomainError('import.errors.cancelled', {}, 'Reading the file was cancelled.')),
  };
}

// The worker takes the whole buffer: a view on part of a larger buffer is copied first.
function transferable(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
  return bytes.slice().buffer;
}
