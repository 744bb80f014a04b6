import { describe, expect, it, vi } from 'vitest';
import { ensureSingleInstance } from '../../electron/main/single-instance';
import { FakeEmitter } from './fakes';

class FakeApp extends FakeEmitter {
  quit = vi.fn();
  constructor(private readonly gotLock: boolean) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
}

describe('single instance', () => {
  it('the second copy quits at once', () => {
    const app = new FakeApp(false);
    const focus = vi.fn();
    expect(ensureSingleInstance(app, focus)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the first copy brings its console forward when a second one starts', () => {
    const app = new FakeApp(true);
    const focus = vi.fn();
    expect(ensureSingleInstance(app, focus)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['duanhui'], '/');
    expect(focus).toHaveBeenCalledTimes(1);
  });
});
