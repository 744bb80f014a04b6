import { useEffect, useRef, useState } from 'react';
import { APPROVAL_ROLES, ITEM_KINDS, MEETING_KINDS } from '../../../../electron/core/policy/ids';
import type { CalendarInfo, Policy, PolicyState } from '../../../../electron/services/planning/planning-types';
import { PlanningApiError } from '../api/planning-api';
import { bytesToBase64, itemKindName, kindName, MONTHS_EN, roleName } from '../shared/format';
import { useLang, usePlanning, usePT, useReportError } from '../shared/planning-context';
import { issueField } from '../editor/editor-model';

type NumberKey = 'meetingCapMinutes' | 'speechLimitMinutes' | 'extensionMaxMinutes' | 'keynoteMaxChars' | 'reportMaxPages' | 'itemWarningSeconds';
const NUMBERS: NumberKey[] = ['meetingCapMinutes', 'speechLimitMinutes', 'extensionMaxMinutes', 'keynoteMaxChars', 'reportMaxPages', 'itemWarningSeconds'];

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

/** The policy (every number and list of policy.md, validated, with a restore), and the holiday calendar. */
export function SettingsView() {
  const t = usePT();
  const lang = useLang();
  const { api, store } = usePlanning();
  const report = useReportError();
  const [state, setState] = useState<PolicyState | null>(null);
  const [form, setForm] = useState<Policy | null>(null);
  const [warningText, setWarningText] = useState('');
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [calendar, setCalendar] = useState<CalendarInfo | null>(null);
  const [calendarNote, setCalendarNote] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  const adopt = (s: PolicyState) => {
    setState(s);
    setForm(s.policy);
    setWarningText(s.policy.meetingWarningMinutes.join(', '));
    setErrors(new Map());
  };

  useEffect(() => {
    api.policy().then(adopt, report);
    api.calendarInfo().then(setCalendar, report);
  }, [api]);

  if (!form || !state) return <p className="pl-empty">{t('common.loading')}</p>;
  const set = (patch: Partial<Policy>) => setForm({ ...form, ...patch });
  const err = (key: string) => errors.get(key);

  const save = async () => {
    const minutes = warningText
      .split(/[,，、\s]+/)
      .filter(Boolean)
      .map(Number);
    try {
      const s = await api.savePolicy({ ...form, meetingWarningMinutes: minutes });
      adopt(s);
      store.getState().touch();
      store.getState().notify('info', { 'zh-CN': t('settings.savedVersion', { version: s.version, lng: 'zh-CN' }), en: t('settings.savedVersion', { version: s.version, lng: 'en' }) });
    } catch (e) {
      if (e instanceof PlanningApiError && e.body.issues) {
        setErrors(new Map(e.body.issues.map((i) => [issueField(i.path).split('.')[0]!, i.message[lang]])));
      }
      report(e);
    }
  };

  const reset = async () => {
    if (!window.confirm(t('settings.confirmReset'))) return;
    try {
      adopt(await api.resetPolicy());
      store.getState().touch();
    } catch (e) {
      report(e);
    }
  };

  const importCalendar = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await api.importCalendar(file.name, bytesToBase64(await file.arrayBuffer()));
      setCalendar(r);
      setCalendarNote([t('settings.importedYears', { years: r.imported.join(lang === 'zh-CN' ? '、' : ', ') }), ...r.warnings]);
      store.getState().touch();
    } catch (e) {
      report(e);
    }
  };

  return (
    <section className="pl-settings">
      <div className="pl-card pl-policy">
        <div className="pl-section-head">
          <h1>{t('settings.policyTitle')}</h1>
          <span className="pl-badge">{t('settings.version', { version: state.version })}</span>
          {state.isDefault && <span className="pl-hint">{t('settings.isDefault')}</span>}
        </div>
        <p className="pl-hint">{t('settings.policyHint')}</p>
        <form
          className="pl-policy-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="pl-field pl-span-2">
            <span>{t('settings.name')}</span>
            <input name="name" value={form.name} onChange={(e) => set({ name: e.target.value })} aria-invalid={err('name') ? true : undefined} />
            {err('name') && <small className="pl-error">{err('name')}</small>}
          </label>
          {NUMBERS.map((key) => (
            <label key={key} className="pl-field">
              <span>{t(`settings.${key}`)}</span>
              <input
                name={key}
                type="number"
                value={Number.isFinite(form[key]) ? form[key] : ''}
                aria-invalid={err(key) ? true : undefined}
                onChange={(e) => set({ [key]: e.target.value === '' ? Number.NaN : Number(e.target.value) } as Partial<Policy>)}
              />
              {err(key) && <small className="pl-error">{err(key)}</small>}
            </label>
          ))}
          <label className="pl-field">
            <span>{t('settings.eveningStart')}</span>
            <input name="eveningStart" value={form.eveningStart} onChange={(e) => set({ eveningStart: e.target.value })} aria-invalid={err('eveningStart') ? true : undefined} />
            {err('eveningStart') && <small className="pl-error">{err('eveningStart')}</small>}
          </label>
          <div className="pl-field">
            <span>{t('settings.halfMonthStartDay')}</span>
            <div className="pl-row">
              <input
                name="halfMonthStartDay"
                type="number"
                disabled={form.halfMonthStartDay === null}
                value={form.halfMonthStartDay ?? ''}
                onChange={(e) => set({ halfMonthStartDay: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
                aria-invalid={err('halfMonthStartDay') ? true : undefined}
              />
              <label className="pl-check">
                <input type="checkbox" checked={form.halfMonthStartDay === null} onChange={(e) => set({ halfMonthStartDay: e.target.checked ? null : 16 })} />
                <span>{t('settings.halfMonthOff')}</span>
              </label>
            </div>
            {err('halfMonthStartDay') && <small className="pl-error">{err('halfMonthStartDay')}</small>}
          </div>
          <fieldset className="pl-field pl-span-2">
            <legend>{t('settings.noMeetingMonths')}</legend>
            <div className="pl-checks">
              {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
                <label key={month} className="pl-check">
                  <input type="checkbox" checked={form.noMeetingMonths.includes(month)} onChange={(e) => set({ noMeetingMonths: toggle(form.noMeetingMonths, month, e.target.checked).sort((a, b) => a - b) })} />
                  <span>{t('settings.monthN', { month, monthName: MONTHS_EN[month - 1]!.slice(0, 3) })}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="pl-field pl-span-2">
            <legend>{t('settings.exemptKinds')}</legend>
            <div className="pl-checks">
              {MEETING_KINDS.map((k) => (
                <label key={k} className="pl-check">
                  <input type="checkbox" checked={form.exemptKinds.includes(k)} onChange={(e) => set({ exemptKinds: toggle(form.exemptKinds, k, e.target.checked) })} />
                  <span>{kindName(k, lang)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="pl-field">
            <legend>{t('settings.timedItemKinds')}</legend>
            <div className="pl-checks">
              {ITEM_KINDS.map((k) => (
                <label key={k} className="pl-check">
                  <input type="checkbox" checked={form.timedItemKinds.includes(k)} onChange={(e) => set({ timedItemKinds: toggle(form.timedItemKinds, k, e.target.checked) })} />
                  <span>{itemKindName(k, lang)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="pl-field">
            <legend>{t('settings.approvalRoles')}</legend>
            <div className="pl-checks">
              {APPROVAL_ROLES.map((r) => (
                <label key={r} className="pl-check">
                  <input type="checkbox" checked={form.approvalRoles.includes(r)} onChange={(e) => set({ approvalRoles: toggle(form.approvalRoles, r, e.target.checked) })} />
                  <span>{roleName(r, lang)}</span>
                </label>
              ))}
            </div>
            {err('approvalRoles') && <small className="pl-error">{err('approvalRoles')}</small>}
          </fieldset>
          <label className="pl-field">
            <span>{t('settings.meetingWarningMinutes')}</span>
            <input name="meetingWarningMinutes" value={warningText} onChange={(e) => setWarningText(e.target.value)} aria-invalid={err('meetingWarningMinutes') ? true : undefined} />
            {err('meetingWarningMinutes') && <small className="pl-error">{err('meetingWarningMinutes')}</small>}
          </label>
          <label className="pl-field">
            <span>{t('settings.timeZone')}</span>
            <input name="timeZone" value={form.timeZone} onChange={(e) => set({ timeZone: e.target.value })} aria-invalid={err('timeZone') ? true : undefined} />
            {err('timeZone') && <small className="pl-error">{err('timeZone')}</small>}
          </label>
          <div className="pl-row pl-span-2">
            <button type="submit" className="pl-btn pl-btn-primary">
              {t('settings.save')}
            </button>
            <button type="button" className="pl-btn" onClick={() => void reset()} disabled={state.isDefault}>
              {t('settings.reset')}
            </button>
          </div>
        </form>
      </div>

      <div className="pl-card pl-calendar-settings">
        <h1>{t('settings.calendarTitle')}</h1>
        <p className="pl-hint">{t('settings.calendarHint')}</p>
        <p data-testid="calendar-years">{t('settings.covers', { years: (calendar?.years ?? []).map((y) => y.year).join(lang === 'zh-CN' ? '、' : ', ') })}</p>
        <table className="pl-years">
          <thead>
            <tr>
              <th>{t('settings.year')}</th>
              <th>{t('settings.origin')}</th>
              <th>{t('settings.source')}</th>
            </tr>
          </thead>
          <tbody>
            {(calendar?.years ?? []).map((y) => (
              <tr key={y.year} data-year={y.year}>
                <td className="num">{y.year}</td>
                <td>{y.origin === 'bundled' ? t('settings.bundled') : t('settings.imported')}</td>
                <td>
                  <div>{y.source}</div>
                  <small className="pl-muted">
                    {t('settings.holidays', { holidays: y.holidays, adjusted: y.adjustedWorkdays })}
                    {y.fileName ? ` · ${y.fileName}` : ''}
                  </small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="pl-btn" onClick={() => fileInput.current?.click()}>
          {t('settings.importCalendar')}
        </button>
        <input ref={fileInput} type="file" accept=".json,.ics" hidden data-testid="calendar-file" onChange={(e) => void importCalendar(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        {calendarNote.length > 0 && (
          <ul className="pl-warnings">
            {calendarNote.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
