import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlanningApi, httpTransport, PlanningApiError } from '../../../renderer/src/planning/api/planning-api';
import { PlanningRoot } from '../../../renderer/src/planning/PlanningRoot';
import { createPlanningStore } from '../../../renderer/src/planning/state/planning-store';
import { createUiStore } from '../../../renderer/src/state/ui-store';
import { DEFAULT_POLICY } from '../../../electron/core/policy/policy';

/** A planning API whose answers the test gives: the editor talks only to this. */
function fakeApi(overrides: Record<string, unknown> = {}) {
  const check = { findings: [], suggestions: [], checklist: [], blocking: [] };
  return createPlanningApi('http', async ({ op }) => {
    if (op in overrides) return { ok: true, result: overrides[op] };
    if (op === 'get-policy') return { ok: true, result: { policy: DEFAULT_POLICY, version: 1, defaults: DEFAULT_POLICY, isDefault: true } };
    if (op === 'check') return { ok: true, result: check };
    return { ok: false, error: { code: 'not-found', message: { 'zh-CN': `无 ${op}`, en: `no ${op}` } } };
  });
}

function renderEditor(hash: string, api = fakeApi()) {
  const store = createPlanningStore(hash);
  const ui = createUiStore(null, { lang: 'zh-CN' });
  render(<PlanningRoot services={{ api, store, ui, today: () => '2026-03-04' }} strict={false} />);
  return { store, ui };
}

afterEach(cleanup);

describe('agenda editor', () => {
  it('adds items and moves one with Alt+↑, keeping the focus on it', async () => {
    renderEditor('#/meeting/new?d=2026-03-05');
    const add = await screen.findByRole('button', { name: /添加议程/ });
    fireEvent.click(add);
    fireEvent.click(add);
    const titles = () => screen.getAllByRole('textbox', { name: /^议题 \d$/ }) as HTMLInputElement[];
    fireEvent.change(titles()[0]!, { target: { value: '主题报告' } });
    fireEvent.change(titles()[1]!, { target: { value: '部门发言' } });
    titles()[1]!.focus();
    act(() => {
      fireEvent.keyDown(titles()[1]!, { key: 'ArrowUp', altKey: true });
    });
    expect(titles().map((i) => i.value)).toEqual(['部门发言', '主题报告']);
    await waitFor(() => expect(document.activeElement).toBe(titles()[0]));
    expect(screen.getByText('第 2 项移到第 1 项')).toBeTruthy();
    expect(screen.getByTestId('agenda-total').textContent).toContain('议程合计 28 分钟');
  });

  it('shows the live findings and the suggestions beside the start', async () => {
    const finding = { rule: 'no-meeting-period', severity: 'error', code: 'month', params: { month: 3, eveningStart: '18:00', date: '2026-03-05', time: '09:00', weekday: 4 } };
    const suggestions = [{ kind: 'evening', start: '2026-03-05T18:00', date: '2026-03-05', time: '18:00', weekday: 4, dayType: 'workday' }];
    renderEditor('#/meeting/new?d=2026-03-05', fakeApi({ check: { findings: [finding], suggestions, checklist: [], blocking: [finding] } }));
    expect(await screen.findByText(/3月为无会月/)).toBeTruthy();
    const slot = await screen.findByRole('button', { name: /当天晚上/ });
    fireEvent.click(slot);
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('input[name=time]')?.value).toBe('18:00'));
  });
});

describe('http transport', () => {
  it('posts { args } with the chair token and turns { ok: false } into a PlanningApiError', async () => {
    const fetchImpl = vi.fn(async () =>
      new Response(JSON.stringify({ ok: false, error: { code: 'not-found', message: { 'zh-CN': '找不到', en: 'missing' } } }), { status: 404 }),
    );
    const api = createPlanningApi('http', httpTransport('tok', fetchImpl as unknown as typeof fetch, 'http://room'));
    await expect(api.getMeeting('x')).rejects.toBeInstanceOf(PlanningApiError);
    expect(fetchImpl).toHaveBeenCalledWith('http://room/api/planning/get-meeting', expect.objectContaining({ method: 'POST', body: '{"id":"x"}', headers: expect.objectContaining({ Authorization: 'Bearer tok' }) }));
  });
});
