import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDomainError } from '../../../shared/domain/errors';
import type { ReadProgress } from '../../../shared/io/sheet-read';
import { openSpreadsheet } from '../../../renderer/workers/spreadsheet-client';
import { createSpreadsheetHandler, type SheetMessage, type SpreadsheetReply, type SpreadsheetRequest } from '../../../renderer/workers/spreadsheet.worker';
import { fixture } from './reader-fixtures';

// The client and the worker's handler, joined by a stand-in for Worker that
// clones (and transfers) messages as a real one does. The real worker global
// is exercised by the end-to-end tests in Chromium.

class StandInWorker {
  onmessage: ((event: MessageEvent<SpreadsheetReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly posted: { message: SpreadsheetRequest; transferred: number }[] = [];
  terminated = false;
  private readonly handle = createSpreadsheetHandler((reply) => {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<SpreadsheetReply>);
    }, 0);
  });

  constructor(private readonly answers: boolean) {}

  postMessage(message: SpreadsheetRequest, transfer: Transferable[] = []): void {
    this.posted.push({ message, transferred: transfer.length });
    const received = structuredClone(message, { transfer });
    if (this.answers) setTimeout(() => this.handle(received), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function open(name: string, answers = true, options: Parameters<typeof openSpreadsheet>[2] = {}) {
  const worker = new StandInWorker(answers);
  const bytes = fixture(name);
  const handle = openSpreadsheet(bytes, name, { ...options, createWorker: () => worker as unknown as Worker });
  return { worker, bytes, handle };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the spreadsheet client', () => {
  it('inspects, then reads a sheet without sending or parsing the file again', async () => {
    const { worker, bytes, handle } = open('participants-sheetjs.xlsx');
    const info = await handle.inspect();
    expect(info.sheets.map((s) => s.name)).toEqual(['Participants', 'Participants FR', 'Lists']);
    // The bytes were transferred, not copied: the page's buffer is now empty.
    expect(bytes.buffer.byteLength).toBe(0);
    const sheet = await handle.read('Participants FR');
    expect(sheet.rows[1]?.slice(1, 3)).toEqual(['Αθηνά', 'Παπαδοπούλου']);
    expect(worker.posted.map((p) => [p.message.type, p.transferred, p.message.bytes === undefined])).toEqual([['inspect', 1, false], ['read', 0, true]]);
    handle.cancel();
    expect(worker.terminated).toBe(true);
  });

  it('reads a sheet straight away, and another one after', async () => {
    const { handle } = open('lagos-training-lo.xlsx');
    expect((await handle.read('Inscripciones')).formulaCells).toBe(9);
    expect((await handle.read('Listas')).rows[1]).toEqual(['Grecia']);
  });

  it('gives the page the first rows, and posts the whole sheet on a port for another worker', async () => {
    const { worker, handle } = open('participants-sheetjs.xlsx');
    await handle.inspect();
    const head = await handle.head('Participants FR');
    const whole = await handle.read('Participants FR');
    expect(head.rows).toEqual(whole.rows.slice(0, head.rows.length));
    expect([head.rowCount, head.columnCount]).toEqual([whole.rows.length, Math.max(...whole.rows.map((row) => row.length))]);

    const channel = new MessageChannel();
    const received = new Promise<SheetMessage>((resolve) => (channel.port2.onmessage = (event) => resolve(event.data as SheetMessage)));
    await handle.send('Participants FR', channel.port1);
    expect(await received).toEqual({ sheet: whole });
    // The port went to the worker (transferred), with no bytes sent again.
    expect(worker.posted.at(-1)).toMatchObject({ message: { type: 'send', sheet: 'Participants FR' }, transferred: 1 });
    channel.port2.close();
  });

  it('tells the other worker too when the sheet cannot be sent', async () => {
    const { handle } = open('participants-sheetjs.xlsx');
    await handle.inspect();
    const channel = new MessageChannel();
    const received = new Promise<SheetMessage>((resolve) => (channel.port2.onmessage = (event) => resolve(event.data as SheetMessage)));
    await expect(handle.send('No such sheet', channel.port1)).rejects.toMatchObject({ key: 'import.errors.sheetNotFound' });
    expect(await received).toEqual({ key: 'import.errors.sheetNotFound', params: { sheet: 'No such sheet' } });
    channel.port2.close();
  });

  it('passes progress on', async () => {
    const seen: ReadProgress[] = [];
    const { handle } = open('participants-fr-excel.csv', true, { onProgress: (p) => seen.push(p) });
    await handle.inspect();
    expect(seen.map((p) => p.stage)).toEqual(['checking', 'parsing']);
  });

  it('rejects with the reader\'s DomainError key', async () => {
    const { handle } = open('encrypted-lo.xls');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error: unknown = await handle.inspect().catch((e: unknown) => e);
    expect(isDomainError(error) && error.key).toBe('import.errors.encrypted');
    // What SheetJS said is logged, never shown.
    expect(console.error).toHaveBeenCalled();
  });

  it('stops a parse that takes too long: the worker is terminated and the error says so', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { worker, handle } = open('participants-en.csv', false, { timeoutMs: 120_000 });
    const inspecting = handle.inspect();
    vi.advanceTimersByTime(119_999);
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(inspecting).rejects.toMatchObject({ key: 'import.errors.timeout', params: { seconds: 120 } });
    expect(worker.terminated).toBe(true);
    await expect(handle.read('participants-en')).rejects.toMatchObject({ key: 'import.errors.timeout' });
  });

  it('cancels: the worker is terminated and what was pending fails as cancelled', async () => {
    const { worker, handle } = open('participants-en.csv', false);
    const inspecting = handle.inspect();
    handle.cancel();
    await expect(inspecting).rejects.toMatchObject({ key: 'import.errors.cancelled' });
    expect(worker.terminated).toBe(true);
    await expect(handle.read('participants-en')).rejects.toMatchObject({ key: 'import.errors.cancelled' });
  });

  it('fails cleanly when the worker itself dies', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { worker, handle } = open('participants-en.csv', false);
    const inspecting = handle.inspect();
    worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
    await expect(inspecting).rejects.toMatchObject({ key: 'import.errors.workerFailed' });
    expect(worker.terminated).toBe(true);
  });
});
