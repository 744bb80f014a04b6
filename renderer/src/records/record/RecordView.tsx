import { MEETING_KIND_TERMS } from '../../../../electron/core/rules/messages';
import { LoadError } from '../list/RecordsList';
import { ExportButtons } from '../shared/ExportButtons';
import { errorText, useLang, useLoad, useRecords, useRT } from '../shared/records-context';
import { FactsList, Section, Tile, ViewTableView } from '../shared/ViewTableView';
import { recordTiles } from './record-tiles';

/**
 * 会议记录 of one meeting: headline figures, planned against actual for every item (speakers
 * past their limit in red), chair messages, approvals and any override, the rule check, and the
 * PDF and CSV exports. Every table is the one the PDF prints.
 */
export function RecordView({ sessionId }: { sessionId: string }) {
  const t = useRT();
  const lang = useLang();
  const { api, store } = useRecords();
  const view = useLoad(() => api.getRecord(sessionId, lang), [api, sessionId, lang]);
  const back = () => store.getState().show('records');
  const v = view.data;

  return (
    <div className="rc-page" data-testid="record-view">
      <div className="rc-toolbar">
        <button type="button" className="rc-link" onClick={back} data-testid="back-to-list">
          ‹ {t('record.back')}
        </button>
        <ExportButtons disabled={!v} request={(format) => ({ what: 'record', sessionId, format, lang })} />
      </div>
      {view.loading && !v ? <p className="rc-empty">{t('common.loading')}</p> : null}
      {view.error ? <LoadError text={errorText(view.error, lang)} onRetry={view.reload} /> : null}
      {v ? (
        <>
          <header className="rc-doc-head">
            <div className="rc-doc-kicker">{v.title}</div>
            <h1 className="rc-doc-title" data-testid="record-title">
              {v.record.title}
            </h1>
            <div className="rc-doc-sub">
              <span>{v.subtitle}</span>
              <span className="rc-chip rc-chip-plain">{lang === 'zh-CN' ? MEETING_KIND_TERMS[v.record.kind].zh : MEETING_KIND_TERMS[v.record.kind].en}</span>
              {v.record.countyWide ? <span className="rc-chip rc-chip-plain">{t('flag.countyWide')}</span> : null}
            </div>
          </header>
          <div className="rc-tiles" data-testid="record-tiles">
            {recordTiles(v.record, t, lang).map((tile) => (
              <Tile key={tile.id} testId={`tile-${tile.id}`} label={tile.label} value={tile.value} {...(tile.sub ? { sub: tile.sub } : {})} tone={tile.tone} />
            ))}
          </div>
          <Section title={t('record.agenda')} testId="section-agenda" aside={<span className="rc-hint">{t('record.agendaHint')}</span>}>
            <ViewTableView
              table={v.agenda}
              testId="agenda-table"
              caption={t('record.agenda')}
              cell={(col, text) =>
                col === 'overtime' && text !== '—' ? (
                  <span className="rc-chip rc-chip-bad num">{text}</span>
                ) : col === 'extension' && text !== '—' ? (
                  <span className="rc-chip rc-chip-ext num">{text}</span>
                ) : (
                  text
                )
              }
            />
          </Section>
          <div className="rc-columns">
            <Section title={t('record.overview')} testId="section-overview">
              <FactsList facts={v.facts} testId="record-facts" />
            </Section>
            <div className="rc-stack">
              <Section title={t('record.approvals')} testId="section-approvals">
                <FactsList facts={v.approvals} testId="approval-facts" />
              </Section>
              <Section title={t('record.messages')} testId="section-messages">
                <ViewTableView table={v.messages} testId="messages-table" caption={t('record.messages')} />
              </Section>
            </div>
          </div>
          <Section title={t('record.findings')} testId="section-findings">
            <ViewTableView table={v.findings} testId="findings-table" caption={t('record.findings')} />
          </Section>
          <footer className="rc-notes" data-testid="record-notes">
            {v.notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </footer>
        </>
      ) : null}
    </div>
  );
}
