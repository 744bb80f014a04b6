import { useState } from 'react';
import { usePT } from '../shared/planning-context';

/** The approver's written reason for letting an error stand. */
export function ExceptionForm({ onSubmit, onCancel }: { onSubmit: (reason: string, by: string) => Promise<void>; onCancel: () => void }) {
  const t = usePT();
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  return (
    <form
      className="pl-exception-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) void onSubmit(reason.trim(), by.trim());
      }}
    >
      <label className="pl-field">
        <span>{t('checklist.exceptionReason')}</span>
        <textarea name="reason" required rows={2} value={reason} placeholder={t('checklist.exceptionPlaceholder')} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="pl-row">
        <label className="pl-field">
          <span>{t('checklist.exceptionBy')}</span>
          <input name="recordedBy" value={by} onChange={(e) => setBy(e.target.value)} />
        </label>
        <button type="submit" className="pl-btn pl-btn-primary" disabled={!reason.trim()}>
          {t('checklist.addException')}
        </button>
        <button type="button" className="pl-btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
