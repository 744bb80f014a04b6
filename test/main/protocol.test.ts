import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../../electron/shared/csp';
import {
  APP_SCHEME_PRIVILEGES,
  registerAppProtocol,
  resolveAppRequest,
  serveAppRequest,
} from '../../electron/main/protocol';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'duanhui-protocol-'));
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(dir, 'renderer', 'projector.html'), '<!doctype html><title>projector</title>');
  writeFileSync(join(dir, 'renderer', 'assets', 'app-1.js'), 'console.log(1)');
  writeFileSync(join(dir, 'renderer', 'assets', 'app-1.css'), 'body{}');
  writeFileSync(join(dir, 'renderer', '.env'), 'SECRET=1');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
});

const root = () => join(dir, 'renderer');

describe('app:// request resolution', () => {
  it('maps pages and assets inside the renderer folder', () => {
    expect(resolveAppRequest('app://duanhui/', root())).toMatchObject({ kind: 'file', path: join(root(), 'index.html'), isHtml: true });
    expect(resolveAppRequest('app://duanhui/projector.html?x=1#y', root())).toMatchObject({
      kind: 'file',
      path: join(root(), 'projector.html'),
    });
    expect(resolveAppRequest('app://duanhui/assets/app-1.js', root())).toMatchObject({
      kind: 'file',
      mimeType: 'text/javascript; charset=utf-8',
      isHtml: false,
    });
  });

  it.each([
    'app://duanhui/../secret.txt',
    'app://duanhui/%2e%2e/secret.txt',
    'app://duanhui/%2E%2E%2Fsecret.txt',
    'app://duanhui/assets/%2e%2e/%2e%2e/secret.txt',
    'app://duanhui/..%2fsecret.txt',
    'app://duanhui/..%5csecret.txt',
    'app://duanhui/assets%5c..%5c..%5csecret.txt',
    'app://duanhui/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://duanhui//etc/passwd',
    'app://duanhui/%00index.html',
    'app://duanhui/%E0%A4%A',
  ])('never leaves the renderer folder: %s', (url) => {
    const r = resolveAppRequest(url, root());
    if (r.kind === 'file') {
      // The URL parser folds plain and %2e%2e segments at the root: still inside the folder.
      expect(r.path.startsWith(root() + sep)).toBe(true);
      expect(r.path).not.toBe(join(dir, 'secret.txt'));
    } else {
      expect([400, 403, 404]).toContain(r.status);
    }
  });

  it('refuses an encoded ../ with 403', () => {
    expect(resolveAppRequest('app://duanhui/..%2fsecret.txt', root())).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('app://duanhui/assets/..%2f..%2fsecret.txt', root())).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('app://duanhui/..%5csecret.txt', root())).toMatchObject({ kind: 'refused', status: 400 });
  });

  it('refuses hidden files, unknown types, other hosts and schemes, and writes', () => {
    expect(resolveAppRequest('app://duanhui/.env', root())).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('app://duanhui/assets/x.exe', root())).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('app://other/index.html', root())).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('file:///etc/passwd', root())).toMatchObject({ kind: 'refused' });
    expect(resolveAppRequest('app://duanhui/index.html', root(), 'POST')).toMatchObject({ kind: 'refused', status: 405 });
  });
});

describe('app:// responses', () => {
  it('serves HTML with the CSP header', async () => {
    for (const page of ['', 'index.html', 'projector.html']) {
      const res = await serveAppRequest({ url: `app://duanhui/${page}` }, root());
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const res = await serveAppRequest({ url: 'app://duanhui/projector.html' }, root());
    expect(await res.text()).toContain('projector');
  });

  it('puts the CSP on every response, errors included', async () => {
    for (const url of ['app://duanhui/assets/app-1.css', 'app://duanhui/..%2fsecret.txt', 'app://duanhui/missing.html']) {
      const res = await serveAppRequest({ url }, root());
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await serveAppRequest({ url: 'app://duanhui/missing.html' }, root())).status).toBe(404);
    const traversal = await serveAppRequest({ url: 'app://duanhui/..%2fsecret.txt' }, root());
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('outside the renderer folder');
  });

  it('registers one handler for the app scheme, privileged as standard and secure', async () => {
    const handlers = new Map<string, (r: Request) => Response | Promise<Response>>();
    registerAppProtocol({ handle: (scheme, h) => void handlers.set(scheme, h) }, root());
    expect([...handlers.keys()]).toEqual(['app']);
    const res = await handlers.get('app')!(new Request('app://duanhui/index.html'));
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(APP_SCHEME_PRIVILEGES[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });
});

describe('the Content-Security-Policy', () => {
  it('is strict: no unsafe-inline, no unsafe-eval, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('is relaxed only for the development server', () => {
    expect(devContentSecurityPolicy()).toContain("'unsafe-inline'");
    expect(devContentSecurityPolicy()).not.toContain('unsafe-eval');
  });

  it('is in a <meta> tag of every renderer page, identical to the header', () => {
    const pages = readdirSync(join(ROOT, 'renderer')).filter((f) => f.endsWith('.html'));
    expect(pages.sort()).toEqual(['index.html', 'planning.html', 'projector.html', 'records.html']);
    for (const page of pages) {
      const html = readFileSync(join(ROOT, 'renderer', page), 'utf8');
      expect(html, page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
      expect(html, page).not.toMatch(/https?:\/\//);
    }
  });

  it('the projector page hides the mouse pointer and has a black background', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'projector.html'), 'utf8');
    const css = readFileSync(join(ROOT, 'renderer', 'src', 'projector-shell.css'), 'utf8');
    expect(html).toContain('projector-shell.css');
    expect(css).toMatch(/cursor:\s*none/);
    expect(css).toMatch(/background:\s*#000/);
  });
});
