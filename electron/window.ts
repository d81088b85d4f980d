import { BrowserWindow, shell, type Session, type WebContents } from 'electron';
import {
  contentSecurityPolicy,
  externalUrlToOpen,
  isAllowedNavigation,
  isPermissionGranted,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './window-policy';
import { isTrustedUrl } from './app-origin';

/**
 * The one place windows are made and hardened (GUIDE §5). The policy itself is
 * pure and tested in ./window-policy.ts; this file only wires it to Electron.
 */

export type MainWindowOptions = {
  preloadPath: string;
  /** app://desk/ in production, the 127.0.0.1 dev server in development. */
  startUrl: string;
  trusted: readonly string[];
  devTools: boolean;
  /** Window icon for Linux (macOS and Windows take it from the package). */
  iconPath?: string;
};

function openExternally(url: string): void {
  const target = externalUrlToOpen(url);
  if (target === null) {
    console.warn('Blocked a link that is not http(s):', url);
    return;
  }
  shell.openExternal(target).catch((error: unknown) => console.error('Could not open link', target, error));
}

/**
 * Denies window.open and webviews on any web contents. Installed for every
 * web contents the app ever creates, not only the main window's.
 */
export function denyPopupsAndWebviews(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Keeps `contents` on the app's own pages; an http(s) link goes to the system browser instead. */
export function guardNavigation(contents: WebContents, trusted: readonly string[]): void {
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url, trusted)) return;
    event.preventDefault();
    openExternally(event.url);
  });
  // will-navigate covers the main frame only; an iframe or a server redirect is refused silently.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url, trusted)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, trusted)) event.preventDefault();
  });
}

/**
 * Session-wide policy: permissions denied by default, and the strict CSP on
 * every response from the app's own origins.
 */
export function hardenSession(ses: Session, trusted: readonly string[], devServer: URL | null): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, trusted));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, trusted),
  );
  const csp = contentSecurityPolicy(devServer);
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!isTrustedUrl(details.url, trusted)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) });
  });
}

/** Creates the main window, hardened, and loads the app into it. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Training Desk',
    // Shown once painted, so the user never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  denyPopupsAndWebviews(window.webContents);
  guardNavigation(window.webContents, options.trusted);
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.startUrl).catch((error: unknown) => {
    console.error('The app page could not be loaded from', options.startUrl, error);
  });
  return window;
}
