import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleApp } from '../../renderer/src/console/ConsoleApp';
import type { CommandResult, ServiceCommand } from '../../renderer/src/api/duanhui-api';
import { FakeApi, MIN, SEC, T0, meeting, runningA, sessionAfter } from './fixtures';
import { flush, renderWithApp } from './render-app';

afterEach(cleanup);

const press = async (key: string, extra: Partial<KeyboardEventInit> = {}) => {
  fireEvent.keyDown(document.body, { key, ...extra });
  await flush();
};
const button = (id: string) => document.querySelector(`[data-control="${id}"]`) as HTMLButtonElement;
const lastSent = (api: FakeApi) => api.sent[api.sent.length - 1];

describe('chair console', () => {
  it('shows the meeting with its approval state, the agenda with states and declared extension', () => {
    renderWithApp(<ConsoleApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('全县经济工作推进会');
    expect(screen.getByTestId('approval-state').textContent).toBe('无需报批');
    const agenda = screen.getByTestId('agenda');
    expect(within(agenda).getAllByRole('listitem')).toHaveLength(3);
    expect(agenda.textContent).toContain('已申明延时 5 分钟');
    expect(agenda.textContent).toContain('计划 8:00');
    expect(agenda.textContent).toContain('待进行');
  });

  it('runs a meeting from the keyboard: Space, E, M 1, B, Esc, N, Ctrl+Z', async () => {
    const { api } = renderWithApp(<ConsoleApp />);
    await press(' ');
    expect(lastSent(api)).toEqual({ type: 'start-meeting' });
    api.time = T0 + MIN;
    await press(' ');
    expect(lastSent(api)).toEqual({ type: 'start-item' });
    expect(screen.getByTestId('console-clock').textContent).toBe('8:00');
    expect(screen.getByTestId('preview').querySelector('[role="timer"]')?.getAttribute('data-text')).toBe('8:00');

    api.time = T0 + 3 * MIN;
    await press('e');
    expect(lastSent(api)).toEqual({ type: 'grant-extension' });
    expect(screen.getByTestId('why-extend').textContent).toBe('已延时一次');

    await press('m');
    expect(screen.getByTestId('message-composer')).toBeTruthy();
    fireEvent.keyDown(screen.getByTestId('message-composer'), { key: '1' });
    await flush();
    expect(lastSent(api)).toEqual({ type: 'message', preset: 'hurry' });
    expect(screen.queryByTestId('message-composer')).toBeNull();
    expect(screen.getByTestId('preview').textContent).toContain('请抓紧时间');

    await press('b');
    expect(lastSent(api)).toEqual({ type: 'blackout', on: true });
    expect(screen.getByTestId('preview').querySelector('[data-phase="blackout"]')).toBeTruthy();
    await press('Escape'); // clears the message first
    expect(lastSent(api)).toEqual({ type: 'clear-message' });
    await press('Escape'); // then ends the blackout
    expect(lastSent(api)).toEqual({ type: 'blackout', on: false });

    api.time = T0 + 4 * MIN;
    await press('PageDown');
    expect(lastSent(api)).toEqual({ type: 'next' });
    expect(screen.getByTestId('current').textContent).toContain('刘芳');
    await press('z', { ctrlKey: true });
    expect(lastSent(api)).toEqual({ type: 'undo' });
    expect(screen.getByTestId('current').textContent).toContain('陈华');
  });

  it('greys out extension with the reason: 未事先申明 for a speaker who did not declare', async () => {
    const api = new FakeApi(
      sessionAfter([
        [{ type: 'start-meeting' }, T0],
        [{ type: 'start-item', index: 1 }, T0 + MIN],
      ]),
    );
    api.time = T0 + 2 * MIN;
    renderWithApp(<ConsoleApp />, api);
    expect(button('extend').disabled).toBe(true);
    expect(screen.getByTestId('why-extend').textContent).toBe('未事先申明');
    const before = api.sent.length;
    await press('e');
    expect(api.sent.length).toBe(before);
  });

  it('reasons and labels follow the language', () => {
    const api = new FakeApi(runningA());
    api.time = T0 + 2 * MIN;
    renderWithApp(<ConsoleApp />, api, 'en');
    expect(button('extend').textContent).toContain('Extend 5 min');
    expect(button('primary').textContent).toContain('Pause');
    cleanup();
    const undeclared = new FakeApi(
      sessionAfter([
        [{ type: 'start-meeting' }, T0],
        [{ type: 'start-item', index: 1 }, T0 + MIN],
      ]),
    );
    renderWithApp(<ConsoleApp />, undeclared, 'en');
    expect(screen.getByTestId('why-extend').textContent).toBe('Not declared in advance');
  });

  it('a county-wide meeting without both approvals asks for a written reason before it starts', async () => {
    const api = new FakeApi(sessionAfter([], meeting({ countyWide: true })));
    renderWithApp(<ConsoleApp />, api);
    expect(screen.getByTestId('approval-state').textContent).toBe('缺少批准：县委书记、县长');
    await press(' ');
    expect(api.sent).toEqual([]);
    const dialog = screen.getByTestId('override-dialog');
    const confirm = screen.getByTestId('override-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: '防汛紧急部署，批件后补' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await flush();
    expect(lastSent(api)).toEqual({ type: 'start-meeting', overrideReason: '防汛紧急部署，批件后补' });
    expect(screen.queryByTestId('override-dialog')).toBeNull();
    expect(screen.getByTestId('approval-state').textContent).toContain('已强制开始');
  });

  it('ending the meeting asks once; it cannot be undone', async () => {
    const api = new FakeApi(runningA());
    renderWithApp(<ConsoleApp />, api);
    fireEvent.click(button('end-meeting'));
    expect(screen.getByTestId('confirm-end')).toBeTruthy();
    expect(api.sent).toEqual([]);
    fireEvent.click(screen.getByTestId('confirm-end-button'));
    await flush();
    expect(lastSent(api)).toEqual({ type: 'end-meeting' });
    expect(screen.getByTestId('meeting-status').textContent).toBe('已结束');
  });

  it('a refusal is shown as a toast in the chosen language', async () => {
    class Refusing extends FakeApi {
      override async execute(command: ServiceCommand): Promise<CommandResult> {
        this.sent.push(command);
        return { ok: false, refusal: { code: 'meeting-in-recess', message: { 'zh-CN': '会议正在休会，请先恢复会议。', en: 'The meeting is in recess; resume it first.' } } };
      }
    }
    renderWithApp(<ConsoleApp />, new Refusing(runningA()), 'en');
    await press('n');
    expect(screen.getByTestId('toast').textContent).toContain('The meeting is in recess; resume it first.');
  });

  it('? lists the keys, clicker keys included; Esc closes it', async () => {
    renderWithApp(<ConsoleApp />);
    await press('?');
    const help = screen.getByTestId('help-overlay');
    for (const key of ['Space', 'PageDown', 'PageUp', 'F5', 'Ctrl+Z', 'Esc']) expect(help.textContent).toContain(key);
    expect(help.textContent).toContain('撤销上一步');
    await press('Escape');
    expect(screen.queryByTestId('help-overlay')).toBeNull();
  });

  it('first start with nothing stored offers the sample meeting', async () => {
    const api = new FakeApi(null);
    renderWithApp(<ConsoleApp />, api);
    await flush();
    const offer = screen.getByTestId('first-start');
    expect(offer.textContent).toContain('载入示例会议');
    fireEvent.click(screen.getByTestId('load-sample'));
    await flush();
    expect(api.sent).toEqual([{ type: 'load-sample' }]);
    expect(screen.getByTestId('agenda')).toBeTruthy();
  });

  it('shows 连接中断 while the link is down', async () => {
    const api = new FakeApi(runningA());
    renderWithApp(<ConsoleApp />, api);
    expect(screen.queryByTestId('connection-badge')).toBeNull();
    act(() => api.setConnection({ connected: false, revoked: false }));
    expect(screen.getByTestId('connection-badge').textContent).toBe('连接中断');
  });

  it('the desktop menu drives the same actions as the keys', async () => {
    const { api } = renderWithApp(<ConsoleApp />);
    act(() => api.menuListeners.forEach((l) => l('start-meeting')));
    await flush();
    expect(lastSent(api)).toEqual({ type: 'start-meeting' });
    act(() => api.menuListeners.forEach((l) => l('blackout')));
    await flush();
    expect(lastSent(api)).toEqual({ type: 'blackout', on: true });
  });

  it('F5 starts but never pauses a running speaker', async () => {
    const api = new FakeApi(runningA());
    api.time = T0 + MIN + 10 * SEC;
    renderWithApp(<ConsoleApp />, api);
    await press('F5');
    expect(api.sent).toEqual([]);
    await press(' ');
    expect(lastSent(api)).toEqual({ type: 'pause-item' });
    await press('F5');
    expect(lastSent(api)).toEqual({ type: 'resume-item' });
  });
});
