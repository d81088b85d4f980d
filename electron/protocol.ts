import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { serveAppRequest } from './app-protocol';

/**
 * Declares `app://` as a standard, secure scheme. Must run before the app is
 * ready: "standard" gives pages a real origin (so IndexedDB and relative URLs
 * work), "secure" makes them a secure context like https.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer in `rootDir` on `app://desk/`, with the CSP on every response. */
export function serveApp(rootDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request, csp));
}
