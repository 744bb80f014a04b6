import type { Lang, MessageParams } from '../rules/finding';
import type { Refusal, RefusalCode } from './refusals';

type Template = (p: MessageParams) => string;

// Typed as Record<RefusalCode, …> so a new code without both wordings does not compile.

const ROLE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  'party-secretary': { 'zh-CN': '县委书记', en: 'the county party secretary' },
  'county-head': { 'zh-CN': '县长', en: 'the county head' },
};

const roles = (p: MessageParams, lang: Lang): string => {
  const list = String(p.roles ?? '')
    .split(',')
    .filter(Boolean)
    .map((r) => ROLE_NAMES[r]?.[lang] ?? r);
  return lang === 'zh-CN' ? list.join('、') : list.join(' and ');
};

const itemRef = (p: MessageParams, lang: Lang): string =>
  lang === 'zh-CN' ? `第 ${Number(p.index) + 1} 项` : `item ${Number(p.index) + 1}`;

const ZH: Record<RefusalCode, Template> = {
  'invalid-command': (p) => `指令格式不正确：${p.path ? `${p.path}：` : ''}${p.message}`,
  'meeting-not-started': () => '会议尚未开始，请先宣布开会。',
  'meeting-already-started': () => '会议已经开始。',
  'meeting-ended': () => '会议已经结束。',
  'meeting-in-recess': () => '会议正在休会，请先恢复会议。',
  'meeting-not-in-recess': () => '会议没有休会。',
  'approval-missing': (p) =>
    `全县性会议须提前报${roles(p, 'zh-CN')}批准，尚缺批准记录；如确需开会，请填写理由后强制开始（理由将记入会议记录）。`,
  'no-current-item': () => '当前没有进行中的议程。',
  'item-in-progress': (p) => `“${p.title}”尚未结束，请先结束当前议程。`,
  'no-next-item': () => '没有待进行的议程了。',
  'no-such-item': (p) => `没有${itemRef(p, 'zh-CN')}（共 ${p.count} 项）。`,
  'item-not-pending': (p) => `${itemRef(p, 'zh-CN')}“${p.title}”已开始或已结束，只能调整尚未开始的议程。`,
  'item-not-running': () => '当前议程没有在计时。',
  'item-not-paused': () => '当前议程没有暂停。',
  'extension-not-declared': (p) => `“${p.title}”没有事先申明延时，不能延时。`,
  'extension-already-used': (p) => `“${p.title}”已经延时过一次（${p.minutes} 分钟），每人只能延时一次。`,
  'extension-not-allowed-kind': (p) => `只有会议发言和汇报可以申明延时，“${p.title}”不可以。`,
  'extension-too-long': (p) => `延时 ${p.minutes} 分钟超出允许的 ${p.max} 分钟。`,
  'declaration-after-start': (p) => `“${p.title}”已经开始，延时须在发言前事先申明。`,
  'nothing-to-undo': () => '没有可撤销的操作。',
  'undo-expired': (p) => `“撤销”只在操作后 ${p.seconds} 秒内有效，已经超时。`,
};

const EN: Record<RefusalCode, Template> = {
  'invalid-command': (p) => `Invalid command: ${p.path ? `${p.path}: ` : ''}${p.message}`,
  'meeting-not-started': () => 'The meeting has not started yet; start the meeting first.',
  'meeting-already-started': () => 'The meeting has already started.',
  'meeting-ended': () => 'The meeting has ended.',
  'meeting-in-recess': () => 'The meeting is in recess; resume it first.',
  'meeting-not-in-recess': () => 'The meeting is not in recess.',
  'approval-missing': (p) =>
    `A county-wide meeting needs prior approval from ${roles(p, 'en')}, and it is not recorded. To start anyway, give a written reason (it goes into the meeting record).`,
  'no-current-item': () => 'No agenda item is in progress.',
  'item-in-progress': (p) => `“${p.title}” is still in progress; finish it first.`,
  'no-next-item': () => 'There is no pending agenda item left.',
  'no-such-item': (p) => `There is no ${itemRef(p, 'en')} (the agenda has ${p.count}).`,
  'item-not-pending': (p) => `${itemRef(p, 'en')} “${p.title}” has started or ended; only pending items can be changed.`,
  'item-not-running': () => 'The current item is not running.',
  'item-not-paused': () => 'The current item is not paused.',
  'extension-not-declared': (p) => `“${p.title}” did not declare an extension in advance, so none can be granted.`,
  'extension-already-used': (p) => `“${p.title}” already had its one extension (${p.minutes} min).`,
  'extension-not-allowed-kind': (p) => `Only speeches and reports may declare an extension; “${p.title}” may not.`,
  'extension-too-long': (p) => `An extension of ${p.minutes} min is longer than the ${p.max} min allowed.`,
  'declaration-after-start': (p) => `“${p.title}” has already started; an extension must be declared before the speaker starts.`,
  'nothing-to-undo': () => 'There is nothing to undo.',
  'undo-expired': (p) => `Undo works only within ${p.seconds} seconds of the command; that time has passed.`,
};

export const REFUSAL_MESSAGES: Record<Lang, Record<RefusalCode, Template>> = { 'zh-CN': ZH, en: EN };

export function refusalMessage(refusal: Refusal, lang: Lang = 'zh-CN'): string {
  return REFUSAL_MESSAGES[lang][refusal.code](refusal.params);
}

