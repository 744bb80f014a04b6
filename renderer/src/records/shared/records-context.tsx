import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { Lang } from '../../i18n';
import type { UiStore } from '../../state/ui-store';
import { RecordsApiError, type FileToSave, type RecordsApi } from '../api/records-api';
import type { ChartRenderer } from '../charts/chart-renderer';
import { RECORDS_NS } from '../i18n';
import type { RecordsState, RecordsStore } from '../state/records-store';

export interface RecordsServices {
  api: RecordsApi;
  store: RecordsStore;
  ui: UiStore;
  /** Today's civil date, for the first period shown; tests and screenshots fix it. */
  today: () => string;
  /** Draws the report's charts (ECharts on the page, a fake under jsdom). */
  charts: ChartRenderer;
  /** Hands a file to the browser's download (or Electron's save dialog). */
  saveFile: (file: FileToSave) => void;
}

const Ctx = createContext<RecordsServices | null>(null);

export function RecordsProvider({ services, children }: { services: RecordsServices; children: ReactNode }) {
  return <Ctx.Provider value={services}>{children}</Ctx.Provider>;
}

export function useRecords(): RecordsServices {
  const s = useContext(Ctx);
  if (!s) throw new Error('useRecords: no <RecordsProvider> above this component');
  return s;
}

export function useRecordsState<T>(selector: (s: RecordsState) => T): T {
  return useStore(useRecords().store, selector);
}

export function useLang(): Lang {
  return useStore(useRecords().ui, (s) => s.lang);
}

/** `t` of the records namespace. */
export function useRT() {
  return useTranslation(RECORDS_NS).t;
}

/** Puts a failure (from the API or anything else) in the notice line, in both languages. */
export function useReportError(): (e: unknown) => void {
  const { store } = useRecords();
  return useCallback(
    (e: unknown) => {
      if (e instanceof RecordsApiError) return store.getState().notify('error', e.body.message);
      const m = e instanceof Error ? e.message : String(e);
      store.getState().notify('error', { 'zh-CN': m, en: m });
    },
    [store],
  );
}

export interface Loaded<T> {
  data: T | null;
  error: RecordsApiError | Error | null;
  loading: boolean;
  reload(): void;
}

/**
 * Loads data for a screen and reloads when `deps` change (the language, the period …). An
 * answer that arrives after the screen asked for something else is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: Loaded<T>['error']; loading: boolean }>({ data: null, error: null, loading: true });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => {
        if (ticket === latest.current) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState({ data: null, error: error instanceof Error ? error : new Error(String(error)), loading: false });
      },
    );
    // `load` is a new closure on every render; `deps` say when it means something new.
  }, [...deps, round]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}

/** The message of a failure in the page language. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof RecordsApiError) return error.body.message[lang];
  return error instanceof Error ? error.message : String(error);
}
