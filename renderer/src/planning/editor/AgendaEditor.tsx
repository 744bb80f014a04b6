import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { ITEM_KINDS } from '../../../../electron/core/policy/ids';
import type { Policy } from '../../../../electron/core/policy/policy';
import type { Finding } from '../../../../electron/core/rules';
import type { DocumentInfo } from '../../../../electron/services/planning/planning-types';
import { itemKindName } from '../shared/format';
import { useLang, usePT } from '../shared/planning-context';
import { DocumentDrop } from './DocumentDrop';
import { agendaTotals, moveItem, newItemId, type Draft, type DraftItem, type FieldKey } from './editor-model';
import { FieldFindings } from './FieldFindings';

const ITEM_DRAG_TYPE = 'application/x-duanhui-item';

const numberOr = (text: string, fallback: number) => (text.trim() === '' ? fallback : Number(text));

/**
 * The agenda: add, reorder (drag the handle, or Alt+↑/↓ anywhere in a row), speaker, unit,
 * minutes, declared extension; a running total against the meeting's length and the cap, and
 * each item's findings under it.
 */
export function AgendaEditor(props: {
  draft: Draft;
  policy: Policy | null;
  findings: Map<FieldKey, Finding[]>;
  fieldErrors: Map<string, string>;
  documents: DocumentInfo[];
  saved: boolean;
  onChange: (agenda: DraftItem[]) => void;
  onAttach: (item: DraftItem, file: File) => Promise<void>;
}) {
  const t = usePT();
  const lang = useLang();
  const { agenda } = props.draft;
  const [announce, setAnnounce] = useState('');
  const focusAfterMove = useRef<{ id: string; field: string } | null>(null);
  const tbody = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    const want = focusAfterMove.current;
    if (!want) return;
    focusAfterMove.current = null;
    tbody.current?.querySelector<HTMLElement>(`[data-item-id="${want.id}"] [data-field="${want.field}"]`)?.focus();
  });

  const update = (index: number, patch: Partial<DraftItem>) =>
    props.onChange(agenda.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  const move = (from: number, to: number, field = 'title') => {
    if (to < 0 || to >= agenda.length) return;
    focusAfterMove.current = { id: agenda[from]!.id, field };
    props.onChange(moveItem(agenda, from, to));
    setAnnounce(t('agenda.moved', { from: from + 1, to: to + 1 }));
  };

  const onRowKey = (index: number) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const field = (e.target as HTMLElement).dataset.field ?? 'title';
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1, field);
  };

  const onDrop = (to: number) => (e: DragEvent) => {
    const from = Number(e.dataTransfer.getData(ITEM_DRAG_TYPE));
    if (!e.dataTransfer.types.includes(ITEM_DRAG_TYPE) || !Number.isInteger(from)) return;
    e.preventDefault();
    move(from, to);
  };

  const add = () => {
    const item: DraftItem = { id: newItemId(), kind: agenda.length === 0 ? 'keynote' : 'speech', title: '', minutes: agenda.length === 0 ? 20 : 8 };
    focusAfterMove.current = { id: item.id, field: 'title' };
    props.onChange([...agenda, item]);
  };

  const totals = agendaTotals(props.draft, props.policy);
  const totalClass = totals.over > 0 ? 'pl-over' : totals.overWithExtensions > 0 ? 'pl-warn' : 'pl-within';
  const scale = Math.max(totals.total, totals.duration, totals.cap ?? 0, 1);
  const docFor = (item: DraftItem) => [...props.documents].reverse().find((d) => d.itemKey === item.id);
  const err = (index: number, field: string) => props.fieldErrors.get(`agenda.${index}.${field}`);

  return (
    <section className="pl-agenda" aria-label={t('agenda.title')}>
      <div className="pl-section-head">
        <h2>{t('agenda.title')}</h2>
        <span className="pl-hint">{t('agenda.move')}</span>
        <button type="button" className="pl-btn" onClick={add}>
          ＋ {t('agenda.add')}
        </button>
      </div>
      <div className={`pl-total ${totalClass}`} data-testid="agenda-total">
        <div className="pl-total-text">
          <strong>{t('agenda.total', { planned: totals.planned })}</strong>
          {totals.extensions > 0 && <span>{t('agenda.totalWithExt', { total: totals.total })}</span>}
          <span> · {t('agenda.ofDuration', { duration: totals.duration })}</span>
          <span> · {totals.cap === null ? t('agenda.noCap') : t('agenda.cap', { cap: totals.cap })}</span>
          <span className="pl-total-verdict">
            {' '}
            · {totals.over > 0 ? t('agenda.over', { over: totals.over }) : t('agenda.left', { left: Math.max(0, totals.duration - totals.total) })}
          </span>
        </div>
        <div className="pl-total-bar" aria-hidden="true">
          <div className="pl-total-fill" style={{ width: `${(Math.min(totals.planned, scale) / scale) * 100}%` }} />
          <div className="pl-total-ext" style={{ left: `${(Math.min(totals.planned, scale) / scale) * 100}%`, width: `${(Math.min(totals.extensions, scale - Math.min(totals.planned, scale)) / scale) * 100}%` }} />
          <div className="pl-total-mark" style={{ left: `${(totals.duration / scale) * 100}%` }} title={t('agenda.ofDuration', { duration: totals.duration })} />
          {totals.cap !== null && <div className="pl-total-cap" style={{ left: `${(totals.cap / scale) * 100}%` }} title={t('agenda.cap', { cap: totals.cap })} />}
        </div>
        <FieldFindings findings={props.findings.get('agenda')} />
      </div>
      {agenda.length === 0 ? (
        <p className="pl-empty">{t('agenda.empty')}</p>
      ) : (
        <table className="pl-agenda-table">
          <thead>
            <tr>
              <th className="pl-col-handle" aria-label={t('agenda.move')} />
              <th className="pl-col-no">{t('agenda.no')}</th>
              <th className="pl-col-kind">{t('agenda.kind')}</th>
              <th>{t('agenda.itemTitle')}</th>
              <th className="pl-col-who">{t('agenda.speaker')}</th>
              <th className="pl-col-who">{t('agenda.unit')}</th>
              <th className="pl-col-num">{t('agenda.minutes')}</th>
              <th className="pl-col-num">{t('agenda.extension')}</th>
              <th className="pl-col-doc">{t('agenda.document')}</th>
              <th className="pl-col-actions" />
            </tr>
          </thead>
          <tbody ref={tbody}>
            {agenda.map((item, index) => {
              const findings = props.findings.get(`item:${index}`);
              const worst = findings?.[0]?.severity;
              const timed = props.policy ? (props.policy.timedItemKinds as readonly string[]).includes(item.kind) : item.kind === 'speech' || item.kind === 'report';
              return [
                <tr
                  key={item.id}
                  data-item-id={item.id}
                  className={`pl-item${worst ? ` pl-item-${worst}` : ''}`}
                  onKeyDown={onRowKey(index)}
                  onDragOver={(e) => {
                    if (e.dataTransfer.types.includes(ITEM_DRAG_TYPE)) e.preventDefault();
                  }}
                  onDrop={onDrop(index)}
                >
                  <td className="pl-col-handle">
                    <span
                      className="pl-handle"
                      draggable
                      aria-hidden="true"
                      onDragStart={(e) => {
                        e.dataTransfer.setData(ITEM_DRAG_TYPE, String(index));
                        e.dataTransfer.effectAllowed = 'move';
                      }}
                    >
                      ⠿
                    </span>
                  </td>
                  <td className="pl-col-no num">{index + 1}</td>
                  <td className="pl-col-kind">
                    <select data-field="kind" aria-label={`${t('agenda.kind')} ${index + 1}`} value={item.kind} onChange={(e) => update(index, { kind: e.target.value as DraftItem['kind'] })}>
                      {ITEM_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {itemKindName(k, lang)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input data-field="title" aria-label={`${t('agenda.itemTitle')} ${index + 1}`} value={item.title} onChange={(e) => update(index, { title: e.target.value })} />
                  </td>
                  <td className="pl-col-who">
                    <input data-field="speaker" aria-label={`${t('agenda.speaker')} ${index + 1}`} value={item.speaker ?? ''} onChange={(e) => update(index, { speaker: e.target.value })} />
                  </td>
                  <td className="pl-col-who">
                    <input data-field="unit" aria-label={`${t('agenda.unit')} ${index + 1}`} value={item.unit ?? ''} onChange={(e) => update(index, { unit: e.target.value })} />
                  </td>
                  <td className="pl-col-num">
                    <input
                      data-field="minutes"
                      type="number"
                      min={0}
                      aria-label={`${t('agenda.minutes')} ${index + 1}`}
                      aria-invalid={err(index, 'minutes') ? true : undefined}
                      value={Number.isFinite(item.minutes) ? item.minutes : ''}
                      onChange={(e) => update(index, { minutes: numberOr(e.target.value, Number.NaN) })}
                    />
                  </td>
                  <td className="pl-col-num">
                    <input
                      data-field="extension"
                      type="number"
                      min={0}
                      disabled={!timed && !item.extensionMinutes}
                      aria-label={`${t('agenda.extension')} ${index + 1}`}
                      value={item.extensionMinutes ?? ''}
                      onChange={(e) => update(index, { extensionMinutes: e.target.value === '' ? undefined : numberOr(e.target.value, 0) })}
                    />
                  </td>
                  <td className="pl-col-doc">
                    {item.kind === 'keynote' || item.kind === 'report' ? (
                      <DocumentDrop
                        itemKind={item.kind}
                        chars={item.chars}
                        pages={item.pages}
                        maxChars={item.kind === 'keynote' ? (props.policy?.keynoteMaxChars ?? null) : null}
                        maxPages={item.kind === 'report' && props.draft.kind === 'standing-committee' ? (props.policy?.reportMaxPages ?? null) : null}
                        document={docFor(item)}
                        disabled={false}
                        onFile={(file) => props.onAttach(item, file)}
                      />
                    ) : (
                      <span className="pl-muted">—</span>
                    )}
                  </td>
                  <td className="pl-col-actions">
                    <button type="button" className="pl-icon-btn" title={t('agenda.moveUp')} aria-label={`${t('agenda.moveUp')} ${index + 1}`} disabled={index === 0} onClick={() => move(index, index - 1, 'title')}>
                      ↑
                    </button>
                    <button type="button" className="pl-icon-btn" title={t('agenda.moveDown')} aria-label={`${t('agenda.moveDown')} ${index + 1}`} disabled={index === agenda.length - 1} onClick={() => move(index, index + 1, 'title')}>
                      ↓
                    </button>
                    <button type="button" className="pl-icon-btn pl-danger" title={t('agenda.remove')} aria-label={`${t('agenda.remove')} ${index + 1}`} onClick={() => props.onChange(agenda.filter((_, i) => i !== index))}>
                      ×
                    </button>
                  </td>
                </tr>,
                findings?.length || err(index, 'minutes') || err(index, 'title') ? (
                  <tr key={`${item.id}-findings`} className="pl-item-findings">
                    <td />
                    <td colSpan={9}>
                      <FieldFindings findings={findings} errors={[err(index, 'minutes'), err(index, 'title')].filter((x): x is string => Boolean(x))} />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      )}
      <span className="visually-hidden" aria-live="polite">
        {announce}
      </span>
    </section>
  );
}
