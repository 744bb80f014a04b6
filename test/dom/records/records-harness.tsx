import { act, render, waitFor } from '@testing-library/react';
import type { EChartsOption } from 'echarts';
import { vi } from 'vitest';
import { createRecordsService, dispatchRecords } from '../../../electron/services/records-service';
import type { Lang } from '../../../renderer/src/i18n';
import { createIpcRecordsApi, type FileToSave, type RecordsApi } from '../../../renderer/src/records/api/records-api';
import type { ChartRenderer } from '../../../renderer/src/records/charts/chart-renderer';
import { RecordsRoot } from '../../../renderer/src/records/RecordsRoot';
import type { RecordsServices } from '../../../renderer/src/records/shared/records-context';
import { createRecordsStore } from '../../../renderer/src/records/state/records-store';
import { createUiStore } from '../../../renderer/src/state/ui-store';
import type { RecordsWorld } from '../../services/records-service/records-fixture';

/** jsdom has no canvas: the fake keeps each chart's last option, by the element it was drawn in. */
export function fakeCharts() {
  const drawn = new Map<HTMLElement, EChartsOption>();
  const renderer: ChartRenderer = (el, option) => {
    drawn.set(el, option);
    return {
      update: (next) => void drawn.set(el, next),
      resize: () => {},
      dispose: () => void drawn.delete(el),
    };
  };
  return { renderer, drawn };
}

/**
 * The records page over the real records service on a database of meetings held through the
 * MeetingService; the API is the IPC client, whose transport calls the dispatcher directly.
 */
export function renderRecords(world: RecordsWorld, opts: { hash?: string; lang?: Lang; api?: RecordsApi } = {}) {
  const service = createRecordsService({ store: world.store, now: world.now });
  const api = opts.api ?? createIpcRecordsApi((request) => dispatchRecords(service, request));
  const charts = fakeCharts();
  const saved: FileToSave[] = [];
  const hashes: string[] = [];
  const services: RecordsServices = {
    api,
    store: createRecordsStore(opts.hash ?? '', { period: 'month', key: '2026-04' }, (h) => hashes.push(h)),
    ui: createUiStore(null, { lang: opts.lang ?? 'zh-CN' }),
    today: () => '2026-04-28',
    charts: charts.renderer,
    saveFile: vi.fn((file: FileToSave) => void saved.push(file)),
  };
  const result = render(<RecordsRoot services={services} strict={false} />);
  return { ...result, services, charts, saved, hashes };
}

/** Waits until the page has finished loading what it asked for. */
export async function settled(find: () => unknown): Promise<void> {
  await waitFor(find, { timeout: 5000 });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}
