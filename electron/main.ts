import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import type { UiLanguage } from '../shared/domain/types';
import { pickUiLanguage } from '../shared/i18n/index';
import { APP_START_URL, parseDevServerUrl, trustedOrigins } from './app-origin';
import { registerIpc } from './ipc/index';
import { installAppMenu } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { createMainWindow, hardenSession } from './window';
import { contentSecurityPolicy } from './window-policy';

/** App start: paths, single instance, protocol, session policy, IPC, menu, window. */

const APP_NAME = 'Training Desk';

// The dev server is honoured only in an unpackaged build: a packaged app never loads a URL from the environment.
const devServer = app.isPackaged ? null : parseDevServerUrl(process.env.TD_DEV_SERVER_URL);
const trusted = trustedOrigins(devServer);

// Everything below until whenReady must happen before the app is ready.
app.enableSandbox();
registerAppScheme();
app.setName(APP_NAME);
// A stable data folder whatever the executable is called; development gets its
// own so a dev build never upgrades (or damages) the real database.
app.setPath('userData', path.join(app.getPath('appData'), devServer ? `${APP_NAME} Dev` : APP_NAME));

let mainWindow: BrowserWindow | null = null;
let language: UiLanguage = 'en';

function menuContext(): Parameters<typeof installAppMenu>[0] {
  return {
    language: () => language,
    mainWindow: () => mainWindow,
    dataPath: () => app.getPath('userData'),
    version: () => app.getVersion(),
    isPackaged: app.isPackaged,
    appName: APP_NAME,
  };
}

function openMainWindow(): void {
  const window = createMainWindow({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    startUrl: devServer ? devServer.href : APP_START_URL,
    trusted,
    devTools: !app.isPackaged,
    ...(process.platform === 'linux' ? { iconPath: path.join(app.getAppPath(), 'resources', 'icons', 'icon.png') } : {}),
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function start(): void {
  language = pickUiLanguage([...app.getPreferredSystemLanguages(), app.getLocale()]);
  serveApp(path.join(app.getAppPath(), 'dist', 'renderer'), contentSecurityPolicy());
  hardenSession(session.defaultSession, trusted, devServer);
  registerIpc({
    trusted,
    language: () => language,
    setLanguage: (lang) => {
      language = lang;
      installAppMenu(menuContext());
    },
    appInfo: () => ({ version: app.getVersion(), platform: process.platform, dataPath: app.getPath('userData') }),
    documentsDirectory: () => app.getPath('documents'),
    backupDirectory: () => path.join(app.getPath('userData'), 'backups'),
  });
  installAppMenu(menuContext());
  openMainWindow();
}

// Two instances would open the same IndexedDB from two processes; the second
// launch instead brings the first window forward.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    // macOS apps stay open without windows until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Training Desk could not start', error);
      dialog.showErrorBox(APP_NAME, `Training Desk could not start.\n\n${String(error)}`);
      app.exit(1);
    });
}
