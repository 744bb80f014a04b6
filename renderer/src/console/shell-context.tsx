import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ShellApi } from '../api/duanhui-api';
import { useServices } from '../shared/app-context';
import { connectShellStore, createShellStore, type ShellState, type ShellStore } from './shell-store';

interface ShellContextValue {
  shell: ShellApi;
  store: ShellStore;
}

const ShellContext = createContext<ShellContextValue | null>(null);

/** Mirrors the desktop shell for the console; in a browser (no shell) it provides nothing. */
export function ShellProvider({ children }: { children: ReactNode }) {
  const { api } = useServices();
  const shell = api.shell;
  const value = useMemo(() => (shell ? { shell, store: createShellStore() } : null), [shell]);
  useEffect(() => (value ? connectShellStore(value.store, value.shell) : undefined), [value]);
  return <ShellContext.Provider value={value}>{children}</ShellContext.Provider>;
}

/** The shell and its mirror; null in a browser, where the shell parts of the console are hidden. */
export function useShell(): ShellContextValue | null {
  return useContext(ShellContext);
}

const emptyStore = createShellStore();

/** Reads the shell mirror (the empty state in a browser). */
export function useShellState<T>(selector: (state: ShellState) => T): T {
  return useStore(useShell()?.store ?? emptyStore, selector);
}
