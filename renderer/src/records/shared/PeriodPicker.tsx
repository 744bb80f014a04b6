import type { PeriodKind } from '../api/records-api';
import { convertKey, keyForDate, keyOf, partsOf, PERIOD_KINDS, periodDates, shiftKey } from './period';
import { useLang, useRecords, useRecordsState, useRT } from './records-context';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 按月 / 按季度 / 按年, the period itself, previous and next: shared by the list and the report. */
export function PeriodPicker() {
  const t = useRT();
  const lang = useLang();
  const { store, today } = useRecords();
  const period = useRecordsState((s) => s.route.period);
  const key = useRecordsState((s) => s.route.key);
  const parts = partsOf(period, key) ?? partsOf('month', keyForDate('month', today()))!;
  const set = (p: PeriodKind, k: string) => store.getState().setPeriod(p, k);
  const thisYear = Number(today().slice(0, 4));
  const years: number[] = [];
  for (let y = Math.min(thisYear - 5, parts.year); y <= Math.max(thisYear + 1, parts.year); y++) years.push(y);
  const { first, last } = periodDates(period, key);
  const current = keyForDate(period, today());

  return (
    <div className="rc-period" data-testid="period-picker">
      <div className="rc-segmented" role="radiogroup" aria-label={t('period.kind')}>
        {PERIOD_KINDS.map((p) => (
          <button
            key={p}
            type="button"
            role="radio"
            aria-checked={p === period}
            className="rc-segment"
            data-testid={`period-${p}`}
            onClick={() => set(p, convertKey(period, key, p))}
          >
            {t(`period.${p}`)}
          </button>
        ))}
      </div>
      <button type="button" className="rc-btn rc-btn-icon" aria-label={t('period.prev')} title={t('period.prev')} onClick={() => set(period, shiftKey(period, key, -1))}>
        ‹
      </button>
      <select aria-label={t('period.yearLabel')} value={parts.year} onChange={(e) => set(period, keyOf(period, { ...parts, year: Number(e.target.value) }))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {t('period.year_n', { year: y })}
          </option>
        ))}
      </select>
      {period === 'month' ? (
        <select aria-label={t('period.monthLabel')} value={parts.month} data-testid="period-month" onChange={(e) => set(period, keyOf(period, { ...parts, month: Number(e.target.value) }))}>
          {MONTHS_EN.map((name, i) => (
            <option key={name} value={i + 1}>
              {t('period.month_n', { month: i + 1, name })}
            </option>
          ))}
        </select>
      ) : null}
      {period === 'quarter' ? (
        <select aria-label={t('period.quarterLabel')} value={parts.quarter} onChange={(e) => set(period, keyOf(period, { ...parts, quarter: Number(e.target.value) }))}>
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              {t('period.quarter_n', { q })}
            </option>
          ))}
        </select>
      ) : null}
      <button type="button" className="rc-btn rc-btn-icon" aria-label={t('period.next')} title={t('period.next')} onClick={() => set(period, shiftKey(period, key, 1))}>
        ›
      </button>
      <button type="button" className="rc-btn" disabled={key === current} onClick={() => set(period, current)}>
        {t('period.current')}
      </button>
      <span className="rc-period-range num" data-testid="period-range">
        {t('period.range', { first: lang === 'zh-CN' ? first.replace(/-/g, '.') : first, last: lang === 'zh-CN' ? last.replace(/-/g, '.') : last })}
      </span>
    </div>
  );
}
