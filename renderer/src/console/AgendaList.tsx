import { useTranslation } from 'react-i18next';
import type { Display } from '../../../electron/core/engine/clock-display';
import type { SessionSnapshot } from '../../../electron/core/engine/session-state';
import { useServices, useUi } from '../shared/app-context';
import { clockOf } from './format';
import type { useConsoleActions } from './use-console-actions';

type Actions = ReturnType<typeof useConsoleActions>;

/** The agenda: each item's state, planned and actual time, declared and granted extension. */
export function AgendaList({ engine, view, actions }: { engine: SessionSnapshot; view: Display; actions: Actions }) {
  const { t } = useTranslation();
  const { ui } = useServices();
  const selected = useUi((s) => s.selectedItemId);
  if (engine.items.length === 0) return <section className="cs-agenda cs-muted">{t('agenda.empty')}</section>;
  return (
    <section className="cs-agenda" aria-label={t('agenda.title')}>
      <AgendaTools engine={engine} selected={selected} actions={actions} />
      <ol className="cs-agenda-list" data-testid="agenda">
        {engine.items.map((item, index) => {
          const clock = view.items[index]!;
          const started = item.status !== 'pending' && item.status !== 'skipped';
          const isCurrent = item.id === engine.currentId;
          const cls = ['cs-row', `cs-row-${item.status}`, isCurrent ? 'cs-row-current' : '', selected === item.id ? 'cs-row-selected' : ''].join(' ');
          return (
            <li key={item.id} className={cls} data-item={item.id} data-status={item.status} aria-current={isCurrent ? 'step' : undefined}>
              <button type="button" className="cs-row-button" onClick={(e) => {
                ui.getState().select(selected === item.id ? null : item.id);
                e.currentTarget.blur();
              }}>
                <span className="cs-row-index num">{index + 1}</span>
                <span className="cs-row-main">
                  <span className="cs-row-who">
                    {item.speaker ?? item.title}
                    {item.unit ? <span className="cs-row-unit">{item.unit}</span> : null}
                  </span>
                  <span className="cs-row-what">
                    <span className="cs-kind">{t(`itemKind.${item.kind}`)}</span>
                    {item.speaker && item.title ? <span className="cs-row-title">{item.title}</span> : null}
                    {item.unplanned ? <span className="cs-tag">{t('agenda.unplanned')}</span> : null}
                  </span>
                  <span className="cs-row-ext">
                    {item.grantedExtensionMs > 0 ? (
                      <span className="cs-tag cs-tag-ext">{t('agenda.granted', { minutes: item.grantedExtensionMs / 60_000 })}</span>
                    ) : item.declaredExtensionMs > 0 ? (
                      <span className="cs-tag cs-tag-declared">{t('agenda.declared', { minutes: item.declaredExtensionMs / 60_000 })}</span>
                    ) : null}
                    {clock.overtimeSeconds > 0 ? <span className="cs-tag cs-tag-over">{t('agenda.overtime', { time: `+${clockOf(clock.overtimeSeconds * 1000)}` })}</span> : null}
                  </span>
                </span>
                <span className="cs-row-times num">
                  <span title={t('agenda.planned')}>
                    {t('agenda.planned')} {clockOf(item.limitMs)}
                  </span>
                  <span title={t('agenda.actual')}>
                    {t('agenda.actual')} {started ? clockOf(clock.elapsedSeconds * 1000) : '—'}
                  </span>
                </span>
                <span className={`cs-state cs-state-${item.status}`}>{t(`itemStatus.${item.status}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** 临时发言 and, for a selected pending row, 上移 / 下移 (the same as A and Alt+↑/↓). */
function AgendaTools({ engine, selected, actions }: { engine: SessionSnapshot; selected: string | null; actions: Actions }) {
  const { t } = useTranslation();
  const index = engine.items.findIndex((i) => i.id === selected);
  const pending = (i: number) => engine.items[i]?.status === 'pending';
  const open = engine.meeting.status !== 'ended';
  const canMove = open && index >= 0 && pending(index);
  return (
    <div className="cs-agenda-head">
      <h2 className="cs-section-title">{t('agenda.title')}</h2>
      {canMove ? (
        <>
          <button type="button" className="cs-tool" disabled={!pending(index - 1)} onClick={(e) => {
            e.currentTarget.blur();
            actions.move(-1);
          }} title="Alt+↑" data-testid="move-up">
            ↑ {t('reorder.up')}
          </button>
          <button type="button" className="cs-tool" disabled={!pending(index + 1)} onClick={(e) => {
            e.currentTarget.blur();
            actions.move(1);
          }} title="Alt+↓" data-testid="move-down">
            ↓ {t('reorder.down')}
          </button>
        </>
      ) : null}
      {open ? (
        <button type="button" className="cs-tool" onClick={(e) => {
          e.currentTarget.blur();
          actions.addSpeaker();
        }} data-testid="add-speaker-open">
          + {t('addSpeaker.button')}
          <kbd className="cs-kbd">A</kbd>
        </button>
      ) : null}
    </div>
  );
}
