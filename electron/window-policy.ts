import type { WebPreferences } from 'electron';
import { isTrustedUrl } from './app-origin';

export { contentSecurityPolicy } from './csp';

/**
 * The security policy of every window, as plain data and pure functions so the
 * tests can check it in Node. electron/window.ts wires it to Electron.
 */

/**
 * The webPreferences of every window (GUIDE §5). The renderer is a web page with
 * no Node: everything it needs from the host goes through the preload's `window.desk`.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: options.devTools,
  };
}

/** True when the window may navigate to `url`: only to the app's own pages. */
export function isAllowedNavigation(url: string, trusted: readonly string[]): boolean {
  return isTrustedUrl(url, trusted);
}

/**
 * The URL to hand to the system browser for a link the page tried to open, or
 * null to drop it. Only http(s): `file:`, `javascript:`, `smb:` and custom
 * schemes could run or reveal things on the user's machine.
 */
export function externalUrlToOpen(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Credentials in a link are a phishing trick, never something a colleague sends on purpose.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/**
 * Permissions the app's own pages may have. Copying a meeting link needs the
 * clipboard; asking the browser not to evict IndexedDB protects personal data
 * that must never be lost. Camera, location, notifications, etc. are never granted.
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write', 'persistent-storage'];

/**
 * The permission policy: deny by default; grant only the listed permissions,
 * and only to the app's own origin.
 */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  trusted: readonly string[],
): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isTrustedUrl(requestingUrl, trusted);
}

/**
 * `headers` with any Content-Security-Policy the server sent replaced by `csp`
 * (header names are case-insensitive, so every spelling is dropped first).
 */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]> | undefined,
  csp: string,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}
