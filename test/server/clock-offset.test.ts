/**
 * A screen whose clock is 5 s off still shows the same remaining seconds as the server:
 * RoomClient's estimator runs over a real loopback WebSocket against the real server.
 */
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { remainingSeconds } from '../../renderer/src/api/clock-sync';
import { RoomClient, type RoomClientState } from '../../renderer/src/api/ws-client';
import { fakeEngineOf } from './fake-meeting-service';
import { startRoom } from './room-harness';

function waitFor(client: RoomClient, test: (state: RoomClientState) => boolean): Promise<RoomClientState> {
  return new Promise((resolve) => {
    if (test(client.getState())) return resolve(client.getState());
    const off = client.subscribe(() => {
      if (test(client.getState())) {
        off();
        resolve(client.getState());
      }
    });
  });
}

const BURST = 5;

describe.each([5_000, -5_000])('a screen whose clock is off by %i ms', (skew) => {
  it('shows the same remaining seconds as the server, second by second', async () => {
    const room = await startRoom();
    // One true time for the whole test, held still while the pings fly, so the only difference
    // between the two screens is the skew the estimator must remove.
    const trueTime = room.serviceTime;
    const client = new RoomClient({
      url: room.viewWs,
      WebSocketImpl: WebSocket,
      now: () => trueTime.value + skew,
      sync: { burst: BURST, burstGapMs: 0 },
    });
    client.start();
    try {
      await waitFor(client, (s) => s.connected && s.clockOffsetMs !== null);
      expect(client.getState().clockOffsetMs).toBe(-skew);

      await room.service.execute({ type: 'start-meeting' });
      const state = await waitFor(client, (s) => fakeEngineOf(s.snapshot)?.phase === 'running');
      const deadline = fakeEngineOf(state.snapshot)?.deadline ?? Number.NaN;

      for (let t = 0; t <= 8 * 60_000 + 1_500; t += 250) {
        trueTime.value = deadline - 8 * 60_000 + t;
        const server = remainingSeconds(deadline, room.service.now());
        const screen = remainingSeconds(deadline, client.serverNow());
        expect(screen, `at +${t} ms`).toBe(server);
      }
      // Without the estimate, the skewed clock would be 5 whole seconds off.
      trueTime.value = deadline - 60_000;
      expect(remainingSeconds(deadline, trueTime.value + skew)).not.toBe(remainingSeconds(deadline, room.service.now()));
    } finally {
      client.stop();
    }
  });
});

describe('a screen on the real clock', () => {
  it('estimates a ±5 s skew to within the loopback round trip', async () => {
    const room = await startRoom();
    room.service.now = Date.now;
    for (const skew of [5_000, -5_000]) {
      const client = new RoomClient({
        url: room.viewWs,
        WebSocketImpl: WebSocket,
        now: () => Date.now() + skew,
        sync: { burst: BURST, burstGapMs: 0 },
      });
      client.start();
      try {
        const state = await waitFor(client, (s) => s.clockOffsetMs !== null);
        const error = Math.abs((state.clockOffsetMs ?? 0) + skew);
        // Date.now() has 1 ms resolution; the half round trip bounds the rest.
        expect(error).toBeLessThanOrEqual((state.roundTripMs ?? 0) / 2 + 1);
      } finally {
        client.stop();
      }
    }
  });
});
