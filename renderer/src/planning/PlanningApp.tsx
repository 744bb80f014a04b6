import { useEffect } from 'react';
import { PageLinks } from '../shared/PageLinks';
import { useStore } from 'zustand';
import { CalendarView } from './calendar/CalendarView';
import { ChecklistView } from './checklist/ChecklistView';
import { MeetingEditor } from './editor/MeetingEditor';
import { SettingsView } from './settings/SettingsView';
import { useLang, usePlanning, usePlanningState, usePT } from './shared/planning-context';
import type { Route } from './state/route';
import { TransferView } from './transfer/TransferView';

const TABS: { view: Route['view']; key: string }[] = [
  { view: 'calendar', key: 'nav.calendar' },
  { view: 'editor', key: 'nav.editor' },
  { view: 'checklist', key: 'nav.checklist' },
  { view: 'transfer', key: 'nav.transfer' },
  { view: 'settings', key: 'nav.settings' },
];

/** The planning page: tabs for the schedule, the meeting, its approval form, import/export and settings. */
export function PlanningApp() {
  const t = usePT();
  const lang = useLang();
  const { store, ui } = usePlanning();
  const route = usePlanningState((s) => s.route);
  const currentId = usePlanningState((s) => s.currentId);
  const notice = usePlanningState((s) => s.notice);
  const setLang = useStore(ui, (s) => s.setLang);

  useEffect(() => {
    document.title = `${t('app.product')} · ${t('app.title')}`;
  }, [t, lang]);

  const go = (view: Route['view']) => {
    const nav = store.getState().navigate;
    if (view === 'calendar') nav({ view, date: null, mode: 'month' });
    else if (view === 'editor') nav({ view, id: currentId, date: null });
    else if (view === 'checklist') nav({ view, id: currentId });
    else nav({ view });
  };

  return (
    <div className="pl-app" lang={lang}>
      <header className="pl-header">
        <div className="pl-brand">
          <span className="pl-logo" aria-hidden="true">短</span>
          <span>{t('app.title')}</span>
        </div>
        <nav className="pl-tabs" aria-label={t('app.title')}>
          {TABS.map((tab) => (
            <button key={tab.view} type="button" className="pl-tab" aria-current={route.view === tab.view ? 'page' : undefined} onClick={() => go(tab.view)}>
              {t(tab.key)}
            </button>
          ))}
        </nav>
        <PageLinks current="planning" className="pl-pages" />
        <button type="button" className="pl-btn pl-btn-quiet pl-lang" onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}>
          {t('lang.switchTo')}
        </button>
      </header>
      {notice && (
        <div className={`pl-notice pl-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text[lang]}</span>
          <button type="button" className="pl-icon-btn" aria-label={t('common.close')} onClick={() => store.getState().dismiss()}>
            ×
          </button>
        </div>
      )}
      <main className="pl-main">
        {route.view === 'calendar' && <CalendarView date={route.date} mode={route.mode} />}
        {route.view === 'editor' && <MeetingEditor key={route.id ?? `new-${route.date ?? ''}`} id={route.id} date={route.date} />}
        {route.view === 'checklist' && <ChecklistView id={route.id} />}
        {route.view === 'transfer' && <TransferView />}
        {route.view === 'settings' && <SettingsView />}
      </main>
    </div>
  );
}
