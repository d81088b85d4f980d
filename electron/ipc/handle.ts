import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { InvokeChannel } from '../../shared/ipc/channels';
import { INVOKE_CONTRACT, type InvokePayload, type InvokeResult } from '../../shared/ipc/contract';
import { isTrustedUrl } from '../app-origin';

/**
 * The one gate every renderer → main call passes: check who is calling, parse
 * what they sent, then run the handler. A renderer can be compromised (a
 * malicious spreadsheet, a bug), so nothing reaches a handler unchecked.
 */

/** The parts of an IPC event the gate reads; real events and test fakes both fit. */
export type SenderEvent = {
  senderFrame: { readonly url: string; readonly parent?: unknown } | null;
};

/** A capability's handler: a parsed payload in, a contract result out. */
export type InvokeImpl<C extends InvokeChannel, E> = (
  payload: InvokePayload<C>,
  event: E,
) => InvokeResult<C> | Promise<InvokeResult<C>>;

/** Just the `handle` method of ipcMain, so registration can be tested with a fake. */
export type IpcMainLike = {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
};

/**
 * Throws unless the call comes from the top frame of one of the app's own pages.
 * senderFrame is null when the frame navigated away or was destroyed mid-call.
 */
export function assertTrustedSender(channel: string, event: SenderEvent, trusted: readonly string[]): void {
  const frame = event.senderFrame;
  if (frame === null) throw new Error(`Refused ${channel}: the calling frame is gone`);
  if (frame.parent !== undefined && frame.parent !== null) {
    throw new Error(`Refused ${channel}: only the app's top frame may call it`);
  }
  if (!isTrustedUrl(frame.url, trusted)) {
    throw new Error(`Refused ${channel} from an untrusted page: ${frame.url}`);
  }
}

/** Parses the arguments of a call on `channel` with its contract schema, or throws saying why. */
export function parseInvokePayload<C extends InvokeChannel>(channel: C, args: readonly unknown[]): InvokePayload<C> {
  // Every channel takes at most one argument; extra ones are a sign of a confused or hostile caller.
  if (args.length > 1) throw new Error(`Invalid payload on ${channel}: expected at most 1 argument, got ${args.length}`);
  const parsed = INVOKE_CONTRACT[channel].payload.safeParse(args[0]);
  if (!parsed.success) throw new Error(`Invalid payload on ${channel}: ${z.prettifyError(parsed.error)}`);
  // TypeScript cannot follow the channel → schema correlation through a union; the lookup above is that correlation.
  return parsed.data as InvokePayload<C>;
}

/**
 * Wraps `impl` in the gate: sender check, payload parse, then the handler.
 * Failures are logged here with the channel (bugs need context) and rethrown
 * so the renderer's promise rejects.
 */
export function createInvokeListener<C extends InvokeChannel, E extends SenderEvent>(
  channel: C,
  trusted: readonly string[],
  impl: InvokeImpl<C, E>,
): (event: E, ...args: unknown[]) => Promise<InvokeResult<C>> {
  return async (event, ...args) => {
    try {
      assertTrustedSender(channel, event, trusted);
      return await impl(parseInvokePayload(channel, args), event);
    } catch (error) {
      console.error(`IPC ${channel} failed:`, error);
      throw error;
    }
  };
}

/** Registers `impl` on `channel` behind the gate. */
export function handleInvoke<C extends InvokeChannel>(
  ipcMain: IpcMainLike,
  channel: C,
  trusted: readonly string[],
  impl: InvokeImpl<C, IpcMainInvokeEvent>,
): void {
  ipcMain.handle(channel, createInvokeListener(channel, trusted, impl));
}
