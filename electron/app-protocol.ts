import path from 'node:path';
import { readFile, realpath } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Serving the built renderer (dist/renderer) over `app://desk/`. Pure Node (no
 * Electron import): electron/protocol.ts hands requests to `serveAppRequest`,
 * and the tests call it with real Requests on real temp folders.
 */

type PathApi = Pick<typeof path, 'resolve' | 'sep'>;

/**
 * The file on disk for an `app://desk/...` URL, or null when the URL is not
 * ours or tries to leave `rootDir`. `/` is index.html. Any `..` segment is
 * refused outright (after percent-decoding, so `%2e%2e` and `%2f` cannot hide
 * one), and the result is checked to lie inside the root as a second fence.
 * `pathApi` lets the tests check Windows path rules on any machine.
 */
export function resolveAppAsset(rootDir: string, requestUrl: string, pathApi: PathApi = path): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null; // Malformed escapes are never produced by our own pages.
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) segments.push('index.html');
  // A drive letter (C:) or an alternate data stream (x:y) has no place in a web path.
  if (segments.some((segment) => segment === '..' || segment === '.' || segment.includes(':'))) return null;
  const root = pathApi.resolve(rootDir);
  const file = pathApi.resolve(root, ...segments);
  return file.startsWith(root + pathApi.sep) ? file : null;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The Content-Type for a file, by extension; unknown files are opaque bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function isInside(rootDir: string, file: string): Promise<boolean> {
  // A symlink inside dist/renderer must not lead outside it.
  const [root, real] = await Promise.all([realpath(rootDir), realpath(file)]);
  return real.startsWith(root + path.sep);
}

async function readAsset(rootDir: string, file: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    if (!(await isInside(rootDir, file))) return null;
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * Answers one `app://desk/` request from the files under `rootDir`, with the
 * CSP on every response (webRequest hooks are not guaranteed to see custom
 * protocols, so the policy travels with the page itself). A path without an
 * extension that is not a file falls back to index.html so a reload on a
 * client-side route still opens the app.
 */
export async function serveAppRequest(rootDir: string, request: Request, csp: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  const file = resolveAppAsset(rootDir, request.url);
  if (file === null) return notFound();
  let served = file;
  let body = await readAsset(rootDir, file);
  if (body === null && path.extname(file) === '') {
    served = path.join(path.resolve(rootDir), 'index.html');
    body = await readAsset(rootDir, served);
  }
  if (body === null) return notFound();
  const headers = {
    'Content-Type': contentTypeFor(served),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    // The files change with every app update; never serve a stale bundle.
    'Cache-Control': 'no-cache',
  };
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}
