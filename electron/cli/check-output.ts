import type { Severity } from '../core/policy/ids';
import type { Finding, Lang } from '../core/rules/finding';
import type { Meeting } from '../core/schedule/schedule-schema';
import { formatCivil as instantToCivil } from '../core/time/civil-time';
import { MEETING_KIND_TERMS } from '../core/rules';

/** One meeting with what the rules found, in schedule order. */
export interface MeetingResult {
  meeting: Meeting;
  findings: readonly Finding[];
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Turns a finding into a sentence (the rules engine's formatFinding). */
export type FindingFormatter = (finding: Finding, lang: Lang) => string;

export function summarize(results: readonly MeetingResult[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      else s.infos++;
    }
  }
  return s;
}

/**
 * `--json`: exactly `{"meetings":[{"id","findings":[{"rule","severity","message","item"?}]}],"summary":{…}}`.
 * `item` is the 0-based agenda index and appears only when the finding concerns one item.
 */
export function checkJson(results: readonly MeetingResult[], lang: Lang, format: FindingFormatter): string {
  return JSON.stringify({
    meetings: results.map((r) => ({
      id: r.meeting.id,
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: format(f, lang),
        ...(f.item === undefined ? {} : { item: f.item }),
      })),
    })),
    summary: summarize(results),
  });
}

const WEEKDAY: Record<Lang, readonly string[]> = {
  'zh-CN': ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

const MARK: Record<Lang, Record<Severity, string>> = {
  'zh-CN': { error: '✗ 错误', warning: '⚠ 警告', info: 'ℹ 提示' },
  en: { error: '✗ error', warning: '⚠ warning', info: 'ℹ info' },
};

const COLOUR: Record<Severity | 'ok', string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', ok: '\x1b[32m' };
const RESET = '\x1b[0m';
const BOLD = '\x1b[1m';

/** The wall-clock start in the schedule's zone (a start written with an offset is converted). */
function civilStart(start: string, timeZone: string): { date: string; minutes: number } {
  let civil = start;
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(start)) {
    const ms = Date.parse(start.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(ms)) civil = instantToCivil(ms, timeZone);
  }
  const date = civil.slice(0, 10);
  const minutes = Number(civil.slice(11, 13)) * 60 + Number(civil.slice(14, 16));
  return { date, minutes };
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Weekday of a civil date by arithmetic in UTC, so the machine's own zone never matters. */
const weekday = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/** `2026-03-10 周二 14:30–15:30`; an end on a later day says so. */
export function whenText(meeting: Meeting, timeZone: string, lang: Lang): string {
  const { date, minutes } = civilStart(meeting.start, timeZone);
  const end = minutes + meeting.durationMinutes;
  const days = Math.floor(end / (24 * 60));
  const later = days === 0 ? '' : lang === 'en' ? ` (+${days} day${days > 1 ? 's' : ''})` : days === 1 ? '（次日）' : `（${days} 天后）`;
  return `${date} ${WEEKDAY[lang][weekday(date)]} ${hhmm(minutes)}–${hhmm(end)}${later}`;
}

/** `一般工作性会议 · 全县性 · 90 分钟 · 县发改局` */
function detailText(meeting: Meeting, lang: Lang): string {
  const kind = MEETING_KIND_TERMS[meeting.kind];
  const parts = lang === 'en' ? [kind.en] : [kind.zh];
  if (meeting.countyWide) parts.push(lang === 'en' ? 'county-wide' : '全县性');
  parts.push(lang === 'en' ? `${meeting.durationMinutes} min` : `${meeting.durationMinutes} 分钟`);
  if (meeting.organiser) parts.push(meeting.organiser);
  return parts.join(' · ');
}

export interface HumanOptions {
  file: string;
  timeZone: string;
  lang: Lang;
  policyName?: string;
  color?: boolean;
}

/** What a clerk reads: each meeting, its findings, then one summary line. */
export function checkHuman(results: readonly MeetingResult[], format: FindingFormatter, o: HumanOptions): string {
  const zh = o.lang !== 'en';
  const paint = (c: Severity | 'ok' | 'bold', s: string) => (o.color ? `${c === 'bold' ? BOLD : COLOUR[c]}${s}${RESET}` : s);
  const lines: string[] = [];
  const rules = o.policyName ? (zh ? `，规则：${o.policyName}` : `, rules: ${o.policyName}`) : '';
  lines.push(
    zh
      ? `日程：${o.file}（${results.length} 个会议，时区 ${o.timeZone}${rules}）`
      : `Schedule: ${o.file} (${results.length} meeting${results.length === 1 ? '' : 's'}, time zone ${o.timeZone}${rules})`,
  );
  for (const r of results) {
    lines.push('');
    lines.push(paint('bold', `${whenText(r.meeting, o.timeZone, o.lang)}  ${r.meeting.title}`));
    lines.push(`  [${r.meeting.id}] ${detailText(r.meeting, o.lang)}`);
    if (r.findings.length === 0) lines.push(`  ${paint('ok', zh ? '✓ 符合规定' : '✓ complies')}`);
    for (const f of r.findings) lines.push(`  ${paint(f.severity, MARK[o.lang][f.severity])}  ${format(f, o.lang)}`);
  }
  const s = summarize(results);
  const failing = results.filter((r) => r.findings.some((f) => f.severity === 'error')).length;
  lines.push('');
  lines.push(
    zh
      ? `合计：${results.length} 个会议，${failing} 个不合规；错误 ${s.errors} 条，警告 ${s.warnings} 条，提示 ${s.infos} 条。`
      : `Total: ${results.length} meeting${results.length === 1 ? '' : 's'}, ${failing} not compliant; ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info.`,
  );
  return lines.join('\n');
}
