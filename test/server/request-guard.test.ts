import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../../electron/core/engine';
import { commandForRoute, CONTROL_ROUTES } from '../../electron/server/control-routes';
import { parseClientMessage } from '../../electron/server/client-message';
import { createHostCheck, isSameOrigin, parseHostHeader } from '../../electron/server/request-guard';
import { checkTokens, generateTokens, presentedToken, roleForToken, tokenEquals } from '../../electron/server/tokens';
import { displayHostname } from '../../electron/server/local-addresses';

describe('Host check (DNS rebinding)', () => {
  const loopbackOnly = createHostCheck({ bindHost: '127.0.0.1', interfaceAddresses: () => ['192.168.1.20'] });
  const lan = createHostCheck({ bindHost: '0.0.0.0', interfaceAddresses: () => ['127.0.0.1', '192.168.1.20', 'fe80::1%eth0'] });

  it('accepts loopback names and addresses on any port', () => {
    for (const host of ['127.0.0.1:8720', 'localhost:8720', 'LOCALHOST', '[::1]:8720', '127.0.0.2', 'localhost.']) {
      expect(loopbackOnly(host), host).toBe(true);
    }
  });

  it('refuses foreign names, missing and malformed Host headers', () => {
    for (const host of [undefined, '', 'evil.example', 'evil.example:8720', '127.0.0.1.evil.example', 'a b', 'x@127.0.0.1', '127.0.0.1/x']) {
      expect(loopbackOnly(host), String(host)).toBe(false);
    }
  });

  it('accepts the LAN address only when bound to it', () => {
    expect(loopbackOnly('192.168.1.20:8720')).toBe(false);
    expect(lan('192.168.1.20:8720')).toBe(true);
    expect(lan('[fe80::1]:8720')).toBe(true);
    expect(lan('192.168.1.99:8720')).toBe(false);
    const bound = createHostCheck({ bindHost: '192.168.1.20', interfaceAddresses: () => [] });
    expect(bound('192.168.1.20:8720')).toBe(true);
  });

  it('parses Host headers', () => {
    expect(parseHostHeader('Example.COM:80')).toEqual({ host: 'example.com', hostname: 'example.com' });
    expect(parseHostHeader('[::1]:9')).toEqual({ host: '[::1]:9', hostname: '[::1]' });
  });
});

describe('Origin check', () => {
  it('passes no Origin and our own origin, refuses any other', () => {
    expect(isSameOrigin(undefined, '127.0.0.1:8720')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:8720', '127.0.0.1:8720')).toBe(true);
    expect(isSameOrigin('http://localhost', 'localhost:80')).toBe(true);
    for (const origin of ['null', 'http://evil.example', 'https://127.0.0.1:8720', 'http://127.0.0.1:9999', 'http://localhost:8720', 'garbage']) {
      expect(isSameOrigin(origin, '127.0.0.1:8720'), origin).toBe(false);
    }
  });
});

describe('tokens', () => {
  it('are 128-bit base64url and distinct', () => {
    const { chair, view } = generateTokens();
    expect(chair).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(chair).not.toBe(view);
  });

  it('map to roles by constant-time comparison', () => {
    const tokens = generateTokens();
    expect(roleForToken(tokens.chair, tokens)).toBe('chair');
    expect(roleForToken(tokens.view, tokens)).toBe('view');
    expect(roleForToken(tokens.chair.slice(0, -1), tokens)).toBeNull();
    expect(roleForToken('', tokens)).toBeNull();
    expect(tokenEquals('a', 'a')).toBe(true);
    expect(tokenEquals('a', 'ab')).toBe(false);
  });

  it('are read from a Bearer header before the query', () => {
    const query = new URLSearchParams('t=fromquery');
    expect(presentedToken('Bearer fromheader', query)).toBe('fromheader');
    expect(presentedToken(undefined, query)).toBe('fromquery');
    expect(presentedToken('Basic abc', new URLSearchParams())).toBeNull();
  });

  it('refuses weak or equal tokens handed in', () => {
    expect(() => checkTokens({ chair: 'short', view: generateTokens().view })).toThrow(/tokens\.chair/);
    const same = generateTokens().chair;
    expect(() => checkTokens({ chair: same, view: same })).toThrow(/must differ/);
  });
});

describe('links', () => {
  it('print a LAN address for a wildcard bind, the bound address otherwise', () => {
    expect(displayHostname('0.0.0.0', () => ['192.168.1.20'])).toBe('192.168.1.20');
    expect(displayHostname('0.0.0.0', () => [])).toBe('127.0.0.1');
    expect(displayHostname('::1')).toBe('[::1]');
    expect(displayHostname('10.0.0.5')).toBe('10.0.0.5');
  });
});

describe('convenience routes', () => {
  const q = (s = '') => new URLSearchParams(s);
  it('map to engine commands', () => {
    expect(commandForRoute('start', undefined, q())).toEqual({ ok: true, command: { type: 'start-meeting' } });
    expect(commandForRoute('extend', {}, q())).toEqual({ ok: true, command: { type: 'grant-extension' } });
    expect(commandForRoute('message', undefined, q('text=请结束'))).toEqual({ ok: true, command: { type: 'message', text: '请结束' } });
    expect(commandForRoute('blackout', { on: 'off' }, q())).toEqual({ ok: true, command: { type: 'blackout', on: false } });
  });

  it('produce commands the engine accepts', () => {
    const bodies: Record<string, unknown> = { message: { preset: 'hurry' }, blackout: { on: true } };
    for (const route of CONTROL_ROUTES) {
      const mapped = commandForRoute(route, bodies[route], q());
      expect(mapped.ok, route).toBe(true);
      if (mapped.ok) expect(CommandSchema.safeParse(mapped.command).success, route).toBe(true);
    }
    const text = commandForRoute('message', { text: '请抓紧' }, q());
    expect(text.ok && CommandSchema.safeParse(text.command).success).toBe(true);
  });

  it('say which field is wrong', () => {
    expect(commandForRoute('message', { text: 5 }, q())).toMatchObject({ ok: false, path: 'text' });
    expect(commandForRoute('clear-message', undefined, q())).toEqual({ ok: true, command: { type: 'clear-message' } });
    expect(commandForRoute('message', { txt: 'x' }, q())).toMatchObject({ ok: false, path: 'txt' });
    expect(commandForRoute('blackout', [], q())).toMatchObject({ ok: false, path: '(body)' });
    expect(commandForRoute('next', { x: 1 }, q())).toMatchObject({ ok: false, path: '(body)' });
  });
});

describe('client messages', () => {
  it('accept commands and pings', () => {
    expect(parseClientMessage('{"type":"ping","id":1,"t0":5}')).toEqual({ ok: true, message: { type: 'ping', id: 1, t0: 5 } });
    expect(parseClientMessage('{"type":"command","id":"a","command":{"type":"next","x":1}}')).toMatchObject({ ok: true });
  });

  it('explain what is wrong and where, keeping the id when readable', () => {
    expect(parseClientMessage('[1,')).toMatchObject({ ok: false, error: { code: 'bad-json' } });
    expect(parseClientMessage('"hi"')).toMatchObject({ ok: false, error: { code: 'bad-message', path: '' } });
    const extra = parseClientMessage('{"type":"ping","id":"z","t0":1,"extra":true}');
    expect(extra).toMatchObject({ ok: false, error: { id: 'z', code: 'bad-message' } });
    const longId = parseClientMessage(JSON.stringify({ type: 'ping', id: 'x'.repeat(65), t0: 1 }));
    expect(longId).toMatchObject({ ok: false, error: { path: 'id' } });
    expect(longId.ok === false && longId.error.id).toBeUndefined();
  });
});
