import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupStaticFile, mimeType } from '../../electron/server/static-files';
import { http, startRoom } from './room-harness';

let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'duanhui-static-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>chair</title>');
  writeFileSync(join(root, 'projector.html'), '<!doctype html><title>projector</title>');
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(outside, 'top secret');
  symlinkSync(outside, join(root, 'assets', 'leak.txt'));
});

describe('static files', () => {
  it('serves pages with a valid token, with CSP and no caching', async () => {
    const room = await startRoom({ staticDir: root });
    const page = await http(room.server, 'GET', `/?t=${room.server.tokens.chair}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>chair</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${room.server.port}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    const projector = await http(room.server, 'GET', `/projector.html?mode=viewer&t=${room.server.tokens.view}`);
    expect(projector.text).toContain('projector');
    const short = await http(room.server, 'GET', `/projector?t=${room.server.tokens.view}`);
    expect(short.text).toContain('projector');
  });

  it('refuses pages without a valid token, with a bilingual page', async () => {
    const room = await startRoom({ staticDir: root });
    const page = await http(room.server, 'GET', '/projector.html');
    expect(page.status).toBe(401);
    expect(page.text).toContain('访问令牌');
    expect(page.text).toContain('access token');
    expect((await http(room.server, 'GET', '/?t=wrong')).status).toBe(401);
  });

  it('serves assets without a token, with MIME types and long caching for hashed assets', async () => {
    const room = await startRoom({ staticDir: root });
    const js = await http(room.server, 'GET', '/assets/app-1a2b.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.headers['content-security-policy']).toBeUndefined();
    const font = await http(room.server, 'GET', '/assets/font.woff2');
    expect(font.headers['content-type']).toBe('font/woff2');
    const head = await http(room.server, 'HEAD', '/assets/app-1a2b.js');
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(mimeType('x.webmanifest')).toContain('manifest');
    expect(mimeType('x.unknown')).toBe('application/octet-stream');
  });

  it('refuses traversal, dotfiles, symlinks out of the folder, and never lists folders', async () => {
    const room = await startRoom({ staticDir: root });
    const get = async (path: string) => (await http(room.server, 'GET', path)).status;
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      const status = await get(path);
      expect([400, 403, 404], path).toContain(status);
    }
    expect(await get('/assets/leak.txt')).toBe(404);
    expect(await get('/.env')).toBe(404);
    expect(await get('/assets/')).toBe(404);
    expect(await get('/assets')).toBe(404);
    expect(await get('/%E0%A4%A')).toBe(400);
    expect(await get('/a%00b')).toBe(400);
    expect((await http(room.server, 'POST', '/assets/app-1a2b.js')).status).toBe(405);
  });

  it('resolves only inside the folder (unit)', async () => {
    expect(await lookupStaticFile(root, '/..%2f..%2fsecret.txt')).toEqual({ ok: false, status: 403 });
    expect(await lookupStaticFile(root, '/')).toMatchObject({ ok: true, file: expect.stringMatching(/index\.html$/) });
    expect(await lookupStaticFile(join(root, 'missing'), '/')).toEqual({ ok: false, status: 404 });
  });

  it('answers 404 for pages when no renderer folder is configured', async () => {
    const room = await startRoom();
    expect((await http(room.server, 'GET', `/?t=${room.server.tokens.chair}`)).status).toBe(404);
  });

  it('builds links with the tokens; the viewer link falls back to projector.html?mode=viewer', async () => {
    const room = await startRoom({ staticDir: root });
    const { chair, view } = room.server.tokens;
    expect(room.server.url).toBe(`http://127.0.0.1:${room.server.port}`);
    expect(room.server.chairUrl).toBe(`${room.server.url}/?t=${chair}`);
    expect(room.server.projectorUrl).toBe(`${room.server.url}/projector.html?t=${view}`);
    expect(room.server.viewerUrl).toBe(`${room.server.url}/projector.html?mode=viewer&t=${view}`);
    writeFileSync(join(root, 'viewer.html'), '<!doctype html><title>viewer</title>');
    expect(room.server.viewerUrl).toBe(`${room.server.url}/viewer.html?t=${view}`);
  });
});
