import { useEffect } from 'react';
import { PageLinks } from '../shared/PageLinks';
import { LANGS, type Lang } from '../i18n';
import { RecordsList } from './list/RecordsList';
import { RecordView } from './record/RecordView';
import { ReportView } from './report/ReportView';
import { useLang, useRecords, useRecordsState, useRT } from './shared/records-context';

/** records.html: the header (brand, the two screens, language), the notice line and the screen. */
export function RecordsApp() {
  const t = useRT();
  const { store, ui } = useRecords();
  const lang = useLang();
  const route = useRecordsState((s) => s.route);
  const notice = useRecordsState((s) => s.notice);

  useEffect(() => {
    document.title = `${t('app.product')} · ${route.view === 'report' ? t('nav.report') : t('nav.records')}`;
  }, [t, route.view]);

  // A new screen starts at its top (the page scrolls as a whole).
  useEffect(() => {
    document.documentElement.scrollTop = 0;
  }, [route.view, route.sessionId]);

  // An information line goes away by itself; an error stays until dismissed.
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => store.getState().dismiss(), 5000);
    return () => clearTimeout(timer);
  }, [notice, store]);

  const tab = route.view === 'report' ? 'report' : 'records';
  return (
    <div className="rc" data-testid="records-app">
      <div className="rc-top">
        <header className="rc-header">
          <div className="rc-brand">{t('app.product')}</div>
          <nav className="rc-tabs" aria-label={t('app.title')}>
            {(['records', 'report'] as const).map((v) => (
              <button
                key={v}
                type="button"
                className="rc-tab"
                data-testid={`tab-${v}`}
                aria-current={tab === v ? 'page' : undefined}
                onClick={() => store.getState().show(v)}
              >
                {t(`nav.${v}`)}
              </button>
            ))}
          </nav>
          <PageLinks current="records" className="rc-pages" />
          <label className="rc-lang">
            <span className="visually-hidden">{t('lang.label')}</span>
            <select value={lang} aria-label={t('lang.label')} onChange={(e) => ui.getState().setLang(e.target.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {t(`lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </header>
        {notice ? (
          <div className={`rc-notice rc-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
            <span>{notice.text[lang]}</span>
            <button type="button" className="rc-link" onClick={() => store.getState().dismiss()}>
              {t('common.dismiss')}
            </button>
          </div>
        ) : null}
      </div>
      <main className="rc-main">
        {route.view === 'record' && route.sessionId ? <RecordView key={route.sessionId} sessionId={route.sessionId} /> : route.view === 'report' ? <ReportView /> : <RecordsList />}
      </main>
    </div>
  );
}
