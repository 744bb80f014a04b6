import { formatFinding, MEETING_KIND_TERMS, ROLE_TERMS } from '../rules/messages';
import type { Lang, MessageParams } from '../rules/finding';
import type { CheckStatus, ChecklistLine } from './checklist';

/** The words of the checklist's statuses and pass reasons, zh-CN first and English complete. */

export const CHECK_STATUS_TERMS: Record<CheckStatus, { zh: string; en: string }> = {
  pass: { zh: '符合', en: 'Passes' },
  fail: { zh: '不符合', en: 'Fails' },
  warn: { zh: '需注意', en: 'Check' },
  unknown: { zh: '待核实', en: 'Not yet known' },
};

const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const s = (p: MessageParams, k: string) => (p[k] === undefined ? '' : String(p[k]));
const kindZh = (p: MessageParams) => MEETING_KIND_TERMS[s(p, 'meetingKind') as keyof typeof MEETING_KIND_TERMS]?.zh ?? s(p, 'meetingKind');
const kindEn = (p: MessageParams) => MEETING_KIND_TERMS[s(p, 'meetingKind') as keyof typeof MEETING_KIND_TERMS]?.en ?? s(p, 'meetingKind');
const wdZh = (p: MessageParams) => WEEKDAY_ZH[Number(p.weekday)] ?? '';
const wdEn = (p: MessageParams) => WEEKDAY_EN[Number(p.weekday)] ?? '';
const list = (p: MessageParams, k: string) => s(p, k).split(',');

function approvalsZh(p: MessageParams): string {
  const names = list(p, 'names');
  const dates = list(p, 'dates');
  const numbers = list(p, 'numbers');
  return list(p, 'roles')
    .map((role, i) => {
      const term = ROLE_TERMS[role as keyof typeof ROLE_TERMS]?.zh ?? role;
      const extra = [dates[i], numbers[i] ? `文号${numbers[i]}` : ''].filter(Boolean).join('，');
      return `${term}${names[i] ?? ''}${extra ? `（${extra}）` : ''}`;
    })
    .join('、');
}

function approvalsEn(p: MessageParams): string {
  const names = list(p, 'names');
  const dates = list(p, 'dates');
  const numbers = list(p, 'numbers');
  return list(p, 'roles')
    .map((role, i) => {
      const term = ROLE_TERMS[role as keyof typeof ROLE_TERMS]?.en ?? role;
      const extra = [dates[i], numbers[i] ? `no. ${numbers[i]}` : ''].filter(Boolean).join(', ');
      return `the ${term}${names[i] ? ` (${names[i]})` : ''}${extra ? ` on ${extra}` : ''}`;
    })
    .join(' and ');
}

type Template = { zh: (p: MessageParams) => string; en: (p: MessageParams) => string };

const REASONS: Record<string, Template> = {
  'no-agenda': { zh: () => '尚未填写议程，暂无法核对', en: () => 'No agenda has been entered yet, so this cannot be checked' },
  'no-start': { zh: () => '开始时间无效，暂无法核对', en: () => 'The start is not a valid date and time, so this cannot be checked' },
  'no-meeting-period/outside-period': {
    zh: (p) => `会议定于${s(p, 'date')} ${wdZh(p)} ${s(p, 'time')}，不在无会期内`,
    en: (p) => `The meeting is on ${wdEn(p)}, ${s(p, 'date')} at ${s(p, 'time')}, outside the no-meeting periods`,
  },
  'no-meeting-period/evening': {
    zh: (p) => `会议定于${s(p, 'date')} ${wdZh(p)} ${s(p, 'time')}，在无会期内但于${s(p, 'eveningStart')}以后召开`,
    en: (p) => `The meeting is on ${wdEn(p)}, ${s(p, 'date')} at ${s(p, 'time')}: in a no-meeting period, but at ${s(p, 'eveningStart')} or later`,
  },
  'no-meeting-period/rest-day': {
    zh: (p) =>
      `会议定于${s(p, 'date')} ${wdZh(p)} ${s(p, 'time')}，在无会期内但该日为${s(p, 'dayType') === 'holiday' ? `法定节假日${s(p, 'holiday') ? `（${s(p, 'holiday')}）` : ''}` : '双休日'}`,
    en: (p) =>
      `The meeting is on ${wdEn(p)}, ${s(p, 'date')} at ${s(p, 'time')}: in a no-meeting period, but that day is ${s(p, 'dayType') === 'holiday' ? `a statutory holiday${s(p, 'holidayEn') ? ` (${s(p, 'holidayEn')})` : ''}` : 'a weekend rest day'}`,
  },
  'duration-cap/exempt': {
    zh: (p) => `${kindZh(p)}不受会议时长限制`,
    en: (p) => `A ${kindEn(p)} is exempt from the length cap`,
  },
  'duration-cap/within': {
    zh: (p) => `计划${s(p, 'minutes')}分钟，不超过${s(p, 'cap')}分钟`,
    en: (p) => `Planned for ${s(p, 'minutes')} minutes, within ${s(p, 'cap')}`,
  },
  'agenda-overrun/within': {
    zh: (p) =>
      `议程合计${s(p, 'planned')}分钟${Number(p.extensions) > 0 ? `，加申明延时共${s(p, 'total')}分钟` : ''}，不超过会议时长${s(p, 'duration')}分钟`,
    en: (p) =>
      `The agenda adds up to ${s(p, 'planned')} minutes${Number(p.extensions) > 0 ? ` (${s(p, 'total')} with declared extensions)` : ''}, within the meeting’s ${s(p, 'duration')}`,
  },
  'speech-limit/none': { zh: () => '议程中没有会议发言或汇报', en: () => 'The agenda has no speeches or reports' },
  'speech-limit/exempt': { zh: (p) => `${kindZh(p)}不受发言时限限制`, en: (p) => `A ${kindEn(p)} is exempt from the speech limit` },
  'speech-limit/within': {
    zh: (p) => `${s(p, 'count')}项会议发言、汇报均控制在${s(p, 'limit')}分钟以内`,
    en: (p) => `All ${s(p, 'count')} speeches and reports are within ${s(p, 'limit')} minutes`,
  },
  'extension-limit/none': { zh: () => '没有事先申明延时', en: () => 'No extension is declared' },
  'extension-limit/within': {
    zh: (p) => `${s(p, 'count')}项事先申明的延时均不超过${s(p, 'max')}分钟`,
    en: (p) => `All ${s(p, 'count')} declared extensions are at most ${s(p, 'max')} minutes`,
  },
  'keynote-length/none': { zh: () => '议程中没有会议主题报告', en: () => 'The agenda has no keynote report' },
  'keynote-length/exempt': {
    zh: (p) => `${kindZh(p)}不受主题报告字数限制（本报告${s(p, 'zi')}字）`,
    en: (p) => `A ${kindEn(p)} is exempt from the keynote length cap (this one has ${s(p, 'zi')} 字)`,
  },
  'keynote-length/within': {
    zh: (p) => `会议主题报告${s(p, 'zi')}字，不超过${s(p, 'max')}字`,
    en: (p) => `The keynote report has ${s(p, 'zi')} 字, within ${s(p, 'max')}`,
  },
  'report-pages/not-applicable': {
    zh: () => '仅适用于向县委常委会、县政府常务会的汇报',
    en: () => 'Applies only to reports to the standing committee',
  },
  'report-pages/none': { zh: () => '议程中没有汇报', en: () => 'The agenda has no report' },
  'report-pages/pages-unknown': {
    zh: (p) => `第${list(p, 'items').join('、')}项汇报未附材料，页数未知`,
    en: (p) => `Report item${list(p, 'items').length > 1 ? 's' : ''} ${list(p, 'items').join(', ')} ha${list(p, 'items').length > 1 ? 've' : 's'} no document attached, so the page count is unknown`,
  },
  'report-pages/within': {
    zh: (p) => `汇报材料均不超过${s(p, 'max')}页`,
    en: (p) => `Every report is at most ${s(p, 'max')} pages`,
  },
  'approval-required/not-county-wide': {
    zh: () => '非全县性会议，无需报县委、县政府主要领导批准',
    en: () => 'Not a county-wide meeting: no approval by the two top leaders is needed',
  },
  'approval-required/approved': {
    zh: (p) => `已提前报批：${approvalsZh(p)}`,
    en: (p) => `Approved in advance by ${approvalsEn(p)}`,
  },
  'calendar-coverage/covered': {
    zh: (p) => `已有${s(p, 'year')}年国务院节假日安排`,
    en: (p) => `The State Council’s holiday calendar for ${s(p, 'year')} is known`,
  },
};

/** The reasons of one line: its findings in words, or the reason it passes. */
export function checklistReasons(line: ChecklistLine, lang: Lang): string[] {
  if (line.findings.length > 0) return line.findings.map((f) => formatFinding(f, lang));
  if (!line.reason) return [];
  const key = lang === 'zh-CN' ? 'zh' : 'en';
  const t = REASONS[`${line.rule}/${line.reason.code}`] ?? REASONS[line.reason.code];
  return t ? [t[key](line.reason.params)] : [line.reason.code];
}

export const checkStatusTerm = (status: CheckStatus, lang: Lang): string =>
  CHECK_STATUS_TERMS[status][lang === 'zh-CN' ? 'zh' : 'en'];
