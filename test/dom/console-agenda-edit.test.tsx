import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleApp } from '../../renderer/src/console/ConsoleApp';
import { keyAction } from '../../renderer/src/console/keymap';
import { FakeApi, MIN, T0, runningA } from './fixtures';
import { flush, renderWithApp } from './render-app';

afterEach(cleanup);

const press = async (key: string, extra: Partial<KeyboardEventInit> = {}) => {
  fireEvent.keyDown(document.body, { key, ...extra });
  await flush();
};
const order = () => [...document.querySelectorAll('[data-testid="agenda"] > li')].map((li) => li.getAttribute('data-item'));

describe('agenda changes during a meeting', () => {
  it('maps A and Alt+↑/↓, and keeps Alt with other keys for the system', () => {
    expect(keyAction({ key: 'a' })).toBe('add-speaker');
    expect(keyAction({ key: 'ArrowUp', altKey: true })).toBe('move-up');
    expect(keyAction({ key: 'ArrowDown', altKey: true })).toBe('move-down');
    expect(keyAction({ key: 'ArrowUp' })).toBeNull();
    expect(keyAction({ key: 'a', altKey: true })).toBeNull();
  });

  it('A opens a dialog that adds an unplanned speaker at the end, selected', async () => {
    const api = new FakeApi(runningA());
    api.time = T0 + 2 * MIN;
    renderWithApp(<ConsoleApp />, api);
    await press('a');
    const dialog = screen.getByTestId('add-speaker');
    expect((screen.getByTestId('add-speaker-submit') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('发言人姓名'), { target: { value: ' 王强 ' } });
    fireEvent.change(screen.getByLabelText('单位（可不填）'), { target: { value: '县应急局' } });
    fireEvent.submit(dialog.querySelector('form')!);
    await flush();
    expect(api.sent.at(-1)).toEqual({ type: 'add-speaker', name: '王强', unit: '县应急局' });
    expect(screen.queryByTestId('add-speaker')).toBeNull();
    const last = document.querySelector('[data-testid="agenda"] > li:last-child')!;
    expect(last.textContent).toContain('王强');
    expect(last.textContent).toContain('临时');
    expect(last.className).toContain('cs-row-selected');
  });

  it('Alt+↑/↓ moves the selected pending row; the buttons do the same', async () => {
    const api = new FakeApi(runningA());
    renderWithApp(<ConsoleApp />, api);
    expect(order()).toEqual(['a', 'b', 'c']);
    fireEvent.click(document.querySelector('[data-item="c"] button')!);
    await press('ArrowUp', { altKey: true });
    expect(api.sent.at(-1)).toEqual({ type: 'reorder', from: 2, to: 1 });
    expect(order()).toEqual(['a', 'c', 'b']);
    // The running item cannot be passed: "up" is greyed out.
    expect((screen.getByTestId('move-up') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('move-down'));
    await flush();
    expect(order()).toEqual(['a', 'b', 'c']);
  });

  it('the agenda buttons: 临时发言 opens the dialog', async () => {
    renderWithApp(<ConsoleApp />, new FakeApi(runningA()));
    fireEvent.click(screen.getByTestId('add-speaker-open'));
    await flush();
    expect(screen.getByTestId('add-speaker')).toBeTruthy();
    await press('Escape');
    expect(screen.queryByTestId('add-speaker')).toBeNull();
  });
});
