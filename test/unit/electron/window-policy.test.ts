import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, APP_START_URL, originOf, parseDevServerUrl, trustedOrigins } from '../../../electron/app-origin';
import {
  contentSecurityPolicy,
  externalUrlToOpen,
  isAllowedNavigation,
  isPermissionGranted,
  secureWebPreferences,
  withContentSecurityPolicy,
} from '../../../electron/window-policy';

const production = trustedOrigins(null);
const devServer = new URL('http://127.0.0.1:5173/');
const development = trustedOrigins(devServer);

describe('secureWebPreferences', () => {
  it('isolates the page from Node and Electron as GUIDE §5 requires', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs', { devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('offers developer tools only when asked (unpackaged builds)', () => {
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });
});

describe('app origin', () => {
  it('serves production pages from app://desk/', () => {
    expect(APP_START_URL).toBe('app://desk/');
    expect(originOf('app://desk/index.html')).toBe(APP_ORIGIN);
    expect(production).toEqual(['app://desk']);
  });

  it('accepts a dev server only on http://127.0.0.1', () => {
    expect(parseDevServerUrl(undefined)).toBeNull();
    expect(parseDevServerUrl('')).toBeNull();
    expect(parseDevServerUrl('http://127.0.0.1:5173/')?.host).toBe('127.0.0.1:5173');
    expect(development).toEqual(['app://desk', 'http://127.0.0.1:5173']);
    for (const bad of ['http://localhost:5173/', 'https://127.0.0.1:5173/', 'http://0.0.0.0:5173/', 'http://evil.example/', 'not a url', 'http://user:pw@127.0.0.1:5173/']) {
      expect(() => parseDevServerUrl(bad), bad).toThrow(/TD_DEV_SERVER_URL/);
    }
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app’s own pages', () => {
    expect(isAllowedNavigation('app://desk/', production)).toBe(true);
    expect(isAllowedNavigation('app://desk/index.html#/grants', production)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5173/participants', development)).toBe(true);
  });

  it('denies everything else', () => {
    for (const url of [
      'https://evil.example/',
      'http://evil.example/app://desk/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'app://desk.evil.example/',
      'app://evil/',
      'http://127.0.0.1:5174/',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, development), url).toBe(false);
    }
    // The dev server is not trusted in production.
    expect(isAllowedNavigation('http://127.0.0.1:5173/', production)).toBe(false);
  });
});

describe('externalUrlToOpen', () => {
  it('opens http and https links in the system browser', () => {
    expect(externalUrlToOpen('https://icom.museum/en/')).toBe('https://icom.museum/en/');
    expect(externalUrlToOpen('http://example.org/a b')).toBe('http://example.org/a%20b');
  });

  it('never opens other schemes or malformed links', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'smb://attacker/share',
      'ms-msdt:/id PCWDiagnostic',
      'mailto:a@example.org',
      'app://desk/',
      'https://user:password@evil.example/',
      'not a url',
      '',
    ]) {
      expect(externalUrlToOpen(url), url).toBeNull();
    }
  });
});

describe('permission policy', () => {
  it('denies camera, microphone, location, notifications and the rest by default', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'midi', 'hid', 'serial', 'usb', 'display-capture', 'clipboard-read', 'unknown']) {
      expect(isPermissionGranted(permission, 'app://desk/', production), permission).toBe(false);
    }
  });

  it('grants the two harmless permissions only to the app’s own pages', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://desk/index.html', production)).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'app://desk', production)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', production)).toBe(false);
    expect(isPermissionGranted('persistent-storage', '', production)).toBe(false);
  });
});

describe('contentSecurityPolicy', () => {
  const directives = (csp: string): Map<string, string> =>
    new Map(csp.split(';').map((d) => d.trim()).map((d) => [d.split(' ')[0] ?? '', d.slice(d.indexOf(' ') + 1)]));

  it('is strict in production', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('img-src')).toBe("'self' data: blob:");
    expect(csp.get('font-src')).toBe("'self' data:");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|\*|http:/);
  });

  it('loosens only what Vite’s dev server needs, and only to 127.0.0.1', () => {
    const csp = directives(contentSecurityPolicy(devServer));
    expect(csp.get('script-src')).toBe("'self' 'unsafe-inline' http://127.0.0.1:5173");
    expect(csp.get('connect-src')).toBe("'self' http://127.0.0.1:5173 ws://127.0.0.1:5173");
    expect(csp.get('object-src')).toBe("'none'");
  });

  it('replaces any CSP a server sent, whatever its spelling', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] },
      "default-src 'self'",
    );
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });
});
