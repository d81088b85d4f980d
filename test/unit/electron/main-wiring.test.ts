import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs the bundled main process against a recording stand-in for Electron.
 * This proves OUR wiring (what is called, in which order, with which options);
 * it does not prove Electron honours those options: that needs the real
 * binary, which cannot run here.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const realRequire = createRequire(import.meta.url);
let mainBundle = '';

beforeAll(async () => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['electron/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  mainBundle = result.outputFiles[0]?.text ?? '';
});

type Listener = (...args: unknown[]) => unknown;

function fakeElectron(options: { gotLock: boolean; platform: NodeJS.Platform }) {
  const log: unknown[][] = [];
  const appEvents = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  const menus: { label?: string }[][] = [];
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));

  class FakeContents {
    events = new Map<string, Listener>();
    openHandler: Listener | null = null;
    setWindowOpenHandler(handler: Listener) { this.openHandler = handler; }
    on(event: string, listener: Listener) { this.events.set(event, listener); return this; }
    send(...args: unknown[]) { log.push(['send', ...args]); }
  }
  class FakeWindow {
    static getAllWindows = () => windows;
    static getFocusedWindow = () => null;
    static fromWebContents = () => windows[0] ?? null;
    webContents = new FakeContents();
    minimized = true;
    constructor(readonly options: Record<string, unknown>) { windows.push(this); log.push(['BrowserWindow']); }
    once() { return this; }
    on() { return this; }
    loadURL(url: string) { log.push(['loadURL', url]); return Promise.resolve(); }
    isMinimized() { return this.minimized; }
    isDestroyed() { return false; }
    restore() { this.minimized = false; log.push(['restore']); }
    show() { log.push(['show']); }
    focus() { log.push(['focus']); }
  }
  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: () => log.push(['enableSandbox']),
      setName: (name: string) => log.push(['setName', name]),
      getPath: (name: string) => `/fake/${name}`,
      setPath: (name: string, value: string) => log.push(['setPath', name, value]),
      requestSingleInstanceLock: () => (log.push(['lock']), options.gotLock),
      quit: () => log.push(['quit']),
      exit: (code: number) => log.push(['exit', code]),
      on: (event: string, listener: Listener) => appEvents.set(event, listener),
      whenReady: () => (log.push(['whenReady']), readyPromise),
      isReady: () => true,
      getPreferredSystemLanguages: () => ['fr-CA', 'en-US'],
      getLocale: () => 'en-US',
      getAppPath: () => '/fake/app',
      getVersion: () => '0.1.0',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => log.push(['registerSchemesAsPrivileged', schemes]),
      handle: (scheme: string) => log.push(['protocol.handle', scheme]),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => log.push(['setPermissionRequestHandler']),
        setPermissionCheckHandler: () => log.push(['setPermissionCheckHandler']),
        webRequest: { onHeadersReceived: () => log.push(['onHeadersReceived']) },
      },
    },
    ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (template: { label?: string }[]) => menus.push(template),
    },
    dialog: { showErrorBox: (...args: unknown[]) => log.push(['showErrorBox', ...args]) },
    shell: { openExternal: (url: string) => (log.push(['openExternal', url]), Promise.resolve()) },
  };
  const fakeProcess = Object.create(process, { platform: { value: options.platform }, env: { value: {} } });
  const run = (): void => {
    const requireShim = (id: string): unknown => (id === 'electron' ? electron : realRequire(id));
    const module = { exports: {} };
    new Function('require', 'module', 'exports', '__dirname', 'process', mainBundle)(
      requireShim, module, module.exports, '/fake/app/dist-electron', fakeProcess,
    );
  };
  const names = (): string[] => log.map((entry) => String(entry[0]));
  return { run, ready: async () => { ready(); await new Promise((r) => setTimeout(r, 0)); }, log, names, appEvents, ipcHandlers, windows, menus };
}

describe('electron/main.ts wiring (against a stand-in Electron)', () => {
  it('does the before-ready steps in order, then builds IPC, menu and a hardened window', async () => {
    const fake = fakeElectron({ gotLock: true, platform: 'linux' });
    fake.run();
    expect(fake.names()).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'setName', 'setPath', 'lock', 'whenReady']);
    expect(fake.log[1]?.[1]).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(fake.log[3]).toEqual(['setPath', 'userData', path.join('/fake/appData', 'Training Desk')]);

    await fake.ready();
    expect(fake.names()).toEqual(expect.arrayContaining(['protocol.handle', 'setPermissionRequestHandler', 'setPermissionCheckHandler', 'onHeadersReceived']));
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(['app:info', 'backup:auto', 'files:open', 'files:save', 'print:page', 'settings:language']);
    // System language fr-CA gives French menus.
    expect(fake.menus[0]?.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);

    const window = fake.windows[0];
    expect(window?.options.webPreferences).toMatchObject({
      preload: path.join('/fake/app/dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(fake.log).toContainEqual(['loadURL', 'app://desk/']);
    expect(window?.webContents.openHandler?.({ url: 'https://icom.museum/' })).toEqual({ action: 'deny' });
    expect(fake.log).toContainEqual(['openExternal', 'https://icom.museum/']);
    let prevented = false;
    window?.webContents.events.get('will-navigate')?.({ url: 'https://evil.example/', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('rebuilds the menu when the renderer changes language, only for the app’s own page', async () => {
    const fake = fakeElectron({ gotLock: true, platform: 'linux' });
    fake.run();
    await fake.ready();
    const setLanguage = fake.ipcHandlers.get('settings:language');
    await setLanguage?.({ senderFrame: { url: 'app://desk/', parent: null } }, { language: 'es' });
    expect(fake.menus.at(-1)?.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']);
    const error = console.error;
    console.error = () => undefined;
    try {
      await expect(setLanguage?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, { language: 'en' })).rejects.toThrow(/untrusted/);
    } finally {
      console.error = error;
    }
    expect(fake.menus.at(-1)?.[0]?.label).toBe('Archivo');
  });

  it('a second launch quits at once; the first restores and focuses its window', async () => {
    const second = fakeElectron({ gotLock: false, platform: 'linux' });
    second.run();
    expect(second.names()).toEqual(['enableSandbox', 'registerSchemesAsPrivileged', 'setName', 'setPath', 'lock', 'quit']);

    const first = fakeElectron({ gotLock: true, platform: 'linux' });
    first.run();
    await first.ready();
    first.appEvents.get('second-instance')?.();
    expect(first.names().slice(-3)).toEqual(['restore', 'show', 'focus']);
  });

  it('quits when the last window closes, except on macOS', () => {
    const linux = fakeElectron({ gotLock: true, platform: 'linux' });
    linux.run();
    linux.appEvents.get('window-all-closed')?.();
    expect(linux.names().at(-1)).toBe('quit');

    const mac = fakeElectron({ gotLock: true, platform: 'darwin' });
    mac.run();
    mac.appEvents.get('window-all-closed')?.();
    expect(mac.names()).not.toContain('quit');
  });
});
