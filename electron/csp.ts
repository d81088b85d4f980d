// No imports: vite.config.ts loads this file too, to give the web build the same policy.

/**
 * The Content-Security-Policy of the app's pages. In development, Vite's React
 * refresh needs one inline script and a websocket back to the dev server; the
 * packaged app gets the strict policy with nothing loosened.
 */
export function contentSecurityPolicy(devServer: URL | null = null): string {
  const dev = devServer ? `${devServer.protocol}//${devServer.host}` : null;
  const directives = [
    "default-src 'self'",
    dev ? `script-src 'self' 'unsafe-inline' ${dev}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? `connect-src 'self' ${dev} ws://${devServer?.host}` : "connect-src 'self'",
    // Spreadsheet parsing runs in a worker built by Vite as its own file: 'self' is enough.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ];
  return directives.join('; ');
}
