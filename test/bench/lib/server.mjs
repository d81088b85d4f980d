// A static file server on loopback for the app, the bench page and the sheets.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

let server;

/** `urlPath` (still percent-encoded, no query) under `root`, or null when it escapes it. */
function resolveUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  return full === root || full.startsWith(root + sep) ? full : null;
}

function handle(mounts, request, response) {
  const notFound = () => {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' });
    response.end();
    return;
  }
  const path = (request.url ?? '/').split(/[?#]/, 1)[0];
  const mount = mounts.find((m) => path.startsWith(m.prefix));
  if (!mount) return notFound();
  let file = resolveUnder(mount.dir, path.slice(mount.prefix.length - 1));
  if (!file) return notFound();
  try {
    if (path === '/favicon.ico' && !existsSync(file)) {
      // Chromium asks for it on every page; without this the console shows a 404.
      response.writeHead(204);
      return response.end();
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const stat = statSync(file);
    const type = MIME[extname(file).toLowerCase()];
    if (!stat.isFile() || !type || (mount.only && extname(file) !== mount.only)) return notFound();
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': stat.size,
      // Every start fetches the files again, as a first start would.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  } catch {
    notFound();
  }
}

/**
 * Serves `mounts` (`{ prefix, dir, only? }`: URL prefix → directory, first
 * match wins; `only` limits a mount to one file extension) on 127.0.0.1 and a
 * free port. Returns the origin, e.g. `http://127.0.0.1:41234`.
 */
export async function startServer(mounts) {
  server = createServer((request, response) => handle(mounts, request, response));
  await new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', done);
  });
  return `http://127.0.0.1:${server.address().port}`;
}

/** Closes the server and its connections, if one was started. */
export async function stopServer() {
  if (!server) return;
  server.closeAllConnections?.();
  await new Promise((done) => server.close(() => done()));
  server = undefined;
}
