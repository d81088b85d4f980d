import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/desk-api';
import { createDeskApi, type IpcRendererLike } from '../../../electron/preload-api';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answer: (channel: string, args: unknown[]) => unknown = () => undefined) {
  const listeners = new Map<string, Set<Listener>>();
  const calls: { channel: string; args: unknown[] }[] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      calls.push({ channel, args });
      return answer(channel, args);
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'hidden' }, ...args);
  };
  return { ipc, calls, emit, listeners };
}

describe('createDeskApi', () => {
  it('exposes exactly the DeskApi methods', () => {
    expect(Object.keys(createDeskApi(fakeIpc().ipc)).sort()).toEqual(
      ['appInfo', 'onMenuCommand', 'openFile', 'print', 'saveFile', 'setLanguage', 'writeAutoBackup'],
    );
  });

  it('sends each call on its contract channel with one payload object', async () => {
    const { ipc, calls } = fakeIpc();
    const desk = createDeskApi(ipc);
    const bytes = new Uint8Array([1, 2, 3]);
    await desk.appInfo();
    await desk.openFile('import');
    await desk.saveFile('export', 'Lagos 2022.xlsx', bytes);
    await desk.print();
    await desk.writeAutoBackup(bytes);
    await desk.setLanguage('fr');
    expect(calls).toEqual([
      { channel: 'app:info', args: [] },
      { channel: 'files:open', args: [{ purpose: 'import' }] },
      { channel: 'files:save', args: [{ purpose: 'export', suggestedName: 'Lagos 2022.xlsx', bytes }] },
      { channel: 'print:page', args: [] },
      { channel: 'backup:auto', args: [{ bytes }] },
      { channel: 'settings:language', args: [{ language: 'fr' }] },
    ]);
  });

  it('returns what main answers', async () => {
    const info = { version: '0.1.0', platform: 'linux', dataPath: '/data' };
    const desk = createDeskApi(fakeIpc((channel) => (channel === 'app:info' ? info : null)).ipc);
    expect(await desk.appInfo()).toEqual(info);
    expect(await desk.openFile('restore')).toBeNull();
  });

  it('hands the renderer main’s message without Electron’s wrapping', async () => {
    const desk = createDeskApi(
      fakeIpc(() => {
        throw new Error("Error invoking remote method 'files:open': Error: « a.xlsx » dépasse 200 Mo et n’a pas été ouvert.");
      }).ipc,
    );
    await expect(desk.openFile('import')).rejects.toThrow(/^« a\.xlsx » dépasse 200 Mo et n’a pas été ouvert\.$/);
  });

  it('passes known menu commands to the listener, drops unknown ones, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const received: MenuCommand[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unsubscribe = createDeskApi(ipc).onMenuCommand((command) => received.push(command));
    emit('menu:command', 'import');
    emit('menu:command', 'format-disk');
    emit('menu:command', { toString: () => 'print' });
    emit('menu:command', 'backup');
    expect(received).toEqual(['import', 'backup']);
    expect(error).toHaveBeenCalledTimes(2);
    unsubscribe();
    expect(listeners.get('menu:command')?.size).toBe(0);
    emit('menu:command', 'print');
    expect(received).toEqual(['import', 'backup']);
    error.mockRestore();
  });

  it('never hands the IPC event (and its sender) to the page', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createDeskApi(ipc).onMenuCommand(listener);
    emit('menu:command', 'export');
    expect(listener.mock.calls).toEqual([['export']]);
  });
});
