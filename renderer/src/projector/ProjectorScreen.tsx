import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLive, useServices, useUi } from '../shared/app-context';
import { useLiveNow } from '../shared/use-live-now';
import { playChime } from './chime';
import { projectorModel } from './projector-model';
import { ProjectorView } from './ProjectorView';

/**
 * The projector page: the live snapshot, painted at the service clock's `now`, repainted only
 * when the shown second (or phase) changes. `chime` is off in the console's preview.
 */
export function ProjectorScreen({ viewer = false, chime = true }: { viewer?: boolean; chime?: boolean }) {
  const { now: clock } = useServices();
  const engine = useLive((s) => s.snapshot?.engine ?? null);
  const lang = useUi((s) => s.lang);
  const volume = useUi((s) => s.chimeVolume);
  const nextChangeAt = useCallback((at: number) => projectorModel(engine, at, lang).nextChangeAt, [engine, lang]);
  const now = useLiveNow(clock, nextChangeAt, engine);
  const model = useMemo(() => projectorModel(engine, now, lang), [engine, now, lang]);

  const chimed = useRef<string | null>(null);
  useEffect(() => {
    if (!chime || !model.flashKey || chimed.current === model.flashKey) return;
    chimed.current = model.flashKey;
    playChime(volume);
  }, [chime, model.flashKey, volume]);

  return (
    <>
      <ProjectorView model={model} viewer={viewer} />
      {chime ? <ConnectionMark /> : null}
    </>
  );
}

function ConnectionMark() {
  const { t } = useTranslation();
  const connected = useLive((s) => s.connected);
  const revoked = useLive((s) => s.revoked);
  if (connected) return null;
  return (
    <div className="pj-connection" role="status" data-testid="connection-badge">
      {revoked ? t('connection.revoked') : t('connection.lost')}
    </div>
  );
}
