import { describe, expect, it, vi, beforeEach, afterEach } from 'vitest';
import { trustedOrigins } from '../../../electron/app-origin';
import {
  createInvokeListener,
  handleInvoke,
  parseInvokePayload,
  type IpcMainLike,
  type SenderEvent,
} from '../../../electron/ipc/handle';

const trusted = trustedOrigins(new URL('http://127.0.0.1:5173/'));
const fromApp: SenderEvent = { senderFrame: { url: 'app://desk/index.html#/settings', parent: null } };
const fromDevServer: SenderEvent = { senderFrame: { url: 'http://127.0.0.1:5173/', parent: null } };

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  // The gate logs every refusal; keep the test output readable but check it happened.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => consoleError.mockRestore());

describe('createInvokeListener', () => {
  it('runs the handler with the parsed payload for the app’s own page', async () => {
    const impl = vi.fn(() => undefined);
    const listener = createInvokeListener('settings:language', trusted, impl);
    await expect(listener(fromApp, { language: 'fr' })).resolves.toBeUndefined();
    await listener(fromDevServer, { language: 'es' });
    expect(impl.mock.calls).toEqual([
      [{ language: 'fr' }, fromApp],
      [{ language: 'es' }, fromDevServer],
    ]);
  });

  it('refuses foreign senders before looking at the payload', async () => {
    const impl = vi.fn(() => undefined);
    const listener = createInvokeListener('settings:language', trusted, impl);
    for (const url of ['https://evil.example/', 'file:///home/ada/evil.html', 'http://127.0.0.1:6666/', 'app://evil/', 'about:blank', 'data:text/html,x']) {
      await expect(listener({ senderFrame: { url, parent: null } }, { language: 'fr' }), url).rejects.toThrow(
        /Refused settings:language from an untrusted page/,
      );
    }
    expect(impl).not.toHaveBeenCalled();
    expect(consoleError).toHaveBeenCalled();
  });

  it('refuses a destroyed frame and child frames, even of the app’s own origin', async () => {
    const listener = createInvokeListener('app:info', trusted, () => ({ version: '1', platform: 'linux', dataPath: '/d' }));
    await expect(listener({ senderFrame: null })).rejects.toThrow(/calling frame is gone/);
    await expect(listener({ senderFrame: { url: 'app://desk/', parent: { url: 'app://desk/' } } })).rejects.toThrow(
      /only the app's top frame/,
    );
  });

  it('refuses bad payloads with a message that names the channel and the problem', async () => {
    const impl = vi.fn(() => undefined);
    const listener = createInvokeListener('settings:language', trusted, impl);
    await expect(listener(fromApp, { language: 'de' })).rejects.toThrow(/Invalid payload on settings:language:[\s\S]*language/);
    await expect(listener(fromApp, 'fr')).rejects.toThrow(/Invalid payload on settings:language/);
    await expect(listener(fromApp)).rejects.toThrow(/Invalid payload on settings:language/);
    await expect(listener(fromApp, { language: 'fr' }, 'extra')).rejects.toThrow(/at most 1 argument, got 2/);
    expect(impl).not.toHaveBeenCalled();
  });

  it('passes the handler’s own failure through to the renderer', async () => {
    const listener = createInvokeListener('print:page', trusted, () => Promise.reject(new Error('Printing failed: no printer')));
    await expect(listener(fromApp)).rejects.toThrow('Printing failed: no printer');
  });
});

describe('parseInvokePayload', () => {
  it('returns the parsed payload, stripped of nothing it needs', () => {
    const bytes = new Uint8Array([7]);
    expect(parseInvokePayload('backup:auto', [{ bytes }])).toEqual({ bytes });
    expect(parseInvokePayload('app:info', [])).toBeUndefined();
  });
});

describe('handleInvoke', () => {
  it('registers the gated listener on the channel', async () => {
    const registered = new Map<string, (event: never, ...args: unknown[]) => unknown>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) };
    handleInvoke(ipcMain, 'files:open', trusted, () => null);
    const listener = registered.get('files:open');
    expect(listener).toBeDefined();
    await expect(listener?.(fromApp as never, { purpose: 'import' })).resolves.toBeNull();
    await expect(listener?.({ senderFrame: { url: 'https://evil.example/' } } as never, { purpose: 'import' })).rejects.toThrow(/untrusted/);
  });
});
