import { useState } from 'react';
import type { ExportRequest } from '../api/records-api';
import { useRecords, useReportError, useRT } from './records-context';

type Format = 'pdf' | 'csv';

/** 导出 PDF / 导出 CSV: asks the service for the file and hands it to the download. */
export function ExportButtons({ request, disabled = false }: { request: (format: Format) => ExportRequest; disabled?: boolean }) {
  const t = useRT();
  const { api, saveFile, store } = useRecords();
  const report = useReportError();
  const [busy, setBusy] = useState<Format | null>(null);
  const run = async (format: Format) => {
    setBusy(format);
    try {
      const file = await api.exportFile(request(format));
      saveFile(file);
      store.getState().notify('info', { 'zh-CN': t('common.exported', { file: file.fileName, lng: 'zh-CN' }), en: t('common.exported', { file: file.fileName, lng: 'en' }) });
    } catch (e) {
      report(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="rc-exports">
      {(['pdf', 'csv'] as const).map((format) => (
        <button
          key={format}
          type="button"
          className={`rc-btn${format === 'pdf' ? ' rc-btn-primary' : ''}`}
          data-testid={`export-${format}`}
          disabled={disabled || busy !== null}
          aria-busy={busy === format}
          onClick={() => void run(format)}
        >
          {busy === format ? t('common.exporting') : t(format === 'pdf' ? 'common.exportPdf' : 'common.exportCsv')}
        </button>
      ))}
    </div>
  );
}
