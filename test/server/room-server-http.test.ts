import { describe, expect, it } from 'vitest';
import type { LiveSnapshot } from '../../electron/services/meeting-service/meeting-service-api';
import { fakeEngineOf } from './fake-meeting-service';
import { bearer, http, startRoom } from './room-harness';

describe('room server HTTP control API', () => {
  it('serves the snapshot and the server time to both roles', async () => {
    const room = await startRoom();
    for (const token of [room.server.tokens.chair, room.server.tokens.view]) {
      const snap = await http(room.server, 'GET', '/api/snapshot', { headers: bearer(token) });
      expect(snap.status).toBe(200);
      expect(snap.json()).toMatchObject({ version: 1, meetingId: 'm1' });
      expect(snap.headers['cache-control']).toBe('no-store');
      const time = await http(room.server, 'GET', `/api/time?t=${token}`);
      expect(time.json()).toEqual({ serverTime: room.serviceTime.value });
    }
  });

  it('maps each convenience route to its engine command', async () => {
    const room = await startRoom();
    const chair = bearer(room.server.tokens.chair);
    const post = (path: string, body?: unknown) =>
      http(room.server, 'POST', path, { headers: chair, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

    expect((await post('/api/start')).status).toBe(200);
    expect((await post('/api/pause', {})).status).toBe(200);
    expect((await post('/api/resume')).status).toBe(200);
    expect((await post('/api/next')).status).toBe(200);
    expect((await post('/api/extend')).status).toBe(200);
    expect((await post('/api/message', { text: '请抓紧时间' })).status).toBe(200);
    expect((await post('/api/message', { preset: 'wrap-up' })).status).toBe(200);
    expect((await post('/api/message?preset=hurry')).status).toBe(200);
    expect((await post('/api/clear-message', {})).status).toBe(200);
    expect((await post('/api/blackout', { on: true })).status).toBe(200);
    expect((await post('/api/blackout?on=0')).status).toBe(200);
    expect((await post('/api/command', { type: 'blackout', on: true })).status).toBe(200);

    expect(room.service.executed).toEqual([
      { type: 'start-meeting' },
      { type: 'pause-item' },
      { type: 'resume-item' },
      { type: 'next' },
      { type: 'grant-extension' },
      { type: 'message', text: '请抓紧时间' },
      { type: 'message', preset: 'wrap-up' },
      { type: 'message', preset: 'hurry' },
      { type: 'clear-message' },
      { type: 'blackout', on: true },
      { type: 'blackout', on: false },
      { type: 'blackout', on: true },
    ]);
  });

  it('answers a refused command with 409 and the refusal', async () => {
    const room = await startRoom();
    const reply = await http(room.server, 'POST', '/api/pause', { headers: bearer(room.server.tokens.chair) });
    expect(reply.status).toBe(409);
    expect(reply.json()).toMatchObject({ ok: false, refusal: { code: 'not-running' } });
  });

  it('says what is wrong with a bad body, and where', async () => {
    const room = await startRoom();
    const chair = bearer(room.server.tokens.chair);
    const bad = async (path: string, body: string) => {
      const reply = await http(room.server, 'POST', path, { headers: chair, body });
      return { status: reply.status, error: (reply.json() as { error: { code: string; path?: string; message: { en: string } } }).error };
    };
    expect(await bad('/api/command', '{oops')).toMatchObject({ status: 400, error: { code: 'bad-json' } });
    expect(await bad('/api/command', '{"kind":"start"}')).toMatchObject({ status: 400, error: { code: 'bad-message', path: 'type' } });
    expect(await bad('/api/message', '{"preset":"faster"}')).toMatchObject({
      status: 400,
      error: { path: 'preset', message: { en: 'Bad request: preset: must be "hurry" or "wrap-up"' } },
    });
    expect(await bad('/api/message', '{"text":"a","preset":"hurry"}')).toMatchObject({ status: 400 });
    expect(await bad('/api/blackout', '{"on":"maybe"}')).toMatchObject({ status: 400, error: { path: 'on' } });
    expect(await bad('/api/start', '{"force":true}')).toMatchObject({ status: 400 });
    expect(room.service.executed).toEqual([]);
  });

  it('refuses commands from a view token, no token and a wrong token', async () => {
    const room = await startRoom();
    const view = await http(room.server, 'POST', '/api/start', { headers: bearer(room.server.tokens.view) });
    expect(view.status).toBe(403);
    expect(view.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const none = await http(room.server, 'POST', '/api/start');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const wrong = await http(room.server, 'POST', '/api/start', { headers: bearer('AAAAAAAAAAAAAAAAAAAAAA') });
    expect(wrong.status).toBe(401);
    const viewQuery = await http(room.server, 'POST', `/api/command?t=${room.server.tokens.view}`, { body: '{"type":"next"}' });
    expect(viewQuery.status).toBe(403);
    expect((await http(room.server, 'GET', '/api/schedule', { headers: bearer(room.server.tokens.view) })).status).toBe(403);
    expect(room.service.executed).toEqual([]);
  });

  it('refuses a foreign Host and a foreign Origin even with the chair token', async () => {
    const room = await startRoom();
    const chair = room.server.tokens.chair;
    const evilHost = await http(room.server, 'POST', '/api/start', { headers: bearer(chair, { Host: 'evil.example' }) });
    expect(evilHost.status).toBe(403);
    expect(evilHost.json()).toMatchObject({ error: { code: 'bad-host' } });
    const evilOrigin = await http(room.server, 'POST', '/api/start', {
      headers: bearer(chair, { Origin: 'http://evil.example' }),
    });
    expect(evilOrigin.status).toBe(403);
    expect(evilOrigin.json()).toMatchObject({ error: { code: 'bad-origin' } });
    const nullOrigin = await http(room.server, 'POST', '/api/start', { headers: bearer(chair, { Origin: 'null' }) });
    expect(nullOrigin.status).toBe(403);
    expect(room.service.executed).toEqual([]);

    const localhost = await http(room.server, 'POST', '/api/start', {
      headers: bearer(chair, { Host: `localhost:${room.server.port}`, Origin: `http://localhost:${room.server.port}` }),
    });
    expect(localhost.status).toBe(200);
  });

  it('accepts an extra host name only when allowed', async () => {
    const room = await startRoom({ allowedHosts: ['meeting-pc.local'] });
    const reply = await http(room.server, 'GET', '/api/time', {
      headers: bearer(room.server.tokens.view, { Host: 'meeting-pc.local:1234' }),
    });
    expect(reply.status).toBe(200);
  });

  it('limits body size and request rate', async () => {
    const room = await startRoom({ limits: { burst: 4, perSecond: 1 } });
    const chair = bearer(room.server.tokens.chair);
    const big = await http(room.server, 'POST', '/api/command', { headers: chair, body: JSON.stringify({ type: 'x', pad: 'y'.repeat(70_000) }) });
    expect(big.status).toBe(413);
    expect(big.json()).toMatchObject({ error: { code: 'too-large' } });
    const body = JSON.stringify({ type: 'x', pad: 'y'.repeat(70_000) });
    const declared = await http(room.server, 'POST', '/api/command', {
      headers: { ...chair, 'Content-Length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(declared.status).toBe(413);
    await http(room.server, 'GET', '/api/time', { headers: chair });
    await http(room.server, 'GET', '/api/time', { headers: chair });
    const limited = await http(room.server, 'GET', '/api/time', { headers: chair });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    room.rateTime.value += 2000;
    expect((await http(room.server, 'GET', '/api/time', { headers: chair })).status).toBe(200);
  });

  it('imports (with preview) and exports the schedule for the chair', async () => {
    const room = await startRoom();
    const chair = bearer(room.server.tokens.chair);
    const schedule = { meetings: [{ id: 'm1' }] };
    const preview = await http(room.server, 'POST', '/api/schedule?preview=1', { headers: chair, body: JSON.stringify(schedule) });
    expect(preview.status).toBe(200);
    expect(preview.json()).toMatchObject({ preview: true, meetings: 1 });
    expect((await http(room.server, 'GET', '/api/schedule', { headers: chair })).json()).toEqual({ meetings: [] });
    await http(room.server, 'POST', '/api/schedule', { headers: chair, body: JSON.stringify(schedule) });
    expect((await http(room.server, 'GET', '/api/schedule', { headers: chair })).json()).toEqual(schedule);
    expect(room.service.imported.map((i) => i.preview)).toEqual([true, false]);

    const broken = await http(room.server, 'POST', '/api/schedule', { headers: chair, body: '{"meetings":3}' });
    expect(broken.status).toBe(400);
    expect(broken.json()).toMatchObject({ error: { code: 'bad-schedule', message: { en: expect.stringContaining('meetings: expected an array') } } });
  });

  it('answers unknown routes with 404 and wrong methods with 405', async () => {
    const room = await startRoom();
    const chair = bearer(room.server.tokens.chair);
    expect((await http(room.server, 'GET', '/api/nothing', { headers: chair })).status).toBe(404);
    const wrongMethod = await http(room.server, 'GET', '/api/start', { headers: chair });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
    expect((await http(room.server, 'GET', '/ws')).status).toBe(426);
  });

  it('runs an HTTP command that WebSocket screens then see', async () => {
    const room = await startRoom();
    await http(room.server, 'POST', '/api/start', { headers: bearer(room.server.tokens.chair) });
    const snap = (await http(room.server, 'GET', '/api/snapshot', { headers: bearer(room.server.tokens.view) })).json() as LiveSnapshot;
    expect(fakeEngineOf(snap)?.deadline).toBe(room.serviceTime.value + 8 * 60_000);
  });
});
