import { useRef, useState, type DragEvent } from 'react';
import type { ImportPreview } from '../../../../electron/services/planning/planning-types';
import { download, startLabel } from '../shared/format';
import { useLang, usePlanning, usePT, useReportError } from '../shared/planning-context';

/** Import with a preview of what will be added or changed (nothing written before confirming), and export. */
export function TransferView() {
  const t = usePT();
  const lang = useLang();
  const { api, store } = usePlanning();
  const report = useReportError();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [range, setRange] = useState({ from: '', to: '' });

  const take = async (f: File | undefined) => {
    if (!f) return;
    const text = await f.text();
    setFile({ name: f.name, text });
    setOverwrite(false);
    setPreview(null);
    try {
      setPreview(await api.previewImport(f.name, text));
    } catch (e) {
      report(e);
    }
  };

  const doImport = async () => {
    if (!file || !preview) return;
    try {
      const r = await api.importSchedule(file.name, file.text, overwrite);
      store.getState().notify('info', {
        'zh-CN': r.written.length ? t('transfer.imported', { count: r.written.length, lng: 'zh-CN' }) : t('transfer.nothing', { lng: 'zh-CN' }),
        en: r.written.length ? t('transfer.imported', { count: r.written.length, lng: 'en' }) : t('transfer.nothing', { lng: 'en' }),
      });
      store.getState().touch();
      setPreview(null);
      setFile(null);
    } catch (e) {
      report(e);
    }
  };

  const doExport = async (format: 'json' | 'ics') => {
    try {
      const f = await api.exportSchedule(format, range.from || undefined, range.to || undefined);
      download(f.fileName, f.mimeType, f.text);
    } catch (e) {
      report(e);
    }
  };

  const changes = preview?.meetings.filter((m) => m.action === 'change') ?? [];
  const toWrite = (preview?.counts.add ?? 0) + (preview?.counts.change ?? 0);
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    void take(e.dataTransfer.files[0]);
  };

  return (
    <section className="pl-transfer">
      <div className="pl-card">
        <h1>{t('transfer.importTitle')}</h1>
        <div className="pl-dropzone" onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()} onDrop={onDrop}>
          <p>{t('transfer.importHint')}</p>
          <button type="button" className="pl-btn" onClick={() => input.current?.click()}>
            {t('transfer.choose')}
          </button>
          <input ref={input} type="file" accept=".json,.ics" hidden data-testid="import-file" onChange={(e) => void take(e.target.files?.[0]).finally(() => (e.target.value = ''))} />
        </div>
        {preview && (
          <div className="pl-preview" data-testid="import-preview">
            <h2>{t('transfer.preview', { file: preview.fileName })}</h2>
            <p className="pl-summary">{t('transfer.counts', preview.counts)}</p>
            {preview.warnings.length > 0 && (
              <ul className="pl-warnings">
                {preview.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            <table className="pl-preview-table">
              <tbody>
                {preview.meetings.map((m) => (
                  <tr key={m.id} className={`pl-import-${m.action}`} data-action={m.action}>
                    <td className="pl-col-action">
                      <span className={`pl-tag pl-tag-${m.action}`}>{t(`transfer.action.${m.action}`)}</span>
                    </td>
                    <td>{m.title}</td>
                    <td className="num pl-nowrap">{startLabel(m.start, lang)}</td>
                    <td>
                      {m.action === 'change' && (
                        <>
                          {t('transfer.fields')}：{m.changedFields.map((f) => t(`transfer.field.${f}`, { defaultValue: f })).join(lang === 'zh-CN' ? '、' : ', ')}
                          {m.before && (m.before.start !== m.start || m.before.title !== m.title) && (
                            <span className="pl-muted">
                              {' '}
                              （{t('transfer.before')}{' '}
                              {[m.before.title !== m.title ? `“${m.before.title}”` : '', m.before.start !== m.start ? startLabel(m.before.start, lang) : '']
                                .filter(Boolean)
                                .join(lang === 'zh-CN' ? '，' : ', ')}
                              ）
                            </span>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {changes.length > 0 && (
              <label className="pl-check pl-overwrite">
                <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
                <span>{t('transfer.overwrite', { count: changes.length })}</span>
              </label>
            )}
            {changes.some((m) => m.status && m.status !== 'draft') && <p className="pl-warning-line">{t('transfer.approvedWarning')}</p>}
            <button type="button" className="pl-btn pl-btn-primary" disabled={toWrite === 0 || (changes.length > 0 && !overwrite)} onClick={() => void doImport()}>
              {t('transfer.import')}
            </button>
          </div>
        )}
      </div>

      <div className="pl-card">
        <h1>{t('transfer.exportTitle')}</h1>
        <p>{t('transfer.exportHint')}</p>
        <div className="pl-row">
          <label className="pl-field pl-field-narrow">
            <span>{t('transfer.from')}</span>
            <input type="date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
          </label>
          <label className="pl-field pl-field-narrow">
            <span>{t('transfer.to')}</span>
            <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
          </label>
        </div>
        <div className="pl-row">
          <button type="button" className="pl-btn" onClick={() => void doExport('json')}>
            {t('transfer.exportJson')}
          </button>
          <button type="button" className="pl-btn" onClick={() => void doExport('ics')}>
            {t('transfer.exportIcs')}
          </button>
        </div>
      </div>
    </section>
  );
}
