import { describe, expect, it, vi } from 'vitest';
import { createSenderGuard, handleGuarded, originOf, UntrustedSenderError, type IpcSenderEvent } from '../../electron/main/ipc-guard';

const event = (url: string | null, senderId = 1, parent: unknown = null): IpcSenderEvent => ({
  senderFrame: url === null ? null : { url, parent },
  sender: { id: senderId },
});

const guard = createSenderGuard({ trustedOrigins: ['app://duanhui'], ownWebContentsIds: () => [1, 2] });

describe('IPC sender guard', () => {
  it('trusts the main frame of our own windows on app://duanhui', () => {
    expect(guard(event('app://duanhui/index.html'))).toEqual({ trusted: true });
    expect(guard(event('app://duanhui/projector.html#x', 2))).toEqual({ trusted: true });
  });

  it.each([
    ['a web page', 'https://evil.example/', 'foreign-origin'],
    ['another custom host', 'app://evil/index.html', 'foreign-origin'],
    ['a file:// page', 'file:///etc/passwd', 'bad-url'],
    ['a data: URL', 'data:text/html,<script>1</script>', 'bad-url'],
    ['about:blank', 'about:blank', 'bad-url'],
    ['a lookalike host', 'app://duanhui.evil/index.html', 'foreign-origin'],
    ['garbage', 'not a url', 'bad-url'],
  ])('drops %s', (_what, url, reason) => {
    expect(guard(event(url))).toEqual({ trusted: false, reason });
  });

  it('drops subframes, a destroyed frame, and windows that are not ours', () => {
    expect(guard(event('app://duanhui/index.html', 1, { url: 'app://duanhui/index.html' }))).toEqual({ trusted: false, reason: 'subframe' });
    expect(guard(event(null))).toEqual({ trusted: false, reason: 'no-frame' });
    expect(guard(event('app://duanhui/index.html', 99))).toEqual({ trusted: false, reason: 'foreign-window' });
  });

  it('asks for the window list at each message (windows come and go)', () => {
    const ids = [1];
    const live = createSenderGuard({ trustedOrigins: ['app://duanhui/'], ownWebContentsIds: () => ids });
    expect(live(event('app://duanhui/index.html', 5)).trusted).toBe(false);
    ids.push(5);
    expect(live(event('app://duanhui/index.html', 5)).trusted).toBe(true);
  });

  it('computes origins for custom schemes (URL.origin would be "null")', () => {
    expect(originOf('app://duanhui/a/b.html?x#y')).toBe('app://duanhui');
    expect(originOf('http://localhost:5173/index.html')).toBe('http://localhost:5173');
    expect(originOf('file:///x')).toBeNull();
  });
});

describe('handleGuarded', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => unknown>();
    return {
      handlers,
      handle: (channel: string, fn: (event: IpcSenderEvent, ...args: unknown[]) => unknown) => void handlers.set(channel, fn),
      removeHandler: (channel: string) => void handlers.delete(channel),
    };
  }

  it('runs the handler for a trusted sender', async () => {
    const ipc = fakeIpcMain();
    handleGuarded(ipc, guard, 'x', (_e, a) => `got ${String(a)}`);
    await expect(Promise.resolve(ipc.handlers.get('x')!(event('app://duanhui/index.html'), 42))).resolves.toBe('got 42');
  });

  it('drops an untrusted sender without running the handler, and reports it', () => {
    const ipc = fakeIpcMain();
    const handler = vi.fn();
    const onDrop = vi.fn();
    handleGuarded(ipc, guard, 'meeting:command', handler, onDrop);
    expect(() => ipc.handlers.get('meeting:command')!(event('https://evil.example/'), { type: 'end-meeting' })).toThrow(
      UntrustedSenderError,
    );
    expect(handler).not.toHaveBeenCalled();
    expect(onDrop).toHaveBeenCalledWith('meeting:command', { trusted: false, reason: 'foreign-origin' }, expect.anything());
  });
});
