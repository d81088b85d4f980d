import type { WebContentsPrintOptions } from 'electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { handleInvoke, type InvokeImpl, type IpcMainLike } from './handle';

/** `print:page`: the system print dialog for the page that asked (agendas, sign-in sheets, badges). */

/** The print method of the calling page's WebContents. */
export type Printable = {
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
};

/** True when a print "failure" is only the user closing the dialog, which is not an error. */
export function isPrintCancellation(failureReason: string): boolean {
  return /cancel/i.test(failureReason);
}

/** The `print:page` handler: prints the sender's page, resolving when the job is handed off or cancelled. */
export function printHandler<E extends { sender: Printable }>(): InvokeImpl<typeof CHANNELS.print, E> {
  return (_payload, event) =>
    new Promise<undefined>((resolve, reject) => {
      // Backgrounds on: badges and certificates rely on coloured bands.
      event.sender.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success || isPrintCancellation(failureReason)) resolve(undefined);
        else reject(new Error(`Printing failed: ${failureReason}`));
      });
    });
}

/** Registers `print:page`. */
export function registerPrintHandler(ipcMain: IpcMainLike, trusted: readonly string[]): void {
  handleInvoke(ipcMain, CHANNELS.print, trusted, printHandler());
}
