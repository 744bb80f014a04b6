import { describe, expect, it } from 'vitest';
import { fakeEngineOf, type FakeEngine } from './fake-meeting-service';
import { startRoom } from './room-harness';
import { openSocket, refusedUpgradeStatus } from './ws-test-client';

const engineOf = (snapshot: Parameters<typeof fakeEngineOf>[0]) => fakeEngineOf(snapshot) as FakeEngine;

describe('room server WebSocket', () => {
  it('greets with hello and the current snapshot, then pushes every change', async () => {
    const room = await startRoom();
    const viewer = await openSocket(room.viewWs);
    const hello = await viewer.next('hello');
    expect(hello).toMatchObject({ role: 'view', serverTime: room.serviceTime.value, protocol: 1 });
    const first = await viewer.next('snapshot');
    expect(first.snapshot.version).toBe(room.service.snapshot().version);

    await room.service.execute({ type: 'start-meeting' });
    const pushed = await viewer.next('snapshot', (m) => m.snapshot.version > first.snapshot.version);
    expect(engineOf(pushed.snapshot).phase).toBe('running');
    viewer.ws.close();
  });

  it('runs commands sent with the chair token and answers with the result', async () => {
    const room = await startRoom();
    const chair = await openSocket(room.chairWs);
    await chair.next('hello');
    chair.send({ type: 'command', id: 'a1', command: { type: 'start-meeting' } });
    const reply = await chair.next('result', (m) => m.id === 'a1');
    expect(reply.result.ok).toBe(true);
    expect(room.service.engine().phase).toBe('running');

    chair.send({ type: 'command', id: 2, command: { type: 'start-meeting' } });
    const refused = await chair.next('result', (m) => m.id === 2);
    expect(refused.result).toMatchObject({ ok: false, refusal: { code: 'already-started' } });
    chair.ws.close();
  });

  it('never lets a view token send a command', async () => {
    const room = await startRoom();
    const viewer = await openSocket(room.viewWs);
    await viewer.next('hello');
    viewer.send({ type: 'command', id: 'x', command: { type: 'start-meeting' } });
    const error = await viewer.next('error');
    expect(error).toMatchObject({ id: 'x', code: 'forbidden' });
    expect(error.message['zh-CN']).toContain('只能查看');
    expect(room.service.executed).toEqual([]);
    // Still connected and served after the refusal.
    viewer.send({ type: 'ping', id: 'p', t0: 1 });
    expect(await viewer.next('pong')).toMatchObject({ id: 'p', t0: 1 });
    viewer.ws.close();
  });

  it('refuses the upgrade without a token, with a wrong token, on another path', async () => {
    const room = await startRoom();
    const base = room.server.wsUrl('x').split('?')[0] ?? '';
    expect(await refusedUpgradeStatus(base)).toBe(401);
    expect(await refusedUpgradeStatus(room.server.wsUrl('AAAAAAAAAAAAAAAAAAAAAA'))).toBe(401);
    expect(await refusedUpgradeStatus(room.chairWs.replace('/ws?', '/other?'))).toBe(404);
    expect(room.server.clientCount).toBe(0);
  });

  it('refuses connections beyond the client limit with 503', async () => {
    const room = await startRoom({ limits: { maxClients: 1 } });
    const first = await openSocket(room.viewWs);
    await first.next('hello');
    expect(await refusedUpgradeStatus(room.viewWs)).toBe(503);
    first.ws.close();
  });

  it('accepts the token as a Bearer header too (non-browser clients)', async () => {
    const room = await startRoom();
    const base = room.server.wsUrl('x').split('?')[0] ?? '';
    const chair = await openSocket(base, { headers: { Authorization: `Bearer ${room.server.tokens.chair}` } });
    expect((await chair.next('hello')).role).toBe('chair');
    chair.ws.close();
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const room = await startRoom();
    expect(await refusedUpgradeStatus(room.chairWs, { headers: { Host: 'evil.example' } })).toBe(403);
    expect(await refusedUpgradeStatus(room.chairWs, { headers: { Host: `evil.example:${room.server.port}` } })).toBe(403);
    expect(await refusedUpgradeStatus(room.chairWs, { origin: 'http://evil.example' })).toBe(403);
    expect(await refusedUpgradeStatus(room.chairWs, { origin: `http://localhost:${room.server.port}` })).toBe(403);
    // The server's own origin passes.
    const ok = await openSocket(room.chairWs, { origin: `http://127.0.0.1:${room.server.port}` });
    expect((await ok.next('hello')).role).toBe('chair');
    ok.ws.close();
  });

  it('answers malformed and misshapen messages with errors and keeps the connection', async () => {
    const room = await startRoom();
    const chair = await openSocket(room.chairWs);
    await chair.next('hello');

    chair.send('{not json');
    expect(await chair.next('error')).toMatchObject({ code: 'bad-json' });

    chair.send({ type: 'dance', id: 1 });
    const badType = await chair.next('error');
    expect(badType).toMatchObject({ id: 1, code: 'bad-message', path: 'type' });

    chair.send({ type: 'ping', id: 'q' });
    expect(await chair.next('error')).toMatchObject({ id: 'q', code: 'bad-message', path: 't0' });

    chair.send({ type: 'command', id: 'c', command: { nope: true } });
    expect(await chair.next('error')).toMatchObject({ id: 'c', code: 'bad-message', path: 'command.type' });

    chair.ws.send(Buffer.from([1, 2, 3]));
    expect(await chair.next('error')).toMatchObject({ code: 'binary-not-supported' });

    chair.send({ type: 'command', id: 'ok', command: { type: 'start-meeting' } });
    expect((await chair.next('result', (m) => m.id === 'ok')).result.ok).toBe(true);
    chair.ws.close();
  });

  it('answers a message above the message limit with too-large and keeps the connection', async () => {
    const room = await startRoom();
    const chair = await openSocket(room.chairWs);
    await chair.next('hello');
    chair.send({ type: 'command', id: 'big', command: { type: 'message', text: 'x'.repeat(100 * 1024) } });
    const error = await chair.next('error');
    expect(error.code).toBe('too-large');
    expect(error.message.en).toContain('65536');
    chair.send({ type: 'ping', id: 'after', t0: 5 });
    expect(await chair.next('pong')).toMatchObject({ id: 'after' });
    chair.ws.close();
  });

  it('closes a frame above the hard frame limit with 1009 and stays up for everyone else', async () => {
    const room = await startRoom();
    const other = await openSocket(room.viewWs);
    await other.next('hello');
    const chair = await openSocket(room.chairWs);
    await chair.next('hello');
    chair.ws.send('x'.repeat(2 * 1024 * 1024));
    expect((await chair.closed).code).toBe(1009);

    // The server and its other client carry on.
    const again = await openSocket(room.chairWs);
    await again.next('hello');
    again.send({ type: 'command', id: 1, command: { type: 'start-meeting' } });
    expect((await again.next('result')).result.ok).toBe(true);
    expect(engineOf((await other.next('snapshot', (m) => engineOf(m.snapshot).phase === 'running')).snapshot).phase).toBe(
      'running',
    );
    again.ws.close();
    other.ws.close();
  });

  it('rate-limits each connection with a token bucket and recovers as time passes', async () => {
    const room = await startRoom({ limits: { burst: 5, perSecond: 2 } });
    const chair = await openSocket(room.chairWs);
    await chair.next('hello');
    for (let i = 0; i < 6; i++) chair.send({ type: 'ping', id: i, t0: i });
    for (let i = 0; i < 5; i++) expect((await chair.next('pong')).id).toBe(i);
    expect(await chair.next('error')).toMatchObject({ code: 'rate-limited' });

    // A second connection has its own bucket.
    const other = await openSocket(room.chairWs);
    await other.next('hello');
    other.send({ type: 'ping', id: 'o', t0: 0 });
    expect((await other.next('pong')).id).toBe('o');

    room.rateTime.value += 500; // one token back at 2/s
    chair.send({ type: 'ping', id: 'later', t0: 0 });
    expect((await chair.next('pong')).id).toBe('later');
    chair.ws.close();
    other.ws.close();
  });

  it('shows two clients the same deadline', async () => {
    const room = await startRoom();
    const projector = await openSocket(room.viewWs);
    const console_ = await openSocket(room.chairWs);
    await projector.next('hello');
    await console_.next('hello');
    console_.send({ type: 'command', id: 1, command: { type: 'start-meeting' } });
    const isRunning = (m: { snapshot: Parameters<typeof fakeEngineOf>[0] }) => engineOf(m.snapshot).phase === 'running';
    const a = await projector.next('snapshot', isRunning);
    const b = await console_.next('snapshot', isRunning);
    expect(engineOf(a.snapshot).deadline).toBe(room.serviceTime.value + 8 * 60_000);
    expect(engineOf(a.snapshot).deadline).toBe(engineOf(b.snapshot).deadline);
    expect(a.snapshot.version).toBe(b.snapshot.version);
    projector.ws.close();
    console_.ws.close();
  });

  it('answers pings with the service clock', async () => {
    const room = await startRoom();
    const viewer = await openSocket(room.viewWs);
    await viewer.next('hello');
    room.serviceTime.value += 1234;
    viewer.send({ type: 'ping', id: 7, t0: 42 });
    expect(await viewer.next('pong')).toEqual({ type: 'pong', id: 7, t0: 42, serverTime: room.serviceTime.value });
    viewer.ws.close();
  });

  it('rotating tokens disconnects old holders with 4401 and refuses the old tokens', async () => {
    const room = await startRoom();
    const chair = await openSocket(room.chairWs);
    const viewer = await openSocket(room.viewWs);
    await chair.next('hello');
    await viewer.next('hello');
    const oldChairUrl = room.server.chairUrl;
    const fresh = room.server.rotateTokens();
    expect((await chair.closed).code).toBe(4401);
    expect((await viewer.closed).code).toBe(4401);
    expect(await refusedUpgradeStatus(room.chairWs)).toBe(401);
    expect(await refusedUpgradeStatus(room.viewWs)).toBe(401);
    expect(room.server.chairUrl).not.toBe(oldChairUrl);
    expect(room.server.chairUrl).toContain(`t=${fresh.chair}`);
    const renewed = await openSocket(room.server.wsUrl(fresh.chair));
    expect((await renewed.next('hello')).role).toBe('chair');
    renewed.ws.close();
  });

  it('closes clients with 1001 when the server shuts down', async () => {
    const room = await startRoom();
    const viewer = await openSocket(room.viewWs);
    await viewer.next('hello');
    await room.server.close();
    expect((await viewer.closed).code).toBe(1001);
  });
});
