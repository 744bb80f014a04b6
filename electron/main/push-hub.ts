import { PUSH_CHANNEL, STATE_TOPICS, type PushMessage, type Topic, type Topics } from '../shared/ipc-contract';

/** A renderer the hub pushes to (Electron's `webContents`). */
export interface PushTarget {
  id: number;
  send(channel: string, message: PushMessage): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
}

export interface PushHub {
  /** Starts pushing `topic` to `target`; a state topic's current value is sent at once. */
  subscribe(target: PushTarget, topic: Topic): void;
  unsubscribe(target: PushTarget, topic: Topic): void;
  publish<T extends Topic>(topic: T, payload: Topics[T]): void;
  /** How many renderers listen to `topic` (for tests and diagnostics). */
  subscriberCount(topic: Topic): number;
}

/**
 * Main → renderer pushes, per renderer and per topic. `current` gives a state topic's value now
 * (undefined: nothing yet), so a window that subscribes late starts from the truth.
 */
export function createPushHub(current: <T extends Topic>(topic: T) => Topics[T] | undefined): PushHub {
  const targets = new Map<number, { target: PushTarget; topics: Set<Topic> }>();

  const send = (target: PushTarget, message: PushMessage): void => {
    if (target.isDestroyed()) {
      targets.delete(target.id);
      return;
    }
    target.send(PUSH_CHANNEL, message);
  };

  return {
    subscribe(target, topic) {
      let entry = targets.get(target.id);
      if (!entry) {
        entry = { target, topics: new Set() };
        targets.set(target.id, entry);
        target.once('destroyed', () => targets.delete(target.id));
      }
      entry.topics.add(topic);
      if ((STATE_TOPICS as readonly Topic[]).includes(topic)) {
        const value = current(topic);
        if (value !== undefined) send(target, { topic, payload: value });
      }
    },
    unsubscribe(target, topic) {
      // The entry stays (with its one 'destroyed' listener) until the renderer goes away.
      targets.get(target.id)?.topics.delete(topic);
    },
    publish(topic, payload) {
      for (const { target, topics } of [...targets.values()]) {
        if (topics.has(topic)) send(target, { topic, payload } as PushMessage);
      }
    },
    subscriberCount(topic) {
      let n = 0;
      for (const { topics } of targets.values()) if (topics.has(topic)) n += 1;
      return n;
    },
  };
}
