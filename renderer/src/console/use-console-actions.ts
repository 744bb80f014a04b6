import { useCallback } from 'react';
import type { CommandResult, ServiceCommand } from '../api/duanhui-api';
import { useServices } from '../shared/app-context';
import { controlStates, missingApprovals, type ControlId } from './control-state';
import type { KeyAction } from './keymap';

/**
 * Runs console actions: from buttons and from keys alike. Disabled actions do nothing from the
 * keyboard (the button shows why); refusals from the service become a toast in the chosen language.
 */
export function useConsoleActions() {
  const { api, live, ui, now } = useServices();

  const send = useCallback(
    async (command: ServiceCommand): Promise<CommandResult> => {
      const result = await api.execute(command);
      if (result.ok) {
        live.getState().apply(result.snapshot);
      } else {
        if (result.refusal.code === 'approval-missing') ui.getState().open('override');
        ui.getState().showToast(result.refusal.message);
      }
      return result;
    },
    [api, live, ui],
  );

  const startMeeting = useCallback(() => {
    const engine = live.getState().snapshot?.engine;
    if (!engine) return;
    if (missingApprovals(engine, now()).length > 0) {
      ui.getState().open('override');
      return;
    }
    void send({ type: 'start-meeting' });
  }, [live, now, send, ui]);

  const control = useCallback(
    (id: ControlId) => {
      const engine = live.getState().snapshot?.engine ?? null;
      const state = controlStates(engine, now())[id];
      if (!state.enabled) return;
      if (id === 'primary' && state.command?.type === 'start-meeting') return startMeeting();
      if (id === 'message') return ui.getState().open('message');
      if (id === 'end-meeting') return ui.getState().open('confirm-end');
      if (state.command) void send(state.command);
    },
    [live, now, send, startMeeting, ui],
  );

  const addSpeaker = useCallback(() => {
    const engine = live.getState().snapshot?.engine;
    if (engine && engine.meeting.status !== 'ended') ui.getState().open('add-speaker');
  }, [live, ui]);

  /** Moves the selected agenda row one place; the engine refuses unless both places are pending. */
  const move = useCallback(
    (by: -1 | 1) => {
      const engine = live.getState().snapshot?.engine;
      const from = engine?.items.findIndex((i) => i.id === ui.getState().selectedItemId) ?? -1;
      if (!engine || from < 0) return;
      const to = from + by;
      if (to < 0 || to >= engine.items.length) return;
      void send({ type: 'reorder', from, to });
    },
    [live, send, ui],
  );

  const key = useCallback(
    (action: KeyAction) => {
      const uiState = ui.getState();
      if (action === 'escape') {
        if (uiState.dialog !== 'none') return uiState.close();
        const engine = live.getState().snapshot?.engine;
        if (engine?.message && engine.meeting.status !== 'ended') return void send({ type: 'clear-message' });
        if (engine?.blackout) return void send({ type: 'blackout', on: false });
        return;
      }
      if (action === 'help') return uiState.open(uiState.dialog === 'help' ? 'none' : 'help');
      // With a dialog open, the keys belong to the dialog.
      if (uiState.dialog !== 'none') return;
      if (action === 'start') {
        const engine = live.getState().snapshot?.engine;
        const item = engine?.items.find((i) => i.id === engine.currentId);
        // F5 starts; it never pauses a running speaker.
        if (item?.status === 'running') return;
        return control('primary');
      }
      if (action === 'add-speaker') return addSpeaker();
      if (action === 'move-up') return move(-1);
      if (action === 'move-down') return move(1);
      const map: Record<Exclude<KeyAction, 'escape' | 'help' | 'start' | 'add-speaker' | 'move-up' | 'move-down'>, ControlId> = {
        primary: 'primary',
        next: 'next',
        skip: 'skip',
        extend: 'extend',
        message: 'message',
        blackout: 'blackout',
        undo: 'undo',
      };
      control(map[action]);
    },
    [addSpeaker, control, live, move, send, ui],
  );

  return { send, control, key, startMeeting, addSpeaker, move };
}
