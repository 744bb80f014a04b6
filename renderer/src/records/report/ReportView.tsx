import { LoadError } from '../list/RecordsList';
import { ExportButtons } from '../shared/ExportButtons';
import { PeriodPicker } from '../shared/PeriodPicker';
import { errorText, useLang, useLoad, useRecords, useRecordsState, useRT } from '../shared/records-context';
import { FactsList, Section, Tile, ViewTableView } from '../shared/ViewTableView';
import { ReportChart } from './ReportChart';
import { reportTiles } from './report-tiles';

/**
 * 会风会纪情况统计 for a month, quarter or year: the summary as figures and sentences, the charts,
 * then the tables by organiser, no-meeting periods, overrides and every meeting, as in the PDF.
 * A meeting in the list opens its record.
 */
export function ReportView() {
  const t = useRT();
  const lang = useLang();
  const { api, store } = useRecords();
  const period = useRecordsState((s) => s.route.period);
  const key = useRecordsState((s) => s.route.key);
  const view = useLoad(() => api.report(period, key, lang), [api, period, key, lang]);
  const v = view.data;

  return (
    <div className="rc-page" data-testid="report-view">
      <div className="rc-toolbar">
        <PeriodPicker />
        <ExportButtons disabled={!v} request={(format) => ({ what: 'report', period, key, format, lang })} />
      </div>
      {view.loading && !v ? <p className="rc-empty">{t('common.loading')}</p> : null}
      {view.error ? <LoadError text={errorText(view.error, lang)} onRetry={view.reload} /> : null}
      {v ? (
        <>
          <header className="rc-doc-head">
            <h1 className="rc-doc-title" data-testid="report-title">
              {v.title}
            </h1>
          </header>
          <div className="rc-tiles rc-tiles-8" data-testid="report-tiles">
            {reportTiles(v.report.summary, t, lang).map((tile) => (
              <Tile key={tile.id} testId={`tile-${tile.id}`} label={tile.label} value={tile.value} {...(tile.sub ? { sub: tile.sub } : {})} tone={tile.tone} />
            ))}
          </div>
          <div className="rc-charts" data-testid="report-charts">
            {v.charts.map((c) => (
              <ReportChart key={`${c.id}-${v.period.key}-${lang}`} id={c.id} option={c.option} />
            ))}
          </div>
          <div className="rc-columns">
            <Section title={t('report.summary')} testId="section-summary">
              <FactsList facts={v.summary} testId="summary-facts" />
            </Section>
            <div className="rc-stack">
              <Section title={t('report.noMeeting')} testId="section-no-meeting">
                <ViewTableView table={v.noMeetingPeriod} testId="no-meeting-table" caption={t('report.noMeeting')} />
              </Section>
              <Section title={t('report.overrides')} testId="section-overrides">
                <ViewTableView table={v.overrides} testId="overrides-table" caption={t('report.overrides')} />
              </Section>
            </div>
          </div>
          <Section title={t('report.organisers')} testId="section-organisers">
            <ViewTableView table={v.organisers} testId="organisers-table" caption={t('report.organisers')} />
          </Section>
          <Section title={t('report.meetings')} testId="section-meetings">
            <ViewTableView
              table={v.meetings}
              testId="meetings-table"
              caption={t('report.meetings')}
              onRow={(i) => {
                const id = v.report.meetings[i]?.sessionId;
                if (id) store.getState().openRecord(id);
              }}
              rowLabel={(i) => `${t('list.open')}：${v.report.meetings[i]?.title ?? ''}`}
            />
          </Section>
          <p className="rc-notes">{t('report.footnote')}</p>
        </>
      ) : null}
    </div>
  );
}
