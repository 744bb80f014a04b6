import { describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers, type IpcHandlerDeps, type ShellIpcEvent } from '../../electron/main/ipc-handlers';
import type { IpcSenderEvent, SenderVerdict } from '../../electron/main/ipc-guard';
import { createPreloadApi, type IpcRendererLike } from '../../electron/preload/preload-api';
import type { RecordsReply } from '../../electron/shared/ipc-contract';

type Handler = (event: ShellIpcEvent, ...args: unknown[]) => unknown;

/** registerIpcHandlers with everything but `records` stubbed; the guard trusts sender id 1 only. */
function setup(records?: IpcHandlerDeps['records']) {
  const handlers = new Map<string, Handler>();
  const dropped: string[] = [];
  registerIpcHandlers({
    ipcMain: { handle: (channel, fn) => handlers.set(channel, fn), removeHandler: (channel) => handlers.delete(channel) },
    guard: (event: IpcSenderEvent): SenderVerdict => (event.sender.id === 1 ? { trusted: true } : { trusted: false, reason: 'foreign-window' }),
    meeting: {} as IpcHandlerDeps['meeting'],
    projector: {} as IpcHandlerDeps['projector'],
    pushHub: {} as IpcHandlerDeps['pushHub'],
    lanSharing: null,
    appInfo: () => ({}) as never,
    ...(records ? { records } : {}),
    onDrop: (channel) => dropped.push(channel),
  });
  const event = (id: number) => ({ senderFrame: { url: 'app://duanhui/records.html', parent: null }, sender: { id, send: () => {} } }) as unknown as ShellIpcEvent;
  return { handlers, dropped, event };
}

describe('the records IPC channel', () => {
  it('forwards { op, args } to the records dispatcher and returns its reply', async () => {
    const reply: RecordsReply = { ok: true, result: { records: [] } };
    const records = vi.fn(async () => reply);
    const { handlers, event } = setup(records);
    const request = { op: 'listRecords', args: { from: '2026-04-01', to: '2026-04-30' } };
    await expect(handlers.get('records')!(event(1), request)).resolves.toEqual(reply);
    expect(records).toHaveBeenCalledWith(request);
  });

  it('is behind the sender guard like every channel', () => {
    const records = vi.fn(async (): Promise<RecordsReply> => ({ ok: true, result: null }));
    const { handlers, dropped, event } = setup(records);
    expect(() => handlers.get('records')!(event(99), { op: 'listRecords' })).toThrow(/not one of Duanhui's own pages/);
    expect(records).not.toHaveBeenCalled();
    expect(dropped).toEqual(['records']);
  });

  it('says so in both languages when the window has no records service', async () => {
    const { handlers, event } = setup();
    await expect(Promise.resolve(handlers.get('records')!(event(1), { op: 'listRecords' }))).resolves.toMatchObject({
      ok: false,
      error: { code: 'storage', message: { 'zh-CN': '此窗口未接入会议记录服务。', en: 'Meeting records are not available in this window.' } },
    });
  });

  it('is one named operation of window.duanhui', async () => {
    const invoked: unknown[][] = [];
    const ipc: IpcRendererLike = {
      invoke: async (channel, ...args) => {
        invoked.push([channel, ...args]);
        return { ok: true, result: 1 };
      },
      on: () => {},
      removeListener: () => {},
    };
    const api = createPreloadApi(ipc);
    await expect(api.records({ op: 'report', args: { period: 'month', key: '2026-04' } })).resolves.toEqual({ ok: true, result: 1 });
    expect(invoked).toEqual([['records', { op: 'report', args: { period: 'month', key: '2026-04' } }]]);
  });
});
