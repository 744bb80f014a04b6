import { useEffect, useState } from 'react';
import type { ApprovalRole } from '../../../../electron/core/policy/ids';
import type { Approval } from '../../../../electron/services/planning/planning-types';
import { usePT } from '../shared/planning-context';

/** One leader's approval: name, date and time, document number (文号). */
export function ApprovalForm(props: {
  role: ApprovalRole;
  label: string;
  approval: Approval | undefined;
  defaultDate: string;
  onRecord: (a: { name?: string; approvedAt: string; documentNumber?: string }) => Promise<void>;
  onRemove: () => Promise<void>;
}) {
  const t = usePT();
  const [name, setName] = useState(props.approval?.name ?? '');
  const [date, setDate] = useState(props.approval?.approvedAt.slice(0, 10) ?? '');
  const [time, setTime] = useState(props.approval?.approvedAt.slice(11, 16) ?? '09:00');
  const [number, setNumber] = useState(props.approval?.documentNumber ?? '');

  useEffect(() => {
    setName(props.approval?.name ?? '');
    setDate(props.approval?.approvedAt.slice(0, 10) ?? '');
    setTime(props.approval?.approvedAt.slice(11, 16) ?? '09:00');
    setNumber(props.approval?.documentNumber ?? '');
  }, [props.approval]);

  return (
    <form
      className={`pl-approval${props.approval ? ' pl-approval-recorded' : ''}`}
      data-role={props.role}
      onSubmit={(e) => {
        e.preventDefault();
        void props.onRecord({
          ...(name.trim() ? { name: name.trim() } : {}),
          approvedAt: `${date}T${time || '09:00'}`,
          ...(number.trim() ? { documentNumber: number.trim() } : {}),
        });
      }}
    >
      <div className="pl-approval-head">
        <strong>{props.label}</strong>
        <span className={props.approval ? 'pl-within' : 'pl-muted'}>{props.approval ? '✓' : t('checklist.notRecorded')}</span>
      </div>
      <div className="pl-row">
        <label className="pl-field">
          <span>{t('checklist.name')}</span>
          <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="pl-field">
          <span>{t('checklist.documentNumber')}</span>
          <input name="documentNumber" value={number} onChange={(e) => setNumber(e.target.value)} />
        </label>
      </div>
      <div className="pl-row">
        <label className="pl-field">
          <span>{t('checklist.approvedAt')}</span>
          <input name="date" type="date" required value={date} max={props.defaultDate} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="pl-field pl-field-narrow">
          <span>&nbsp;</span>
          <input name="time" type="time" aria-label={t('checklist.approvedAt')} value={time} onChange={(e) => setTime(e.target.value)} />
        </label>
      </div>
      <div className="pl-row">
        <button type="submit" className="pl-btn">
          {t('checklist.recordApproval')}
        </button>
        {props.approval && (
          <button type="button" className="pl-link" onClick={() => void props.onRemove()}>
            {t('checklist.removeApproval')}
          </button>
        )}
      </div>
    </form>
  );
}
