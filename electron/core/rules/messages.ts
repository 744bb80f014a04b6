import type { ApprovalRole, ItemKind, MeetingKind, RuleId } from '../policy/ids';
import type { Finding, Lang, MessageParams } from './finding';

/**
 * The words of every finding, zh-CN first and English complete. The official terms are those of
 * the county's rules: 会议主题报告, 会议发言, 延时, 全县性会议, 无会期, 县委书记, 县长.
 */

type Names = { zh: string; en: string };

export const MEETING_KIND_TERMS: Record<MeetingKind, Names> = {
  working: { zh: '一般工作性会议', en: 'working meeting' },
  'standing-committee': { zh: '县委常委会、县政府常务会', en: 'standing-committee meeting' },
  plenary: { zh: '县委全委（扩大）会', en: 'plenary (enlarged) session of the county party committee' },
  'work-conference': { zh: '县委工作会', en: 'county party work conference' },
  statutory: { zh: '法定会议', en: 'statutory meeting' },
};

export const ITEM_KIND_TERMS: Record<ItemKind, Names> = {
  keynote: { zh: '会议主题报告', en: 'keynote report' },
  speech: { zh: '会议发言', en: 'speech' },
  report: { zh: '汇报', en: 'report' },
  remarks: { zh: '领导讲话', en: 'leader’s remarks' },
  other: { zh: '其他议程', en: 'other item' },
};

export const ROLE_TERMS: Record<ApprovalRole, Names> = {
  'party-secretary': { zh: '县委书记', en: 'county party secretary' },
  'county-head': { zh: '县长', en: 'county head' },
};

/** Short rule names, for headings and filters. */
export const RULE_TERMS: Record<RuleId, Names> = {
  'no-meeting-period': { zh: '无会期', en: 'No-meeting period' },
  'duration-cap': { zh: '会议时长', en: 'Meeting length' },
  'agenda-overrun': { zh: '议程超时', en: 'Agenda overrun' },
  'speech-limit': { zh: '发言时限', en: 'Speech limit' },
  'extension-limit': { zh: '延时', en: 'Extension' },
  'keynote-length': { zh: '会议主题报告字数', en: 'Keynote length' },
  'report-pages': { zh: '汇报页数', en: 'Report pages' },
  'approval-required': { zh: '全县性会议审批', en: 'County-wide approval' },
  'calendar-coverage': { zh: '节假日安排', en: 'Holiday calendar' },
};

const WEEKDAYS: Names[] = [
  { zh: '星期日', en: 'Sunday' },
  { zh: '星期一', en: 'Monday' },
  { zh: '星期二', en: 'Tuesday' },
  { zh: '星期三', en: 'Wednesday' },
  { zh: '星期四', en: 'Thursday' },
  { zh: '星期五', en: 'Friday' },
  { zh: '星期六', en: 'Saturday' },
];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const lookup = <K extends string>(table: Record<K, Names>, key: unknown, lang: 'zh' | 'en'): string =>
  (table as Record<string, Names>)[String(key)]?.[lang] ?? String(key ?? '');

/** Read a param without ever throwing; a missing one shows as `?`. */
const str = (p: MessageParams, key: string): string => (p[key] === undefined || p[key] === '' ? '' : String(p[key]));
const val = (p: MessageParams, key: string): string => str(p, key) || '?';

const ordinal = (n: number): string => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

/** "2 小时" when whole hours, else "90 分钟"; policy.md writes the meeting cap in hours. */
const durationZh = (minutes: number) => (minutes > 0 && minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`);
const durationEn = (minutes: number) =>
  minutes > 0 && minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'} (${minutes} minutes)` : `${minutes} minutes`;

const plural = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;

/** "第3项 会议发言《…》（张三，县发改局）" */
function itemLabelZh(p: MessageParams): string {
  const kind = lookup(ITEM_KIND_TERMS, p.itemKind, 'zh');
  const title = str(p, 'itemTitle');
  const who = [str(p, 'speaker'), str(p, 'unit')].filter(Boolean).join('，');
  return `第${val(p, 'itemNo')}项 ${kind}${title ? `《${title}》` : ''}${who ? `（${who}）` : ''}`;
}

/** `Item 3, speech "…" (Zhang San, County Development Bureau)` */
function itemLabelEn(p: MessageParams): string {
  const kind = lookup(ITEM_KIND_TERMS, p.itemKind, 'en');
  const title = str(p, 'itemTitle');
  const who = [str(p, 'speaker'), str(p, 'unit')].filter(Boolean).join(', ');
  return `Item ${val(p, 'itemNo')}, ${kind}${title ? ` “${title}”` : ''}${who ? ` (${who})` : ''}`;
}

const kindList = (p: MessageParams, lang: 'zh' | 'en') =>
  str(p, 'allowedKinds')
    .split(',')
    .filter(Boolean)
    .map((k) => lookup(ITEM_KIND_TERMS, k, lang))
    .join(lang === 'zh' ? '、' : ' and ');

const startOnZh = (p: MessageParams) => {
  const wd = WEEKDAYS[Number(p.weekday)]?.zh ?? '';
  const adjusted = p.dayType === 'adjusted-workday' ? '，该日为调休上班日' : '';
  return `（本会议定于${val(p, 'date')}${wd ? ` ${wd}` : ''} ${val(p, 'time')}召开${adjusted}）`;
};
const startOnEn = (p: MessageParams) => {
  const wd = WEEKDAYS[Number(p.weekday)]?.en ?? '';
  const adjusted = p.dayType === 'adjusted-workday' ? `; that ${wd || 'day'} is an adjusted working day` : '';
  return ` (this one starts on ${wd ? `${wd}, ` : ''}${val(p, 'date')} at ${val(p, 'time')}${adjusted})`;
};

type Template = (p: MessageParams) => string;

const TEMPLATES: Record<string, { zh: Template; en: Template }> = {
  'no-meeting-period/month': {
    zh: (p) => `${val(p, 'month')}月为无会月：工作日会议须在${val(p, 'eveningStart')}以后或休息日召开${startOnZh(p)}`,
    en: (p) =>
      `${MONTHS_EN[Number(p.month) - 1] ?? `Month ${val(p, 'month')}`} is a no-meeting month: a meeting on a working day must start at ${val(p, 'eveningStart')} or later, or be held on a rest day${startOnEn(p)}`,
  },
  'no-meeting-period/half-month': {
    zh: (p) => `下半月（${val(p, 'startDay')}日起）为无会期：工作日会议须在${val(p, 'eveningStart')}以后或休息日召开${startOnZh(p)}`,
    en: (p) =>
      `The second half of the month (from the ${ordinal(Number(p.startDay))}) is a no-meeting period: a meeting on a working day must start at ${val(p, 'eveningStart')} or later, or be held on a rest day${startOnEn(p)}`,
  },
  'no-meeting-period/start-invalid': {
    zh: (p) =>
      p.reason === 'zone'
        ? `时区“${val(p, 'timeZone')}”无效，无法判断会议是否在无会期召开`
        : `开始时间“${val(p, 'start')}”不是有效的日期时间，无法判断会议是否在无会期召开`,
    en: (p) =>
      p.reason === 'zone'
        ? `The time zone “${val(p, 'timeZone')}” is not valid, so whether the meeting falls in a no-meeting period cannot be judged`
        : `The start “${val(p, 'start')}” is not a real date and time, so whether the meeting falls in a no-meeting period cannot be judged`,
  },
  'duration-cap/over-cap': {
    zh: (p) =>
      `${lookup(MEETING_KIND_TERMS, p.meetingKind, 'zh')}不超过${durationZh(Number(p.cap))}：本会议计划${val(p, 'minutes')}分钟，超出${val(p, 'over')}分钟`,
    en: (p) =>
      `A ${lookup(MEETING_KIND_TERMS, p.meetingKind, 'en')} may last at most ${durationEn(Number(p.cap))}: this one is planned for ${val(p, 'minutes')} minutes, ${val(p, 'over')} over`,
  },
  'agenda-overrun/over': {
    zh: (p) => `议程合计${val(p, 'planned')}分钟，超过会议时长${val(p, 'duration')}分钟（多${val(p, 'over')}分钟）`,
    en: (p) => `The agenda adds up to ${val(p, 'planned')} minutes, more than the meeting’s ${val(p, 'duration')} minutes (${val(p, 'over')} over)`,
  },
  'agenda-overrun/over-with-extensions': {
    zh: (p) =>
      `议程合计${val(p, 'planned')}分钟，加上事先申明的延时${val(p, 'extensions')}分钟共${val(p, 'total')}分钟，超过会议时长${val(p, 'duration')}分钟（多${val(p, 'over')}分钟）`,
    en: (p) =>
      `The agenda’s ${val(p, 'planned')} minutes fit, but with the ${val(p, 'extensions')} minutes of declared extensions it takes ${val(p, 'total')} minutes, more than the meeting’s ${val(p, 'duration')} (${val(p, 'over')} over)`,
  },
  'speech-limit/over-limit': {
    zh: (p) =>
      `${itemLabelZh(p)}：${lookup(ITEM_KIND_TERMS, p.itemKind, 'zh')}控制在${val(p, 'limit')}分钟以内，本项计划${val(p, 'minutes')}分钟，超出${val(p, 'over')}分钟`,
    en: (p) =>
      `${itemLabelEn(p)}: a ${lookup(ITEM_KIND_TERMS, p.itemKind, 'en')} is limited to ${val(p, 'limit')} minutes; ${val(p, 'minutes')} are planned, ${val(p, 'over')} over`,
  },
  'extension-limit/too-long': {
    zh: (p) => `${itemLabelZh(p)}：延时须事先申明且只能延长${val(p, 'max')}分钟以内，本项申明延时${val(p, 'extension')}分钟`,
    en: (p) =>
      `${itemLabelEn(p)}: an extension, declared in advance, may be at most ${plural(val(p, 'max'), 'minute', 'minutes')}; ${val(p, 'extension')} are declared`,
  },
  'extension-limit/not-allowed': {
    zh: (p) => `${itemLabelZh(p)}：只有${kindList(p, 'zh') || '（无）'}可以事先申明延时，本项申明了${val(p, 'extension')}分钟`,
    en: (p) =>
      `${itemLabelEn(p)}: only ${kindList(p, 'en') || '(none)'} items may declare an extension; this one declares ${plural(val(p, 'extension'), 'minute', 'minutes')}`,
  },
  'keynote-length/too-long': {
    zh: (p) =>
      `${itemLabelZh(p)}：会议主题报告不超过${val(p, 'max')}字，本报告${val(p, 'zi')}字${p.source === 'chars' ? '（按登记的字数）' : ''}，超出${val(p, 'over')}字`,
    en: (p) =>
      `${itemLabelEn(p)}: a keynote report may be at most ${val(p, 'max')} 字 (Word’s character count); this one has ${val(p, 'zi')}${p.source === 'chars' ? ' (as recorded)' : ''}, ${val(p, 'over')} over`,
  },
  'keynote-length/unknown': {
    zh: (p) => `${itemLabelZh(p)}：未附文本或字数，暂无法核对会议主题报告不超过${val(p, 'max')}字的要求`,
    en: (p) => `${itemLabelEn(p)}: no text or count is attached yet, so the ${val(p, 'max')}-字 limit on keynote reports cannot be checked`,
  },
  'report-pages/too-many-pages': {
    zh: (p) =>
      `${itemLabelZh(p)}：向县委常委会、县政府常务会汇报工作一般不超过${val(p, 'max')}页纸，本汇报${p.source === 'text' ? '按公文版式估计约' : ''}${val(p, 'pages')}页`,
    en: (p) =>
      `${itemLabelEn(p)}: a report to the standing committee should as a rule be at most ${plural(val(p, 'max'), 'page', 'pages')}; this one is ${p.source === 'text' ? 'estimated at about ' : ''}${plural(val(p, 'pages'), 'page', 'pages')}`,
  },
  'approval-required/missing': {
    zh: (p) => `全县性会议须提前报${lookup(ROLE_TERMS, p.role, 'zh')}批准：未登记${lookup(ROLE_TERMS, p.role, 'zh')}的批准`,
    en: (p) =>
      `A county-wide meeting needs the prior approval of the ${lookup(ROLE_TERMS, p.role, 'en')}: none is recorded`,
  },
  'approval-required/not-before-start': {
    zh: (p) =>
      `全县性会议须提前报${lookup(ROLE_TERMS, p.role, 'zh')}批准：${lookup(ROLE_TERMS, p.role, 'zh')}${str(p, 'name') ? `（${str(p, 'name')}）` : ''}的批准时间${val(p, 'approvedAt')}不早于会议开始时间${val(p, 'start')}`,
    en: (p) =>
      `A county-wide meeting needs the prior approval of the ${lookup(ROLE_TERMS, p.role, 'en')}: the approval${str(p, 'name') ? ` by ${str(p, 'name')}` : ''} is dated ${val(p, 'approvedAt')}, not before the meeting starts at ${val(p, 'start')}`,
  },
  'approval-required/approval-date-invalid': {
    zh: (p) =>
      `全县性会议须提前报${lookup(ROLE_TERMS, p.role, 'zh')}批准：批准时间“${val(p, 'approvedAt')}”不是有效的日期时间，无法确认是否提前批准`,
    en: (p) =>
      `A county-wide meeting needs the prior approval of the ${lookup(ROLE_TERMS, p.role, 'en')}: the approval date “${val(p, 'approvedAt')}” is not a real date and time, so it cannot be confirmed as prior`,
  },
  'calendar-coverage/year-not-covered': {
    zh: (p) =>
      `内置的国务院节假日安排不含${val(p, 'year')}年${str(p, 'years') ? `（现有${str(p, 'years').replace(/, /g, '、')}年）` : ''}，休息日仅按周末判断；请导入${val(p, 'year')}年的节假日安排`,
    en: (p) =>
      `The official holiday calendar does not cover ${val(p, 'year')}${str(p, 'years') ? ` (it has ${str(p, 'years')})` : ''}, so rest days were judged by weekday alone; import the State Council’s notice for ${val(p, 'year')}`,
  },
};

/** Every rule/code pair that has a template (tests check each rule has at least one). */
export const MESSAGE_KEYS: readonly string[] = Object.keys(TEMPLATES);

/** The finding in words. Never throws: an unknown code falls back to the rule's name and params. */
export function formatFinding(f: Finding, lang: Lang): string {
  const key = lang === 'zh-CN' ? 'zh' : 'en';
  const template = TEMPLATES[`${f.rule}/${f.code}`];
  if (template) return template[key](f.params ?? {});
  const name = RULE_TERMS[f.rule]?.[key] ?? f.rule;
  const params = Object.entries(f.params ?? {})
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(', ');
  return key === 'zh' ? `${name}（${f.code}）${params ? `：${params}` : ''}` : `${name} (${f.code})${params ? `: ${params}` : ''}`;
}

/** "错误" / "error" etc. */
export function severityTerm(severity: Finding['severity'], lang: Lang): string {
  const zh = { error: '错误', warning: '警告', info: '提示' } as const;
  return lang === 'zh-CN' ? zh[severity] : severity;
}
