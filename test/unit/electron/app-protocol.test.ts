import path from 'node:path';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppAsset, serveAppRequest } from '../../../electron/app-protocol';

describe('resolveAppAsset', () => {
  const root = path.resolve('/srv/app/dist/renderer');

  it('serves index.html for / and files under the root', () => {
    expect(resolveAppAsset(root, 'app://desk/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://desk')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://desk/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppAsset(root, 'app://desk/assets/a%20b.css?v=1#x')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('never resolves outside the root', () => {
    for (const url of [
      'app://desk/../../etc/passwd',
      'app://desk/assets/../../secret',
      'app://desk/%2e%2e/%2e%2e/etc/passwd',
      'app://desk/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://desk/..%2f..%2fetc%2fpasswd',
      'app://desk/..%5c..%5cwindows%5cwin.ini',
      'app://desk//etc/passwd',
    ]) {
      const resolved = resolveAppAsset(root, url);
      expect(resolved === null || resolved.startsWith(root + path.sep), `${url} → ${resolved}`).toBe(true);
    }
    // Plain and %2e dot segments are folded by the URL parser itself (as Chromium does) before we see them.
    expect(resolveAppAsset(root, 'app://desk/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses dot segments and separators hidden by percent-encoding, NUL, bad escapes and drive letters', () => {
    for (const url of [
      'app://desk/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
      'app://desk/..%2f..%2fetc%2fpasswd',
      'app://desk/assets/%2e%2e%2f%2e%2e%2fsecret',
      'app://desk/..%5c..%5cwindows%5cwin.ini',
      'app://desk/assets%00.js',
      'app://desk/%E0%A4%A',
      'app://desk/C:/Windows/win.ini',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('keeps absolute-looking paths inside the root', () => {
    expect(resolveAppAsset(root, 'app://desk//etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses URLs that are not ours', () => {
    for (const url of ['file:///etc/passwd', 'https://desk/index.html', 'app://evil/index.html', 'app://desk.evil/x', 'nonsense']) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });

  it('holds on Windows paths too (drive letters, backslashes)', () => {
    const winRoot = 'C:\\Program Files\\Training Desk\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppAsset(winRoot, 'app://desk/assets/x.js', path.win32)).toBe(`${winRoot}\\assets\\x.js`);
    for (const url of ['app://desk/D:/secret.txt', 'app://desk/D:secret.txt', 'app://desk/..%5csecret', 'app://desk/%5c%5cserver%5cshare']) {
      expect(resolveAppAsset(winRoot, url, path.win32), url).toBeNull();
    }
  });
});

describe('serveAppRequest on a real folder', () => {
  let dir: string;
  let root: string;
  const csp = "default-src 'self'";

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'td-protocol-'));
    root = path.join(dir, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Training Desk</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'personal data');
    await symlink(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html with its type and the CSP', async () => {
    const response = await serveAppRequest(root, new Request('app://desk/'), csp);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Training Desk</title>');
  });

  it('serves assets and falls back to index.html for client-side routes', async () => {
    const js = await serveAppRequest(root, new Request('app://desk/assets/app.js'), csp);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    for (const url of ['app://desk/programmes/42', 'app://desk/assets']) {
      const route = await serveAppRequest(root, new Request(url), csp);
      expect(route.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
      expect(await route.text()).toContain('<title>Training Desk</title>');
    }
  });

  it('answers 404 for missing files, traversal and symlinks that lead outside', async () => {
    for (const url of ['app://desk/assets/missing.js', 'app://desk/..%2fsecret.txt', 'app://desk/assets/link.txt']) {
      const response = await serveAppRequest(root, new Request(url), csp);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('personal data');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppRequest(root, new Request('app://desk/', { method: 'POST', body: 'x' }), csp);
    expect(response.status).toBe(405);
  });

  it('labels content types by extension, opaque when unknown', () => {
    expect(contentTypeFor('a/b.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a/b.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/b.exe')).toBe('application/octet-stream');
  });
});
