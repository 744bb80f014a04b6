import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLanSharing, type LanSharing } from '../../electron/server/lan-sharing';
import { openMeetingService, type MeetingService } from '../../electron/services/meeting-service';

describe('LAN sharing switch', () => {
  let dir: string;
  let service: MeetingService;
  let sharing: LanSharing;

  afterEach(async () => {
    await sharing?.close();
    service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const setup = () => {
    dir = mkdtempSync(join(tmpdir(), 'duanhui-lan-'));
    service = openMeetingService({ dataDir: dir });
    // Loopback stands in for the meeting-room LAN: tests never bind a real network.
    sharing = createLanSharing({ service, host: '127.0.0.1', port: 0 });
  };

  it('is off until switched on, then serves the viewer and projector links', async () => {
    setup();
    expect(sharing.status()).toEqual({ available: true, enabled: false, urls: [] });
    const on = await sharing.setEnabled(true);
    expect(on.enabled).toBe(true);
    expect(on.urls).toHaveLength(2);
    const [viewer] = on.urls;
    const auth = { authorization: `Bearer ${new URL(viewer!).searchParams.get('t')}` };
    expect((await fetch(new URL('/api/time', viewer).href, { headers: auth })).status).toBe(200);
    // The room's link watches; it never controls the timer.
    expect((await fetch(new URL('/api/next', viewer).href, { method: 'POST', headers: auth })).status).toBe(403);
  });

  it('keeps the same links across off and on, and stops listening when off', async () => {
    setup();
    const first = await sharing.setEnabled(true);
    const off = await sharing.setEnabled(false);
    expect(off).toEqual({ available: true, enabled: false, urls: [] });
    await expect(fetch(first.urls[0]!)).rejects.toThrow();
    const again = await sharing.setEnabled(true);
    const token = (u: string) => new URL(u).searchParams.get('t');
    expect(again.urls.map(token)).toEqual(first.urls.map(token));
  });

  it('a double press starts one server, and a failure is reported, not thrown', async () => {
    setup();
    const [a, b] = await Promise.all([sharing.setEnabled(true), sharing.setEnabled(true)]);
    expect(a.urls).toEqual(b.urls);
    const port = new URL(a.urls[0]!).port;
    const clash = createLanSharing({ service, host: '127.0.0.1', port: Number(port) });
    const failed = await clash.setEnabled(true);
    expect(failed.enabled).toBe(false);
    expect(failed.problem?.['zh-CN']).toMatch(/无法开启局域网共享/);
    await clash.close();
  });
});
