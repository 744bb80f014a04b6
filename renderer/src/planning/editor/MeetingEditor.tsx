import { useEffect, useMemo, useRef, useState } from 'react';
import { MEETING_KINDS } from '../../../../electron/core/policy/ids';
import type { Policy } from '../../../../electron/core/policy/policy';
import type { MeetingCheck, MeetingView } from '../../../../electron/services/planning/planning-types';
import { PlanningApiError } from '../api/planning-api';
import { bytesToBase64, kindName } from '../shared/format';
import { useLang, usePlanning, usePT, useReportError } from '../shared/planning-context';
import { AgendaEditor } from './AgendaEditor';
import { findingsByField, issueField, newDraft, toDraft, toMeetingInput, type Draft, type DraftItem } from './editor-model';
import { FieldFindings } from './FieldFindings';
import { SlotSuggestions } from './SlotSuggestions';

/** How long the editor waits after a keystroke before asking for a fresh check. */
const CHECK_DELAY_MS = 150;

const sameDraft = (a: Draft | null, b: Draft | null) => JSON.stringify(a && toMeetingInput(a)) === JSON.stringify(b && toMeetingInput(b));

/** Title, kind, county-wide, start, duration, place, organiser, chair and the agenda, with live findings. */
export function MeetingEditor({ id, date }: { id: string | null; date: string | null }) {
  const t = usePT();
  const lang = useLang();
  const { api, store, today } = usePlanning();
  const report = useReportError();
  const [view, setView] = useState<MeetingView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [savedDraft, setSavedDraft] = useState<Draft | null>(null);
  const [check, setCheck] = useState<MeetingCheck | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Map<string, string>>(new Map());
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [saving, setSaving] = useState(false);
  const checkSeq = useRef(0);

  useEffect(() => {
    api.policy().then((p) => setPolicy(p.policy), report);
    // Loaded once per page: settings changes reach the editor on the next visit.
  }, [api]);

  useEffect(() => {
    let cancelled = false;
    if (id === null) {
      const d = newDraft(date ?? today());
      setView(null);
      setDraft(d);
      setSavedDraft(null);
      return;
    }
    if (view?.meeting.id === id) return;
    api.getMeeting(id).then((v) => {
      if (cancelled) return;
      const d = toDraft(v.meeting);
      setView(v);
      setDraft(d);
      setSavedDraft(d);
      setCheck(v);
    }, report);
    return () => {
      cancelled = true;
    };
  }, [api, id, date]);

  useEffect(() => {
    if (!draft) return;
    const seq = ++checkSeq.current;
    const timer = setTimeout(() => {
      api.check(toMeetingInput(draft)).then(
        (c) => {
          if (seq !== checkSeq.current) return;
          setCheck(c);
          setFieldErrors(new Map());
        },
        (e: unknown) => {
          if (seq !== checkSeq.current) return;
          if (e instanceof PlanningApiError && e.body.code === 'invalid-meeting') {
            setFieldErrors(new Map((e.body.issues ?? []).map((i) => [issueField(i.path), i.message[lang]])));
          } else report(e);
        },
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, draft, lang]);

  const byField = useMemo(() => findingsByField(check?.findings ?? []), [check]);
  if (!draft) return <p className="pl-empty">{t('common.loading')}</p>;

  const dirty = !sameDraft(draft, savedDraft);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const exempt = policy ? (policy.exemptKinds as readonly string[]).includes(draft.kind) : false;
  const [startDate, startTime] = [draft.start.slice(0, 10), draft.start.slice(11, 16)];

  const save = async (): Promise<MeetingView | null> => {
    setSaving(true);
    try {
      const v = await api.saveMeeting(toMeetingInput(draft), view?.updatedAt ?? null);
      const d = toDraft(v.meeting);
      setView(v);
      setDraft(d);
      setSavedDraft(d);
      setCheck(v);
      store.getState().touch();
      if (id === null) store.getState().navigate({ view: 'editor', id: v.meeting.id, date: null });
      return v;
    } catch (e) {
      if (e instanceof PlanningApiError && e.body.code === 'invalid-meeting') {
        setFieldErrors(new Map((e.body.issues ?? []).map((i) => [issueField(i.path), i.message[lang]])));
      }
      report(e);
      return null;
    } finally {
      setSaving(false);
    }
  };

  const attach = async (item: DraftItem, file: File) => {
    const saved = dirty || !view ? await save() : view;
    if (!saved) return;
    try {
      const base64 = bytesToBase64(await file.arrayBuffer());
      const v = await api.attachDocument({ meetingId: saved.meeting.id, item: item.id, fileName: file.name, base64 });
      const d = toDraft(v.meeting);
      setView(v);
      setDraft(d);
      setSavedDraft(d);
      setCheck(v);
      store.getState().touch();
    } catch (e) {
      report(e);
    }
  };

  const remove = async () => {
    if (!view || !window.confirm(t('common.confirmDelete', { title: draft.title }))) return;
    try {
      await api.deleteMeeting(view.meeting.id);
      store.getState().touch();
      store.getState().navigate({ view: 'calendar', date: startDate, mode: 'month' });
    } catch (e) {
      report(e);
    }
  };

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of check?.findings ?? []) counts[f.severity]++;
  const fe = (key: string) => (fieldErrors.get(key) ? [fieldErrors.get(key)!] : undefined);

  return (
    <section className="pl-editor" aria-label={t(id ? 'editor.editTitle' : 'editor.newTitle')}>
      <div className="pl-toolbar">
        <div className="pl-toolbar-group">
          <h1 className="pl-editor-title">{draft.title || t(id ? 'editor.editTitle' : 'editor.newTitle')}</h1>
          {view && <span className={`pl-badge pl-status-${view.status}`}>{t(`status.${view.status}`)}</span>}
          <span className="pl-counts" data-testid="finding-counts">
            {counts.error > 0 && <span className="pl-count pl-sev-error">{t('severity.error')} {counts.error}</span>}
            {counts.warning > 0 && <span className="pl-count pl-sev-warning">{t('severity.warning')} {counts.warning}</span>}
            {counts.info > 0 && <span className="pl-count pl-sev-info">{t('severity.info')} {counts.info}</span>}
            {check && counts.error + counts.warning + counts.info === 0 && <span className="pl-count pl-sev-ok">{t('editor.noFindings')}</span>}
          </span>
        </div>
        <div className="pl-toolbar-group">
          <span className="pl-save-state" aria-live="polite">
            {saving ? t('common.saving') : dirty ? t('common.unsaved') : view ? t('common.saved') : ''}
          </span>
          <button type="button" className="pl-btn pl-btn-primary" onClick={() => void save()} disabled={saving || (!dirty && view !== null)}>
            {t('common.save')}
          </button>
          <button type="button" className="pl-btn" disabled={!view} onClick={() => view && store.getState().navigate({ view: 'checklist', id: view.meeting.id })}>
            {t('editor.openChecklist')}
          </button>
          <button type="button" className="pl-btn pl-btn-danger" disabled={!view} onClick={() => void remove()}>
            {t('common.delete')}
          </button>
        </div>
      </div>

      <div className="pl-editor-body">
        <form className="pl-fields" onSubmit={(e) => (e.preventDefault(), void save())}>
          <label className="pl-field">
            <span>{t('editor.title')}</span>
            <input name="title" value={draft.title} placeholder={t('editor.titlePlaceholder')} aria-invalid={fieldErrors.has('title') || undefined} onChange={(e) => set({ title: e.target.value })} />
            <FieldFindings errors={fe('title')} />
          </label>
          <label className="pl-field">
            <span>{t('editor.kind')}</span>
            <select name="kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value as Draft['kind'] })}>
              {MEETING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindName(k, lang)}
                </option>
              ))}
            </select>
            {exempt && <small className="pl-hint">{t('editor.exempt')}</small>}
          </label>
          <div className="pl-field">
            <label className="pl-check">
              <input name="countyWide" type="checkbox" checked={draft.countyWide} onChange={(e) => set({ countyWide: e.target.checked })} />
              <span>{t('editor.countyWide')}</span>
            </label>
            <small className="pl-hint">{t('editor.countyWideHint')}</small>
            <FieldFindings findings={byField.get('countyWide')} />
          </div>
          <div className="pl-field" role="group" aria-label={t('editor.start')}>
            <span>{t('editor.start')}</span>
            <div className="pl-row">
              <input name="date" type="date" aria-label={t('editor.date')} value={startDate} onChange={(e) => e.target.value && set({ start: `${e.target.value}T${startTime || '09:00'}` })} />
              <input name="time" type="time" aria-label={t('editor.time')} value={startTime} onChange={(e) => e.target.value && set({ start: `${startDate}T${e.target.value}` })} />
            </div>
            <FieldFindings findings={byField.get('start')} errors={fe('start')} />
            <SlotSuggestions suggestions={check?.suggestions ?? []} onUse={(start) => set({ start })} />
          </div>
          <label className="pl-field">
            <span>{t('editor.duration')}</span>
            <input
              name="durationMinutes"
              type="number"
              min={1}
              value={Number.isFinite(draft.durationMinutes) ? draft.durationMinutes : ''}
              aria-invalid={fieldErrors.has('durationMinutes') || undefined}
              onChange={(e) => set({ durationMinutes: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
            <FieldFindings findings={byField.get('duration')} errors={fe('durationMinutes')} />
          </label>
          <label className="pl-field">
            <span>{t('editor.place')}</span>
            <input name="place" value={draft.place ?? ''} onChange={(e) => set({ place: e.target.value })} />
          </label>
          <div className="pl-row">
            <label className="pl-field">
              <span>{t('editor.organiser')}</span>
              <input name="organiser" value={draft.organiser ?? ''} onChange={(e) => set({ organiser: e.target.value })} />
            </label>
            <label className="pl-field">
              <span>{t('editor.chair')}</span>
              <input name="chair" value={draft.chair ?? ''} onChange={(e) => set({ chair: e.target.value })} />
            </label>
          </div>
          <button type="submit" hidden />
        </form>

        <AgendaEditor
          draft={draft}
          policy={policy}
          findings={byField}
          fieldErrors={fieldErrors}
          documents={view?.documents ?? []}
          saved={view !== null && !dirty}
          onChange={(agenda) => set({ agenda })}
          onAttach={attach}
        />
      </div>
    </section>
  );
}
