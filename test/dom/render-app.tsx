import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { connectLiveStore, createLiveStore } from '../../renderer/src/state/live-store';
import { createUiStore } from '../../renderer/src/state/ui-store';
import { Root } from '../../renderer/src/shared/Root';
import type { AppServices } from '../../renderer/src/shared/app-context';
import type { Lang } from '../../renderer/src/i18n';
import { FakeApi } from './fixtures';

/** Renders `ui` with a FakeApi-backed set of services; the clock is the fake API's. */
export function renderWithApp(ui: ReactNode, api = new FakeApi(), lang: Lang = 'zh-CN') {
  const liveStore = createLiveStore();
  const uiStore = createUiStore(null, { lang });
  connectLiveStore(liveStore, api);
  const services: AppServices = { api, live: liveStore, ui: uiStore, now: () => api.time };
  const result = render(
    <Root services={services} strict={false}>
      {ui}
    </Root>,
  );
  return { ...result, api, services };
}

/** Lets pending promises (a command's result) settle inside act(). */
export async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
