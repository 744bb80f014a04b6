import type { Lang } from '../rules/finding';
import { civilFromEpoch } from '../time/civil-time';

/** How records show spans, instants and shares: one place, so screen, PDF and CSV agree. */

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `m:ss`, or `h:mm:ss` from an hour; whole seconds, rounded. */
export function clockSpan(ms: number): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return ms < 0 && total > 0 ? `−${body}` : body;
}

/** `+1:30` / `−0:45` / `0:00`: a difference against a plan or a limit. */
export function signedClockSpan(ms: number): string {
  const body = clockSpan(ms);
  return Math.round(ms / 1000) > 0 ? `+${body}` : body;
}

/** `1小时05分` / `12分30秒` / `45秒`; `1 h 05 min` / `12 min 30 s` / `45 s`. */
export function wordsSpan(ms: number, lang: Lang): string {
  const total = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const sign = ms < 0 && total > 0 ? '−' : '';
  if (lang === 'zh-CN') {
    if (h > 0) return `${sign}${h}小时${pad(m)}分${s ? `${pad(s)}秒` : ''}`;
    if (m > 0) return `${sign}${m}分${s ? `${pad(s)}秒` : '钟'}`;
    return `${sign}${s}秒`;
  }
  if (h > 0) return `${sign}${h} h ${pad(m)} min${s ? ` ${pad(s)} s` : ''}`;
  if (m > 0) return `${sign}${m} min${s ? ` ${pad(s)} s` : ''}`;
  return `${sign}${s} s`;
}

/** Hours with one decimal, e.g. `12.5`. */
export const hours = (ms: number): string => (Math.round((ms / 3_600_000) * 10) / 10).toFixed(1);

/** Minutes with up to two decimals, as a number (for CSV cells Excel can add up). */
export const minutes = (ms: number): number => Math.round((ms / 60_000) * 100) / 100;

/** `09:05`, or `09:05:30` when the seconds are not zero. */
export function clockTime(epochMs: number, timeZone: string): string {
  const c = civilFromEpoch(epochMs, timeZone);
  return `${pad(c.hour)}:${pad(c.minute)}${c.second ? `:${pad(c.second)}` : ''}`;
}

/** `2026年4月20日（星期一）` / `Mon 2026-04-20`. */
export function dateText(epochMs: number, timeZone: string, lang: Lang): string {
  const c = civilFromEpoch(epochMs, timeZone);
  return lang === 'zh-CN'
    ? `${c.year}年${c.month}月${c.day}日（${WEEKDAY_ZH[c.weekday]}）`
    : `${WEEKDAY_EN[c.weekday]} ${c.date}`;
}

/** Date and time: `2026年4月20日（星期一）09:00`. */
export const dateTimeText = (epochMs: number, timeZone: string, lang: Lang): string =>
  `${dateText(epochMs, timeZone, lang)}${lang === 'zh-CN' ? '' : ' '}${clockTime(epochMs, timeZone)}`;

/** `2026-04-20 09:00:10`: the form Excel and WPS read as a date-time. */
export function isoLocal(epochMs: number, timeZone: string): string {
  const c = civilFromEpoch(epochMs, timeZone);
  return `${c.date} ${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}`;
}

/** `85.7%`; `—` when there is nothing to divide. */
export const percent = (share: number | null): string => (share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`);

/** A date range in words: `2026年4月1日至4月30日` / `2026-04-01 to 2026-04-30`. */
export function dateRangeText(firstDate: string, lastDate: string, lang: Lang): string {
  if (lang !== 'zh-CN') return `${firstDate} to ${lastDate}`;
  const [y1, m1, d1] = firstDate.split('-').map(Number);
  const [y2, m2, d2] = lastDate.split('-').map(Number);
  return `${y1}年${m1}月${d1}日至${y2 !== y1 ? `${y2}年` : ''}${m2}月${d2}日`;
}

const WEEKDAY_SHORT_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** Compact, for table cells: `4月16日 周四 09:01` / `Thu 04-16 09:01` (the year is the report's). */
export function shortDateTime(epochMs: number, timeZone: string, lang: Lang): string {
  const c = civilFromEpoch(epochMs, timeZone);
  return lang === 'zh-CN'
    ? `${c.month}月${c.day}日 ${WEEKDAY_SHORT_ZH[c.weekday]} ${pad(c.hour)}:${pad(c.minute)}`
    : `${WEEKDAY_EN[c.weekday]} ${c.date.slice(5)} ${pad(c.hour)}:${pad(c.minute)}`;
}
