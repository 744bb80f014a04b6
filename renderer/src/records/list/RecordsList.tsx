import { clockSpan, shortDateTime } from '../../../../electron/core/records/record-format';
import type { RecordListEntry } from '../../../../electron/services/records-service/records-service-types';
import { PeriodPicker } from '../shared/PeriodPicker';
import { periodDates } from '../shared/period';
import { errorText, useLang, useLoad, useRecords, useRecordsState, useRT } from '../shared/records-context';

/** 会议记录: the ended meetings of the chosen period, newest first, with their headline figures. */
export function RecordsList() {
  const t = useRT();
  const lang = useLang();
  const { api, store } = useRecords();
  const period = useRecordsState((s) => s.route.period);
  const key = useRecordsState((s) => s.route.key);
  const { first, last } = periodDates(period, key);
  const list = useLoad(() => api.listRecords(first, last), [api, first, last]);
  const open = (id: string) => store.getState().openRecord(id);

  return (
    <div className="rc-page" data-testid="records-list">
      <div className="rc-toolbar">
        <h1 className="rc-page-title">
          {t('list.heading')}
          {list.data ? (
            <span className="rc-page-count" data-testid="records-count">
              {t('list.count', { count: list.data.records.length })}
            </span>
          ) : null}
        </h1>
        <PeriodPicker />
      </div>
      {list.loading && !list.data ? <p className="rc-empty">{t('common.loading')}</p> : null}
      {list.error ? <LoadError text={errorText(list.error, lang)} onRetry={list.reload} /> : null}
      {list.data ? (
        <>
          {list.data.records.length === 0 ? (
            <p className="rc-empty" data-testid="records-empty">
              {t('list.empty')}
            </p>
          ) : (
            <div className="rc-table-wrap">
              <table className="rc-table rc-list" data-testid="records-table">
                <thead>
                  <tr>
                    <th scope="col">{t('list.date')}</th>
                    <th scope="col">{t('list.title')}</th>
                    <th scope="col">{t('list.organiser')}</th>
                    <th scope="col" className="rc-align-right">
                      {t('list.length')}
                    </th>
                    <th scope="col" className="rc-align-right">
                      {t('list.speeches')}
                    </th>
                    <th scope="col" className="rc-align-right">
                      {t('list.extensions')}
                    </th>
                    <th scope="col" className="rc-align-right">
                      {t('list.messages')}
                    </th>
                    <th scope="col">{t('list.flags')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.records.map((r) => (
                    <RecordRow key={r.sessionId} r={r} timeZone={list.data!.timeZone} onOpen={() => open(r.sessionId)} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {list.data.broken.length > 0 ? (
            <div className="rc-broken" role="alert" data-testid="records-broken">
              <p>{t('list.brokenHeading')}</p>
              <ul>
                {list.data.broken.map((b) => (
                  <li key={b.sessionId}>
                    <strong>{b.title}</strong> — {b.problem[lang]}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function RecordRow({ r, timeZone, onOpen }: { r: RecordListEntry; timeZone: string; onOpen: () => void }) {
  const t = useRT();
  const lang = useLang();
  const flags: { text: string; tone: 'bad' | 'warn' | 'plain' }[] = [];
  if (r.withinCap === false) flags.push({ text: t('flag.overCap'), tone: 'bad' });
  if (r.inNoMeetingPeriod) flags.push({ text: t('flag.noMeeting'), tone: 'warn' });
  if (r.overridden) flags.push({ text: t('flag.override'), tone: 'warn' });
  if (r.overtimeSpeeches > 0) flags.push({ text: t('flag.overtime', { count: r.overtimeSpeeches }), tone: 'bad' });
  if (r.errors > 0 && flags.length === 0) flags.push({ text: t('flag.errors', { count: r.errors }), tone: 'warn' });
  return (
    <tr className="rc-row-link" data-testid="record-row" data-session={r.sessionId} onClick={onOpen}>
      <td className="num rc-nowrap">{shortDateTime(r.startedAt, timeZone, lang)}</td>
      <td>
        <button
          type="button"
          className="rc-row-button rc-strong"
          aria-label={`${t('list.open')}：${r.title}`}
          onClick={(e) => {
            e.stopPropagation();
            onOpen();
          }}
        >
          {r.title}
        </button>
        {r.countyWide ? <span className="rc-chip rc-chip-plain">{t('flag.countyWide')}</span> : null}
      </td>
      <td>{r.organiser ?? t('common.none')}</td>
      <td className={`rc-align-right num${r.withinCap === false ? ' rc-text-bad' : ''}`}>
        {clockSpan(r.elapsedMs)} <span className="rc-muted">/ {r.capMs === null ? t('list.noCap') : clockSpan(r.capMs)}</span>
      </td>
      <td className={`rc-align-right num${r.overtimeSpeeches > 0 ? ' rc-text-bad' : ''}`}>
        {r.speeches} / {r.overtimeSpeeches}
      </td>
      <td className="rc-align-right num">
        {r.extensionsGranted} / {r.extensionsDeclared}
      </td>
      <td className="rc-align-right num">{r.messages}</td>
      <td>
        {flags.length === 0 ? (
          <span className="rc-chip rc-chip-good">{t('flag.ok')}</span>
        ) : (
          flags.map((f) => (
            <span key={f.text} className={`rc-chip rc-chip-${f.tone}`}>
              {f.text}
            </span>
          ))
        )}
      </td>
    </tr>
  );
}

export function LoadError({ text, onRetry }: { text: string; onRetry: () => void }) {
  const t = useRT();
  return (
    <div className="rc-load-error" role="alert" data-testid="load-error">
      <span>{text}</span>
      <button type="button" className="rc-btn" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
