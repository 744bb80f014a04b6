import { useCallback, useEffect, useMemo, useState } from 'react';
import { display } from '../../../electron/core/engine/clock-display';
import { useLive, useServices } from '../shared/app-context';
import { useLiveNow } from '../shared/use-live-now';
import { AgendaList } from './AgendaList';
import { ConsoleHeader } from './ConsoleHeader';
import { undoChangeAt, type ControlId } from './control-state';
import type { MenuCommand } from '../api/duanhui-api';
import { Controls } from './Controls';
import { CurrentPanel } from './CurrentPanel';
import { Dialogs } from './Dialogs';
import { civilTime } from './format';
import { keyAction, type KeyLike } from './keymap';
import { MeetingPicker } from './MeetingPicker';
import { ShellBanner, useBannerShown } from './ShellBanner';
import { ShellProvider } from './shell-context';
import { SidePanel } from './SidePanel';
import { ToastView } from './ToastView';
import { useConsoleActions } from './use-console-actions';

const earliest = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.min(a, b));

/** The chair console: meeting, agenda, current speaker, controls, projector preview. */
export function ConsoleApp() {
  return (
    <ShellProvider>
      <ConsoleScreen />
    </ShellProvider>
  );
}

function ConsoleScreen() {
  const { now: clock } = useServices();
  const engine = useLive((s) => s.snapshot?.engine ?? null);
  const hasSnapshot = useLive((s) => s.snapshot !== null);
  const version = useLive((s) => s.snapshot?.version ?? 0);
  const [picking, setPicking] = useState(false);
  const nextChangeAt = useCallback(
    (at: number) => earliest(engine ? display(engine, at).nextChangeAt : null, undoChangeAt(engine, at)),
    [engine],
  );
  const now = useLiveNow(clock, nextChangeAt, engine);
  const view = useMemo(() => (engine ? display(engine, now) : null), [engine, now]);
  const actions = useConsoleActions();
  useGlobalKeys(actions.key);
  useShellEvents(actions);

  const today = civilTime(now, engine?.policy.timeZone ?? 'Asia/Shanghai', 'sv-SE', true).slice(0, 10);
  const showPicker = hasSnapshot && (!engine || picking);
  const banner = useBannerShown();

  return (
    <div className={banner ? 'cs cs-with-banner' : 'cs'} data-testid="console" data-version={version}>
      <ConsoleHeader engine={engine} now={now} onChangeMeeting={() => setPicking(true)} />
      <ShellBanner />
      {showPicker ? (
        <MeetingPicker today={today} onDone={engine ? () => setPicking(false) : null} />
      ) : engine && view ? (
        <div className="cs-body">
          <AgendaList engine={engine} view={view} actions={actions} />
          <div className="cs-center">
            <CurrentPanel engine={engine} view={view} />
            <Controls engine={engine} now={now} onControl={actions.control} />
          </div>
          <SidePanel />
        </div>
      ) : (
        <div className="cs-body cs-waiting" />
      )}
      <Dialogs engine={engine} now={now} actions={actions} />
      <ToastView />
    </div>
  );
}

const MENU_TO_CONTROL: Record<MenuCommand, ControlId | null> = {
  'start-meeting': 'primary',
  'pause-resume': 'primary',
  'next-item': 'next',
  'grant-extension': 'extend',
  'end-meeting': 'end-meeting',
  undo: 'undo',
  blackout: 'blackout',
};

/** The desktop app's menu and shell notices (absent in a browser). */
function useShellEvents(actions: ReturnType<typeof useConsoleActions>) {
  const { api, ui } = useServices();
  useEffect(() => {
    const offMenu = api.subscribeMenu((command) => {
      const id = MENU_TO_CONTROL[command];
      if (id) actions.control(id);
    });
    const offNotices = api.subscribeNotices((notice) => ui.getState().showToast(notice.message, notice.severity === 'warning' ? 'refusal' : 'info'));
    return () => {
      offMenu();
      offNotices();
    };
  }, [actions, api, ui]);
}

function useGlobalKeys(onAction: ReturnType<typeof useConsoleActions>['key']) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A focused button keeps Space and Enter (keyboard users tab to a button and press it).
      const target = event.target as HTMLElement | null;
      if (target?.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
      const action = keyAction(event as KeyLike);
      if (!action) return;
      // F5 would reload the page, Space scroll it, PageUp/PageDown scroll the agenda.
      event.preventDefault();
      onAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onAction]);
}
