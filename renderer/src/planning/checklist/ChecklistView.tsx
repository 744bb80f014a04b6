import { useEffect, useState } from 'react';
import { checklistReasons, checklistSummary, type ChecklistLine } from '../../../../electron/core/planning';
import type { ApprovalRole } from '../../../../electron/core/policy/ids';
import type { MeetingView } from '../../../../electron/services/planning/planning-types';
import { base64ToBytes, download, kindName, roleName, ruleName, startLabel } from '../shared/format';
import { useLang, usePlanning, usePT, useReportError } from '../shared/planning-context';
import { ApprovalForm } from './ApprovalForm';
import { ExceptionForm } from './ExceptionForm';

const STATUS_ICON: Record<ChecklistLine['status'], string> = { pass: '✓', fail: '✗', warn: '!', unknown: '?' };

/**
 * The approval checklist (审批表) on screen: every rule with its result and reason, the
 * exceptions, the two leaders' approvals, the status draft → submitted → approved, the history,
 * and the A4 PDF.
 */
export function ChecklistView({ id }: { id: string | null }) {
  const t = usePT();
  const lang = useLang();
  const { api, store } = usePlanning();
  const report = useReportError();
  const [view, setView] = useState<MeetingView | null>(null);
  const [actor, setActor] = useState('');
  const [exceptionFor, setExceptionFor] = useState<ChecklistLine['rule'] | null>(null);
  const [pdfBusy, setPdfBusy] = useState(false);

  useEffect(() => {
    if (!id) return;
    api.getMeeting(id).then(setView, report);
  }, [api, id]);

  if (!id) return <p className="pl-empty">{t('checklist.pick')}</p>;
  if (!view) return <p className="pl-empty">{t('common.loading')}</p>;

  const update = (p: Promise<MeetingView>) =>
    p.then((v) => {
      setView(v);
      store.getState().touch();
    }, report);

  const m = view.meeting;
  const summary = checklistSummary(view.checklist);
  const excused = new Map(view.exceptions.map((e) => [e.rule, e]));
  const blocking = view.blocking.length;

  const exportPdf = async () => {
    setPdfBusy(true);
    try {
      const file = await api.checklistPdf(m.id, lang);
      download(file.fileName, file.mimeType, base64ToBytes(file.base64));
    } catch (e) {
      report(e);
    } finally {
      setPdfBusy(false);
    }
  };

  return (
    <section className="pl-checklist" aria-label={t('checklist.title')}>
      <div className="pl-toolbar">
        <div className="pl-toolbar-group">
          <h1 className="pl-editor-title">{t('checklist.title')}</h1>
          <span className={`pl-badge pl-status-${view.status}`} data-testid="approval-status">
            {t(`status.${view.status}`)}
          </span>
        </div>
        <div className="pl-toolbar-group">
          <button type="button" className="pl-btn" onClick={() => store.getState().navigate({ view: 'editor', id: m.id, date: null })}>
            {t('nav.editor')}
          </button>
          <button type="button" className="pl-btn pl-btn-primary" onClick={() => void exportPdf()} disabled={pdfBusy}>
            {pdfBusy ? t('checklist.exporting') : t('checklist.exportPdf')}
          </button>
        </div>
      </div>

      <div className="pl-checklist-body">
        <div className="pl-checklist-main">
          <div className="pl-meeting-head">
            <strong>{m.title}</strong>
            <span>{kindName(m.kind, lang)}</span>
            <span>{startLabel(m.start, lang)}</span>
            <span>{t('common.minutes', { count: m.durationMinutes })}</span>
            {m.place && <span>{m.place}</span>}
            {m.countyWide && <span className="pl-tag">{t('editor.countyWide')}</span>}
          </div>
          <p className="pl-summary" data-testid="checklist-summary">
            {t('checklist.summary', summary)}
          </p>
          <table className="pl-check-table">
            <thead>
              <tr>
                <th className="pl-col-rule">{t('checklist.rule')}</th>
                <th className="pl-col-result">{t('checklist.result')}</th>
                <th>{t('checklist.reason')}</th>
                <th className="pl-col-exc">{t('checklist.exception')}</th>
              </tr>
            </thead>
            <tbody>
              {view.checklist.map((line) => {
                const exception = excused.get(line.rule);
                return (
                  <tr key={line.rule} className={`pl-check-${line.status}`} data-rule={line.rule} data-status={line.status}>
                    <td className="pl-col-rule">{ruleName(line.rule, lang)}</td>
                    <td className="pl-col-result">
                      <span className={`pl-result pl-result-${line.status}`}>
                        <span aria-hidden="true">{STATUS_ICON[line.status]}</span> {t(`checklist.status.${line.status}`)}
                      </span>
                    </td>
                    <td>
                      {checklistReasons(line, lang).map((r) => (
                        <div key={r}>{r}</div>
                      ))}
                      {exception && (
                        <div className="pl-exception-note">
                          {t('checklist.excepted')}：{exception.reason}
                          {exception.recordedBy ? `（${exception.recordedBy}）` : ''}
                        </div>
                      )}
                      {exceptionFor === line.rule && (
                        <ExceptionForm
                          onCancel={() => setExceptionFor(null)}
                          onSubmit={(reason, by) =>
                            update(api.recordException(m.id, line.rule, reason, by || undefined)).then(() => setExceptionFor(null))
                          }
                        />
                      )}
                    </td>
                    <td className="pl-col-exc">
                      {line.status === 'fail' && line.findings.some((f) => f.severity === 'error') ? (
                        exception ? (
                          <button type="button" className="pl-link" onClick={() => void update(api.removeException(m.id, exception.id))}>
                            {t('checklist.removeException')}
                          </button>
                        ) : (
                          <button type="button" className="pl-link" onClick={() => setExceptionFor(line.rule)}>
                            {t('checklist.addException')}
                          </button>
                        )
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <h2>{t('checklist.history')}</h2>
          <ol className="pl-history">
            {view.history
              .slice()
              .reverse()
              .map((h) => (
                <li key={h.id}>
                  <span className="num">{new Date(h.at).toLocaleString(lang === 'zh-CN' ? 'zh-CN' : 'en-GB', { hour12: false })}</span>{' '}
                  {t(`checklist.action.${h.action}`, { defaultValue: h.action })}
                  {h.actor ? ` · ${h.actor}` : ''}
                </li>
              ))}
          </ol>
        </div>

        <aside className="pl-checklist-side">
          <h2>{t('checklist.approvals')}</h2>
          {(['party-secretary', 'county-head'] as ApprovalRole[]).map((role) => (
            <ApprovalForm
              key={role}
              role={role}
              label={roleName(role, lang)}
              approval={m.approvals.find((a) => a.role === role)}
              defaultDate={m.start.slice(0, 10)}
              onRecord={(approval) => update(api.recordApproval(m.id, { role, ...approval }))}
              onRemove={() => update(api.removeApproval(m.id, role))}
            />
          ))}

          <h2>{t('checklist.workflow')}</h2>
          <ol className="pl-steps" aria-label={t('checklist.workflow')}>
            {(['draft', 'submitted', 'approved'] as const).map((s) => (
              <li key={s} className={s === view.status ? 'pl-step-current' : ''}>
                {t(`status.${s}`)}
              </li>
            ))}
          </ol>
          <label className="pl-field">
            <span>{t('checklist.actor')}</span>
            <input name="actor" value={actor} onChange={(e) => setActor(e.target.value)} />
          </label>
          <div className="pl-row pl-workflow-buttons">
            <button type="button" className="pl-btn" disabled={view.status !== 'draft'} onClick={() => void update(api.transition(m.id, 'submit', actor || undefined))}>
              {t('checklist.submit')}
            </button>
            <button
              type="button"
              className="pl-btn pl-btn-primary"
              disabled={view.status !== 'submitted' || blocking > 0}
              onClick={() => void update(api.transition(m.id, 'approve', actor || undefined))}
            >
              {t('checklist.approve')}
            </button>
            <button type="button" className="pl-btn" disabled={view.status === 'draft'} onClick={() => void update(api.transition(m.id, 'return', actor || undefined))}>
              {t('checklist.return')}
            </button>
          </div>
          {blocking > 0 && <p className="pl-blocked">{t('checklist.blocked', { count: blocking })}</p>}

        </aside>
      </div>
    </section>
  );
}
