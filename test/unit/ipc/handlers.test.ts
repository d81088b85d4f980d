import { describe, expect, it, vi } from 'vitest';
import { appInfoHandler } from '../../../electron/ipc/app-info';
import { setLanguageHandler } from '../../../electron/ipc/language';
import { isPrintCancellation, printHandler, type Printable } from '../../../electron/ipc/print';

function printer(success: boolean, failureReason = ''): Printable & { print: ReturnType<typeof vi.fn> } {
  return { print: vi.fn((_options, callback: (ok: boolean, reason: string) => void) => callback(success, failureReason)) };
}

describe('print:page handler', () => {
  it('opens the system print dialog for the page that asked, with backgrounds', async () => {
    const sender = printer(true);
    await expect(printHandler()(undefined, { sender })).resolves.toBeUndefined();
    expect(sender.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
  });

  it('treats the user cancelling as success, a real failure as an error', async () => {
    await expect(printHandler()(undefined, { sender: printer(false, 'Print job canceled') })).resolves.toBeUndefined();
    await expect(printHandler()(undefined, { sender: printer(false, 'Print job failed') })).rejects.toThrow(
      'Printing failed: Print job failed',
    );
    expect(isPrintCancellation('cancelled')).toBe(true);
    expect(isPrintCancellation('Invalid printer settings')).toBe(false);
  });
});

describe('settings:language handler', () => {
  it('applies the language (main rebuilds the menu from it)', () => {
    const apply = vi.fn();
    setLanguageHandler(apply)({ language: 'es' }, {});
    expect(apply).toHaveBeenCalledWith('es');
  });
});

describe('app:info handler', () => {
  it('reads the facts at call time', () => {
    let version = '0.1.0';
    const handler = appInfoHandler(() => ({ version, platform: 'linux', dataPath: '/data' }));
    expect(handler(undefined, {})).toEqual({ version: '0.1.0', platform: 'linux', dataPath: '/data' });
    version = '0.2.0';
    expect(handler(undefined, {})).toMatchObject({ version: '0.2.0' });
  });
});
