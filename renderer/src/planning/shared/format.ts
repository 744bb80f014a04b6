import { parseCivilDate, weekdayOf } from '../../../../electron/core/calendar/civil-date';
import type { ApprovalRole, ItemKind, MeetingKind, RuleId } from '../../../../electron/core/policy/ids';
import { formatFinding, ITEM_KIND_TERMS, MEETING_KIND_TERMS, ROLE_TERMS, RULE_TERMS, type Finding } from '../../../../electron/core/rules';
import type { Lang } from '../../i18n';

/** Terms come from the rules engine, so the screen and the findings use the very same words. */
const pick = (names: { zh: string; en: string }, lang: Lang) => (lang === 'zh-CN' ? names.zh : names.en);

export const kindName = (kind: MeetingKind, lang: Lang) => pick(MEETING_KIND_TERMS[kind], lang);
export const itemKindName = (kind: ItemKind, lang: Lang) => pick(ITEM_KIND_TERMS[kind], lang);
export const roleName = (role: ApprovalRole, lang: Lang) => pick(ROLE_TERMS[role], lang);
export const ruleName = (rule: RuleId, lang: Lang) => pick(RULE_TERMS[rule], lang);
export const findingText = (f: Finding, lang: Lang) => formatFinding(f, lang);

export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WD_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WD_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `3月5日 星期四` / `Thu 5 Mar` */
export function dateLabel(date: string, lang: Lang): string {
  const ymd = parseCivilDate(date);
  if (!ymd) return date;
  const wd = weekdayOf(ymd);
  return lang === 'zh-CN' ? `${ymd.month}月${ymd.day}日 ${WD_ZH[wd]}` : `${WD_EN[wd]} ${ymd.day} ${MONTHS_EN[ymd.month - 1]!.slice(0, 3)}`;
}

/** `2026年3月5日 星期四 09:00` / `Thu 5 Mar 2026, 09:00` */
export function startLabel(start: string, lang: Lang): string {
  const date = start.slice(0, 10);
  const time = start.slice(11, 16);
  const ymd = parseCivilDate(date);
  if (!ymd) return start.replace('T', ' ');
  return lang === 'zh-CN' ? `${ymd.year}年${dateLabel(date, lang)} ${time}` : `${dateLabel(date, lang)} ${ymd.year}, ${time}`;
}

export const hhmm = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

export function bytesToBase64(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < u8.length; i += CHUNK) binary += String.fromCharCode(...u8.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Saves a file the way a browser does: an object URL on a temporary link. */
export function download(fileName: string, mimeType: string, data: string | Uint8Array): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
