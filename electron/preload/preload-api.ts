import {
  PUSH_CHANNEL,
  STATE_TOPICS,
  TOPICS,
  type DuanhuiApi,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  type Topic,
  type Topics,
  type Unsubscribe,
} from '../shared/ipc-contract';

/** The part of Electron's `ipcRenderer` the preload uses; never handed to the page. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface PreloadOptions {
  /** Where listener errors go; a throwing listener must not stop the others. */
  reportError?: (message: string, error: unknown) => void;
}

const isTopic = (value: unknown): value is Topic => typeof value === 'string' && (TOPICS as readonly string[]).includes(value);
const isStateTopic = (topic: Topic): boolean => (STATE_TOPICS as readonly string[]).includes(topic);

/**
 * The narrow API the preload exposes as `window.duanhui`. Only named operations: no channel
 * names, no `ipcRenderer`, no IPC event objects reach the page (listeners get the payload only).
 */
export function createPreloadApi(ipcRenderer: IpcRendererLike, options: PreloadOptions = {}): DuanhuiApi {
  const reportError = options.reportError ?? ((message, error) => console.error(message, error));

  const invoke = <C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<InvokeResult<C>> =>
    ipcRenderer.invoke(channel, ...args) as Promise<InvokeResult<C>>;

  const listeners = new Map<Topic, Set<(payload: unknown) => void>>();
  /** The latest value of each state topic, so a second subscriber gets it at once too. */
  const latest = new Map<Topic, unknown>();
  let pushListener: ((event: unknown, ...args: unknown[]) => void) | null = null;

  const deliver = (topic: Topic, payload: unknown): void => {
    if (isStateTopic(topic)) latest.set(topic, payload);
    for (const listener of [...(listeners.get(topic) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        reportError(`duanhui: a "${topic}" listener threw`, error);
      }
    }
  };

  const ensurePushListener = (): void => {
    if (pushListener) return;
    // The IPC event stays here: only the message's payload goes on.
    pushListener = (_event, message) => {
      if (typeof message !== 'object' || message === null) return;
      const { topic, payload } = message as { topic?: unknown; payload?: unknown };
      if (isTopic(topic) && listeners.has(topic)) deliver(topic, payload);
    };
    ipcRenderer.on(PUSH_CHANNEL, pushListener);
  };

  const dropPushListenerIfIdle = (): void => {
    if (listeners.size > 0 || !pushListener) return;
    ipcRenderer.removeListener(PUSH_CHANNEL, pushListener);
    pushListener = null;
  };

  const subscribe = <T extends Topic>(topic: T, listener: (payload: Topics[T]) => void): Unsubscribe => {
    if (!isTopic(topic)) throw new TypeError(`duanhui.subscribe: unknown topic ${JSON.stringify(topic)}; expected one of ${TOPICS.join(', ')}`);
    if (typeof listener !== 'function') throw new TypeError('duanhui.subscribe: the listener must be a function');
    const wrapped = (payload: unknown): void => listener(payload as Topics[T]);
    let set = listeners.get(topic);
    const first = !set;
    if (!set) {
      set = new Set();
      listeners.set(topic, set);
    }
    set.add(wrapped);
    ensurePushListener();
    if (first) {
      invoke('push:subscribe', topic).catch((error: unknown) => reportError(`duanhui: cannot subscribe to "${topic}"`, error));
    } else if (latest.has(topic)) {
      const value = latest.get(topic);
      queueMicrotask(() => {
        if (set.has(wrapped)) {
          try {
            wrapped(value);
          } catch (error) {
            reportError(`duanhui: a "${topic}" listener threw`, error);
          }
        }
      });
    }

    let active = true;
    return () => {
      if (!active) return;
      active = false;
      const current = listeners.get(topic);
      if (!current) return;
      current.delete(wrapped);
      if (current.size === 0) {
        listeners.delete(topic);
        latest.delete(topic);
        invoke('push:unsubscribe', topic).catch((error: unknown) => reportError(`duanhui: cannot unsubscribe from "${topic}"`, error));
        dropPushListenerIfIdle();
      }
    };
  };

  return {
    command: (command) => invoke('meeting:command', command),
    query: (name, args) => invoke('meeting:query', name, args as never) as never,
    importSchedule: (schedule, opts) => invoke('meeting:import-schedule', schedule, opts),
    subscribe,
    shell: {
      listDisplays: () => invoke('shell:list-displays'),
      chooseProjectorDisplay: (displayId) => invoke('shell:choose-projector-display', displayId),
      openProjector: () => invoke('shell:open-projector'),
      closeProjector: () => invoke('shell:close-projector'),
      previewProjector: () => invoke('shell:preview-projector'),
      getLanSharing: () => invoke('shell:get-lan-sharing'),
      setLanSharing: (enabled) => invoke('shell:set-lan-sharing', enabled),
      appInfo: () => invoke('shell:app-info'),
    },
    planning: (request) => invoke('planning', request),
    records: (request) => invoke('records', request),
  };
}
