import type { ItemStatus } from '../engine/session-state';
import type { Lang } from '../rules/finding';
import { formatFinding, ITEM_KIND_TERMS, MEETING_KIND_TERMS, ROLE_TERMS, RULE_TERMS, severityTerm } from '../rules/messages';
import type { MeetingRecord, NoMeetingJustification, RecordApproval, RecordItem } from './meeting-record-types';
import { clockSpan, clockTime, dateText, dateTimeText, signedClockSpan, wordsSpan } from './record-format';
import { col, type ViewFact, type ViewTable } from './view-table';

/**
 * The meeting record as a person reads it: facts, tables and lines of text in zh-CN or English.
 * Pure data for the record screen, the PDF and anything else that shows a record.
 */

const zh = (lang: Lang) => lang === 'zh-CN';
const term = (t: { zh: string; en: string }, lang: Lang) => (zh(lang) ? t.zh : t.en);
const dash = '—';
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const RECORD_TITLE = { 'zh-CN': '会议记录', en: 'Meeting record' } as const;

const STATUS: Record<ItemStatus, { 'zh-CN': string; en: string }> = {
  done: { 'zh-CN': '已完成', en: 'Done' },
  skipped: { 'zh-CN': '跳过', en: 'Skipped' },
  pending: { 'zh-CN': '未进行', en: 'Not reached' },
  running: { 'zh-CN': '进行中', en: 'Running' },
  paused: { 'zh-CN': '暂停', en: 'Paused' },
};

export const itemStatusText = (status: ItemStatus, lang: Lang): string => STATUS[status][lang];

/** 会议发言（临时） */
export function itemKindText(item: RecordItem, lang: Lang): string {
  const kind = term(ITEM_KIND_TERMS[item.kind], lang);
  return item.unplanned ? (zh(lang) ? `${kind}（临时）` : `${kind} (added)`) : kind;
}

/** 张三（县发改局） */
export function speakerText(item: Pick<RecordItem, 'speaker' | 'unit'>, lang: Lang): string {
  if (!item.speaker && !item.unit) return dash;
  if (!item.unit) return item.speaker!;
  if (!item.speaker) return item.unit;
  return zh(lang) ? `${item.speaker}（${item.unit}）` : `${item.speaker} (${item.unit})`;
}

const itemLabel = (item: RecordItem, lang: Lang) => item.title || item.speaker || itemKindText(item, lang);

function roleName(a: Pick<RecordApproval, 'role' | 'name'>, lang: Lang): string {
  const role = term(ROLE_TERMS[a.role], lang);
  return a.name ? (zh(lang) ? `${role}（${a.name}）` : `${role} (${a.name})`) : role;
}

const roleList = (roles: readonly string[], lang: Lang) =>
  roles.map((r) => term(ROLE_TERMS[r as keyof typeof ROLE_TERMS], lang)).join(zh(lang) ? '、' : ' and ');

/** The reason a meeting in a no-meeting period was held, in words. */
export function justificationText(j: NoMeetingJustification, timeZone: string, lang: Lang): string {
  if (j.kind === 'override') return zh(lang) ? `主持人强制开会，理由：${j.reason}` : `Started by the chair's override: ${j.reason}`;
  if (j.kind === 'approval') {
    const who = j.approvals
      .map((a) => `${roleName(a, lang)}${a.approvedAt === null ? '' : ` ${dateTimeText(a.approvedAt, timeZone, lang)}`}`)
      .join(zh(lang) ? '；' : '; ');
    return zh(lang) ? `经批准：${who}` : `Approved: ${who}`;
  }
  return zh(lang) ? '未记录理由' : 'No reason recorded';
}

function timeSpanText(r: MeetingRecord, lang: Lang): string {
  const { startedAt, endedAt } = r.actual;
  if (startedAt === null) return zh(lang) ? '未开始' : 'Not started';
  const end = endedAt === null ? (zh(lang) ? '（进行中）' : ' (in progress)') : `–${clockTime(endedAt, r.timeZone)}`;
  return `${dateTimeText(startedAt, r.timeZone, lang)}${end}`;
}

/** 会议概况: the record's head, one fact a line. */
export function recordFacts(r: MeetingRecord, lang: Lang): ViewFact[] {
  const z = zh(lang);
  const tz = r.timeZone;
  const facts: ViewFact[] = [];
  const add = (label: string, value: string, tone: ViewFact['tone'] = 'normal') => facts.push({ label, value, tone });
  add(z ? '会议名称' : 'Meeting', r.title);
  add(
    z ? '会议类型' : 'Kind',
    `${term(MEETING_KIND_TERMS[r.kind], lang)}${r.countyWide ? (z ? '（全县性会议）' : ' (county-wide)') : ''}`,
  );
  add(z ? '主办单位' : 'Organiser', r.organiser ?? dash);
  add(z ? '主持人' : 'Chair', r.chair ?? dash);
  add(z ? '地点' : 'Place', r.place ?? dash);
  add(
    z ? '计划时间' : 'Planned',
    `${dateTimeText(r.planned.start, tz, lang)}–${clockTime(r.planned.end, tz)}${z ? `（${wordsSpan(r.planned.durationMs, lang)}）` : ` (${wordsSpan(r.planned.durationMs, lang)})`}`,
  );
  add(z ? '实际时间' : 'Held', timeSpanText(r, lang));
  if (r.actual.startedAt !== null) {
    const recess = r.actual.recessMs > 0 ? (z ? `（不含休会${wordsSpan(r.actual.recessMs, lang)}）` : ` (recesses of ${wordsSpan(r.actual.recessMs, lang)} excluded)`) : '';
    add(z ? '会议用时' : 'Length', `${wordsSpan(r.actual.elapsedMs, lang)}${recess}`, r.withinCap === false ? 'alert' : 'normal');
    const vs = r.actual.versusPlanMs;
    add(
      z ? '较计划' : 'Against the plan',
      vs > 0 ? (z ? `超出${wordsSpan(vs, lang)}` : `${wordsSpan(vs, lang)} longer`) : vs < 0 ? (z ? `提前${wordsSpan(-vs, lang)}结束` : `${wordsSpan(-vs, lang)} shorter`) : z ? '与计划一致' : 'as planned',
    );
  }
  const cap = r.policy.capMs;
  add(
    z ? '时长上限' : 'Cap',
    cap === null
      ? z ? '不限（该类会议不受时长限制）' : 'none (this kind is exempt)'
      : r.withinCap === false
        ? z ? `${wordsSpan(cap, lang)}，超出${wordsSpan(r.overCapMs, lang)}` : `${wordsSpan(cap, lang)}, exceeded by ${wordsSpan(r.overCapMs, lang)}`
        : `${wordsSpan(cap, lang)}${r.withinCap ? (z ? '，未超出' : ', kept') : ''}`,
    r.withinCap === false ? 'alert' : 'normal',
  );
  for (const rc of r.recesses) {
    add(
      z ? '休会' : 'Recess',
      `${clockTime(rc.from, tz)}–${rc.to === null ? (z ? '（未结束）' : '(ongoing)') : clockTime(rc.to, tz)}${z ? `（${wordsSpan(rc.durationMs, lang)}）` : ` (${wordsSpan(rc.durationMs, lang)})`}`,
    );
  }
  const t = r.totals;
  add(
    z ? '发言' : 'Speeches',
    z
      ? `发言、汇报${t.speeches}人次，超时${t.overtimeSpeeches}人次${t.overtimeMs > 0 ? `，各项合计超时${wordsSpan(t.overtimeMs, lang)}` : ''}`
      : `${t.speeches} speeches and reports, ${t.overtimeSpeeches} over time${t.overtimeMs > 0 ? `; all items ${wordsSpan(t.overtimeMs, lang)} over in total` : ''}`,
    t.overtimeSpeeches > 0 ? 'alert' : 'normal',
  );
  add(
    z ? '延时' : 'Extensions',
    z
      ? `事先申明${t.extensionsDeclared}人次，批准使用${t.extensionsGranted}人次${t.extensionUsedMs > 0 ? `，实际用去${wordsSpan(t.extensionUsedMs, lang)}` : ''}`
      : `${t.extensionsDeclared} declared, ${t.extensionsGranted} granted${t.extensionUsedMs > 0 ? `, ${wordsSpan(t.extensionUsedMs, lang)} used` : ''}`,
  );
  if (t.unplannedItems > 0 || t.skippedItems > 0) {
    add(
      z ? '议程变动' : 'Agenda changes',
      z ? `临时增加发言${t.unplannedItems}人次，跳过${t.skippedItems}项` : `${plural(t.unplannedItems, 'unplanned speaker')} added, ${plural(t.skippedItems, 'item')} skipped`,
    );
  }
  const np = r.noMeetingPeriod;
  add(
    z ? '无会期' : 'No-meeting period',
    np.inPeriod
      ? `${z ? (np.period === 'month' ? '在无会月召开' : '在下半月无会期召开') : np.period === 'month' ? 'Held in a no-meeting month' : 'Held in the second-half-of-month no-meeting period'}${z ? '；' : '; '}${justificationText(np.justification, tz, lang)}`
      : z ? '否' : 'No',
    np.inPeriod ? 'alert' : 'normal',
  );
  add(
    z ? '适用规则' : 'Rules',
    `${r.policy.name}${r.policy.version === null ? '' : z ? `（第${r.policy.version}版）` : ` (version ${r.policy.version})`}`,
  );
  return facts;
}

/** 议程执行情况: planned against actual for every item, in the order they ran. */
export function recordAgendaTable(r: MeetingRecord, lang: Lang): ViewTable {
  const z = zh(lang);
  const spoken = r.items.filter((i) => i.startedAt !== null);
  const sum = (list: RecordItem[], f: (i: RecordItem) => number) => list.reduce((s, i) => s + f(i), 0);
  return {
    columns: [
      col('no', z ? '序号' : '#', 4, 'center'),
      col('kind', z ? '类型' : 'Kind', 9),
      col('title', z ? '议题' : 'Item', 17),
      col('speaker', z ? '发言人' : 'Speaker', 15),
      col('planned', z ? '计划' : 'Plan', 6, 'right'),
      col('limit', z ? '限时' : 'Limit', 6, 'right'),
      col('actual', z ? '实际' : 'Actual', 7, 'right'),
      col('overtime', z ? '超时' : 'Over', 6, 'right'),
      col('extension', z ? '延时（申明/使用）' : 'Ext. decl./used', 11, 'right'),
      col('status', z ? '状态' : 'Status', 8, 'center'),
    ],
    rows: r.items.map((i) => ({
      cells: [
        String(i.index + 1),
        itemKindText(i, lang),
        i.title || dash,
        speakerText(i, lang),
        i.plannedMs === null ? dash : clockSpan(i.plannedMs),
        clockSpan(i.limitMs),
        i.startedAt === null ? dash : clockSpan(i.elapsedMs),
        i.overtimeMs > 0 ? signedClockSpan(i.overtimeMs) : dash,
        i.declaredExtensionMs > 0 || i.grantedExtensionMs > 0
          ? `${clockSpan(i.declaredExtensionMs)}/${i.grantedExtensionMs > 0 ? clockSpan(i.extensionUsedMs) : dash}`
          : dash,
        itemStatusText(i.status, lang),
      ],
      tone: i.overtimeMs > 0 ? 'alert' : i.startedAt === null ? 'muted' : 'normal',
    })),
    footer: [
      '',
      z ? '合计' : 'Total',
      '',
      '',
      clockSpan(sum(r.items.filter((i) => i.plannedMs !== null), (i) => i.plannedMs!)),
      '',
      clockSpan(sum(spoken, (i) => i.elapsedMs)),
      r.totals.overtimeMs > 0 ? signedClockSpan(r.totals.overtimeMs) : dash,
      r.totals.extensionUsedMs > 0 ? clockSpan(r.totals.extensionUsedMs) : dash,
      '',
    ],
    empty: z ? '（议程为空）' : '(no agenda)',
  };
}

/** 主持人提示: each message with its time and the speaker it was meant for. */
export function recordMessagesTable(r: MeetingRecord, lang: Lang): ViewTable {
  const z = zh(lang);
  return {
    columns: [col('at', z ? '时间' : 'Time', 10, 'center'), col('text', z ? '提示内容' : 'Message', 45), col('item', z ? '当时发言' : 'On the floor', 30)],
    rows: r.messages.map((m) => {
      const item = m.itemId === null ? undefined : r.items.find((i) => i.id === m.itemId);
      return {
        cells: [clockTime(m.at, r.timeZone), m.text, item ? `${itemLabel(item, lang)}${item.speaker && item.title ? (z ? `（${item.speaker}）` : ` (${item.speaker})`) : ''}` : dash],
        tone: 'normal',
      };
    }),
    footer: null,
    empty: z ? '本次会议主持人未发送提示。' : 'The chair sent no messages.',
  };
}

/** 审批情况: what was required, what was given, and any override. */
export function recordApprovalFacts(r: MeetingRecord, lang: Lang): ViewFact[] {
  const z = zh(lang);
  const a = r.approvals;
  const out: ViewFact[] = [];
  out.push({
    label: z ? '审批要求' : 'Required',
    value: a.required
      ? z ? `全县性会议，须提前报${roleList(a.roles, lang)}批准` : `County-wide: needs the prior approval of the ${roleList(a.roles, lang)}`
      : z ? '非全县性会议，无须报批' : 'Not county-wide: no approval needed',
    tone: 'normal',
  });
  for (const g of a.given) {
    const when = g.approvedAt === null ? g.approvedAtText : dateTimeText(g.approvedAt, r.timeZone, lang);
    const doc = g.documentNumber ? (z ? `，文号：${g.documentNumber}` : `, ref. ${g.documentNumber}`) : '';
    const late = g.inTime ? '' : z ? '（不早于会议开始，不算提前批准）' : ' (not before the start: not a prior approval)';
    out.push({
      label: z ? '批准' : 'Approval',
      value: `${roleName(g, lang)}${z ? '，' : ', '}${when}${doc}${late}`,
      tone: g.inTime ? 'normal' : 'alert',
    });
  }
  if (a.required && a.missing.length > 0) {
    out.push({ label: z ? '缺少' : 'Missing', value: roleList(a.missing, lang) + (z ? '的提前批准' : ' prior approval'), tone: 'alert' });
  }
  if (a.override) {
    out.push({
      label: z ? '强制开会' : 'Override',
      value: z
        ? `主持人于${dateTimeText(a.override.at, r.timeZone, lang)}在缺少${roleList(a.override.missingRoles, lang)}批准的情况下开始会议。理由：${a.override.reason}`
        : `The chair started the meeting at ${dateTimeText(a.override.at, r.timeZone, lang)} without the approval of the ${roleList(a.override.missingRoles, lang)}. Reason: ${a.override.reason}`,
      tone: 'alert',
    });
  }
  return out;
}

/** 合规检查: the rules' findings on the meeting as planned. */
export function recordFindingsTable(r: MeetingRecord, lang: Lang): ViewTable {
  const z = zh(lang);
  return {
    columns: [col('severity', z ? '级别' : 'Severity', 7, 'center'), col('rule', z ? '规则' : 'Rule', 13), col('text', z ? '内容' : 'Finding', 65)],
    rows: r.findings.map((f) => ({
      cells: [severityTerm(f.severity, lang), term(RULE_TERMS[f.rule], lang), formatFinding(f, lang)],
      tone: f.severity === 'error' ? 'alert' : 'normal',
    })),
    footer: null,
    empty: z ? '会议安排符合各项规定。' : 'The plan keeps every rule.',
  };
}

/** The line under the title: `2026年4月20日（星期一） · 县委办公室`. */
export function recordSubtitle(r: MeetingRecord, lang: Lang): string {
  const when = dateText(r.actual.startedAt ?? r.planned.start, r.timeZone, lang);
  return [when, r.organiser].filter(Boolean).join(' · ');
}

/** Notes about the record itself: where the log does not replay, an unfinished meeting. */
export function recordNotes(r: MeetingRecord, lang: Lang): string[] {
  const z = zh(lang);
  const notes: string[] = [];
  if (r.status !== 'ended' && r.actual.startedAt !== null) {
    notes.push(z ? `会议尚未结束，数据截至${dateTimeText(r.asOf, r.timeZone, lang)}。` : `The meeting has not ended; figures as of ${dateTimeText(r.asOf, r.timeZone, lang)}.`);
  }
  if (r.log.replayIssues.length > 0) {
    const first = r.log.replayIssues[0]!;
    notes.push(
      z
        ? `注意：事件日志自第${first.seq}条起与计时器的重放结果不一致，以下数据可能不完整（${first.problem}）。`
        : `Warning: the event log departs from the engine's replay at seq ${first.seq}; figures may be incomplete (${first.problem}).`,
    );
  }
  notes.push(
    z
      ? `本记录依据会议计时事件日志（共${r.log.events}条）自动生成。`
      : `Generated from the meeting's timer event log (${r.log.events} events).`,
  );
  return notes;
}
