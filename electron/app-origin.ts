/**
 * Where the app's own pages come from. Production pages are served from the
 * custom `app://desk/` protocol; in development, from the Vite dev server on
 * 127.0.0.1. Everything else is foreign. Pure: no Electron import, so tests run in Node.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
/** The origin of every production page. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The URL the window loads in production. */
export const APP_START_URL = `${APP_ORIGIN}/`;

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse.
 * Not `URL.origin`: WHATWG gives "null" for non-special schemes such as app://.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * The dev server URL from `TD_DEV_SERVER_URL`, or null when unset. Only plain
 * http on 127.0.0.1 is accepted: a dev build must never load a page from the
 * network, and a typo should stop the app rather than widen what it trusts.
 */
export function parseDevServerUrl(raw: string | undefined): URL | null {
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`TD_DEV_SERVER_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.username || url.password) {
    throw new Error(`TD_DEV_SERVER_URL must be http://127.0.0.1:<port>/, not ${raw}`);
  }
  return url;
}

/** Origins whose pages may call IPC, navigate and be granted anything. */
export function trustedOrigins(devServer: URL | null): readonly string[] {
  return devServer ? [APP_ORIGIN, `${devServer.protocol}//${devServer.host}`] : [APP_ORIGIN];
}

/** True when `url` belongs to one of the `trusted` origins. */
export function isTrustedUrl(url: string, trusted: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trusted.includes(origin);
}
