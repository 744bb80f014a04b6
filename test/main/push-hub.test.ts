import { describe, expect, it } from 'vitest';
import { createPushHub, type PushTarget } from '../../electron/main/push-hub';
import { PUSH_CHANNEL, type Topic, type Topics } from '../../electron/shared/ipc-contract';
import { FakeEmitter } from './fakes';

class FakeTarget extends FakeEmitter implements PushTarget {
  sent: unknown[] = [];
  destroyed = false;
  constructor(public id: number) {
    super();
  }
  send(channel: string, message: unknown): void {
    expect(channel).toBe(PUSH_CHANNEL);
    this.sent.push(message);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

const snapshot = { version: 7, at: 0, meetingId: null, engine: null };
const current = <T extends Topic>(topic: T): Topics[T] | undefined => (topic === 'snapshot' ? (snapshot as Topics[T]) : undefined);

describe('push hub', () => {
  it('sends a state topic\'s current value on subscribe, then every publish', () => {
    const hub = createPushHub(current);
    const a = new FakeTarget(1);
    hub.subscribe(a, 'snapshot');
    hub.publish('snapshot', { ...snapshot, version: 8 });
    expect(a.sent).toEqual([
      { topic: 'snapshot', payload: snapshot },
      { topic: 'snapshot', payload: { ...snapshot, version: 8 } },
    ]);
  });

  it('pushes a topic only to its subscribers, and stops after unsubscribe', () => {
    const hub = createPushHub(current);
    const a = new FakeTarget(1);
    const b = new FakeTarget(2);
    hub.subscribe(a, 'menu-command');
    hub.subscribe(b, 'shell-notice');
    hub.publish('menu-command', 'next-item');
    hub.unsubscribe(a, 'menu-command');
    hub.publish('menu-command', 'undo');
    expect(a.sent).toEqual([{ topic: 'menu-command', payload: 'next-item' }]);
    expect(b.sent).toEqual([]);
  });

  it('forgets a renderer when it is destroyed', () => {
    const hub = createPushHub(current);
    const a = new FakeTarget(1);
    hub.subscribe(a, 'displays');
    expect(hub.subscriberCount('displays')).toBe(1);
    a.emit('destroyed');
    expect(hub.subscriberCount('displays')).toBe(0);
    const b = new FakeTarget(2);
    hub.subscribe(b, 'displays');
    b.destroyed = true;
    hub.publish('displays', { displays: [], projector: { placement: { kind: 'off' }, preferred: null } });
    expect(b.sent).toEqual([]);
  });

  it('registers one destroyed listener per renderer however often it resubscribes', () => {
    const hub = createPushHub(current);
    const a = new FakeTarget(1);
    for (let i = 0; i < 20; i++) {
      hub.subscribe(a, 'snapshot');
      hub.unsubscribe(a, 'snapshot');
    }
    expect(a.listenerCount('destroyed')).toBe(1);
  });
});
