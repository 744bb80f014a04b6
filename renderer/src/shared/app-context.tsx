import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DuanhuiApi } from '../api/duanhui-api';
import type { LiveState, LiveStore } from '../state/live-store';
import type { UiState, UiStore } from '../state/ui-store';

export interface AppServices {
  api: DuanhuiApi;
  live: LiveStore;
  ui: UiStore;
  /** The service clock; tests pass a fixed or manual one. */
  now: () => number;
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <AppContext.Provider value={services}>{children}</AppContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices: no <AppProvider> above this component');
  return services;
}

export function useLive<T>(selector: (state: LiveState) => T): T {
  return useStore(useServices().live, selector);
}

export function useUi<T>(selector: (state: UiState) => T): T {
  return useStore(useServices().ui, selector);
}
