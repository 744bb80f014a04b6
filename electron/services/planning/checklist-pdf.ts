import { parseCivilDate, weekdayOf } from '../../core/calendar/civil-date';
import {
  APPROVAL_STATUS_TERMS,
  checklistReasons,
  checkStatusTerm,
  type ApprovalStatus,
  type ChecklistLine,
  type PlanningException,
} from '../../core/planning';
import type { Policy } from '../../core/policy/policy';
import { ITEM_KIND_TERMS, MEETING_KIND_TERMS, ROLE_TERMS, RULE_TERMS } from '../../core/rules/messages';
import type { Lang } from '../../core/rules/finding';
import type { Meeting } from '../../core/schedule/schedule-schema';
import { formatCivil, parseCivil } from '../../core/time/civil-time';
import { PdfBuilder, type PdfTable } from '../pdf';

/**
 * The approval checklist as an A4 form (会议审批表): the meeting's particulars, its agenda, every
 * rule with its result and reason, the exceptions recorded, and one box per approving leader
 * with room for a signature. Laid out with the shared Chinese PDF toolkit (electron/services/pdf).
 */

export interface ChecklistPdfInput {
  meeting: Meeting;
  timeZone: string;
  status: ApprovalStatus;
  checklist: ChecklistLine[];
  exceptions: PlanningException[];
  policy: Policy;
  policyVersion: number | null;
  /** Epoch ms the form is made (the caller's clock): printed on it and in the metadata. */
  createdAt: number;
  lang?: Lang;
  fontBytes?: Uint8Array;
}

const L = {
  'zh-CN': {
    title: '会议审批表',
    number: '编号',
    filled: '填表日期',
    status: '审批状态',
    sections: ['一、会议基本情况', '二、会议议程', '三、合规审核', '四、例外事项说明', '五、审批意见'],
    name: '会议名称',
    kind: '会议类型',
    countyWide: '全县性会议',
    yes: '是（须提前报县委、县政府主要领导批准）',
    no: '否',
    time: '召开时间',
    duration: '计划时长',
    place: '会议地点',
    organiser: '主办单位',
    chair: '主持人',
    minutes: (n: number) => `${n}分钟`,
    agendaCols: ['序号', '议程类别', '议题', '发言人／单位', '计划时长', '申明延时', '材料'],
    agendaEmpty: '（尚未填写议程）',
    sum: '合计',
    total: (planned: number, ext: number, duration: number) =>
      `议程合计${planned}分钟${ext ? `，加申明延时共${planned + ext}分钟` : ''}；会议计划时长${duration}分钟。`,
    zi: (n: number) => `${n}字`,
    pages: (n: number) => `${n}页`,
    checkCols: ['序号', '审核事项', '结果', '说明'],
    excepted: '（已登记例外）',
    exceptionCols: ['审核事项', '例外理由', '登记人', '登记时间'],
    noExceptions: '无',
    approvalCols: ['审批领导', '姓名', '批准时间', '批准文号', '意见及签字'],
    notRecorded: '（未登记）',
    summary: (p: number, f: number, w: number, u: number) => `审核结果：符合${p}项，不符合${f}项，需注意${w}项，待核实${u}项。`,
    footer: (version: string, at: string) => `本表由短会 Duanhui 依据会议纪律规则${version}生成于${at}，审核结果以生成时的会议安排为准。`,
    version: (v: number | null) => (v === null ? '' : `（第${v}版）`),
  },
  en: {
    title: 'Meeting Approval Form',
    number: 'No.',
    filled: 'Date',
    status: 'Status',
    sections: ['1. The meeting', '2. Agenda', '3. Rule check', '4. Exceptions', '5. Approval'],
    name: 'Title',
    kind: 'Kind',
    countyWide: 'County-wide',
    yes: 'Yes (needs prior approval of both top leaders)',
    no: 'No',
    time: 'Time',
    duration: 'Planned length',
    place: 'Place',
    organiser: 'Organiser',
    chair: 'Chair',
    minutes: (n: number) => `${n} min`,
    agendaCols: ['No.', 'Kind', 'Title', 'Speaker / unit', 'Minutes', 'Extension', 'Document'],
    agendaEmpty: '(no agenda yet)',
    sum: 'Total',
    total: (planned: number, ext: number, duration: number) =>
      `Agenda ${planned} min${ext ? ` (${planned + ext} with declared extensions)` : ''}; meeting planned for ${duration} min`,
    zi: (n: number) => `${n} 字`,
    pages: (n: number) => `${n} p.`,
    checkCols: ['No.', 'Rule', 'Result', 'Reason'],
    excepted: ' (exception recorded)',
    exceptionCols: ['Rule', 'Reason', 'Recorded by', 'When'],
    noExceptions: 'None',
    approvalCols: ['Approver', 'Name', 'Approved at', 'Document no.', 'Opinion and signature'],
    notRecorded: '(not recorded)',
    summary: (p: number, f: number, w: number, u: number) => `Result: ${p} pass, ${f} fail, ${w} to check, ${u} not yet known.`,
    footer: (version: string, at: string) => `Made by Duanhui under the meeting rules${version} on ${at}; the check reflects the plan at that time.`,
    version: (v: number | null) => (v === null ? '' : ` (version ${v})`),
  },
} as const;

/** Two ideographic spaces between the header's fields, as forms set them. */
const GAP = '\u3000\u3000';

const WEEKDAY = { 'zh-CN': ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };

/** `2026年3月5日（星期四）09:00` / `Thu 2026-03-05 09:00` */
function dateTimeText(civil: string, lang: Lang): string {
  const date = civil.slice(0, 10);
  const time = civil.slice(11, 16);
  const ymd = parseCivilDate(date);
  if (!ymd) return civil.replace('T', ' ');
  const wd = WEEKDAY[lang][weekdayOf(ymd)];
  return lang === 'zh-CN' ? `${ymd.year}年${ymd.month}月${ymd.day}日（${wd}）${time}` : `${wd} ${date} ${time}`;
}

const dateText = (civil: string, lang: Lang): string => {
  const ymd = parseCivilDate(civil.slice(0, 10));
  if (!ymd) return civil;
  return lang === 'zh-CN' ? `${ymd.year}年${ymd.month}月${ymd.day}日` : civil.slice(0, 10);
};

function meetingTime(m: Meeting, zone: string, lang: Lang): string {
  const start = parseCivil(m.start, zone);
  if (!start.ok) return m.start;
  const end = formatCivil(start.value.epochMs + m.durationMinutes * 60_000, zone);
  const from = dateTimeText(formatCivil(start.value.epochMs, zone), lang);
  const sameDay = end.slice(0, 10) === start.value.date;
  return `${from}—${sameDay ? end.slice(11, 16) : dateTimeText(end, lang)}`;
}

export async function checklistPdf(input: ChecklistPdfInput): Promise<Uint8Array> {
  const lang = input.lang ?? 'zh-CN';
  const t = L[lang];
  const k = lang === 'zh-CN' ? 'zh' : 'en';
  const m = input.meeting;
  const made = formatCivil(input.createdAt, input.timeZone);

  const pdf = await PdfBuilder.create({
    title: `${t.title} — ${m.title}`,
    subject: m.title,
    keywords: [m.id],
    lang,
    createdAt: input.createdAt,
    runningHeader: `${t.title} · ${m.title}`,
    ...(input.fontBytes ? { fontBytes: input.fontBytes } : {}),
  });

  pdf.title(t.title, 22);
  pdf.text(
    [`${t.number}：${m.id}`, `${t.filled}：${dateText(made, lang)}`, `${t.status}：${APPROVAL_STATUS_TERMS[input.status][k]}`].join(GAP),
    { size: 10, align: 'center', tone: 'muted' },
  );
  pdf.space(2);
  pdf.rule(1.4);

  pdf.heading(t.sections[0]!);
  pdf.facts([
    { label: t.name, value: m.title },
    { label: t.kind, value: MEETING_KIND_TERMS[m.kind][k] },
    { label: t.countyWide, value: m.countyWide ? t.yes : t.no },
    { label: t.time, value: meetingTime(m, input.timeZone, lang) },
    { label: t.duration, value: t.minutes(m.durationMinutes) },
    { label: t.place, value: m.place ?? '' },
    { label: t.organiser, value: m.organiser ?? '' },
    { label: t.chair, value: m.chair ?? '' },
  ]);

  pdf.heading(t.sections[1]!, { keepWith: 60 });
  const planned = m.agenda.reduce((s, i) => s + i.minutes, 0);
  const ext = m.agenda.reduce((s, i) => s + (i.extensionMinutes ?? 0), 0);
  const agenda: PdfTable = {
    columns: [
      { label: t.agendaCols[0]!, weight: 0.6, align: 'center' },
      { label: t.agendaCols[1]!, weight: 1.5 },
      { label: t.agendaCols[2]!, weight: 3 },
      { label: t.agendaCols[3]!, weight: 2.2 },
      { label: t.agendaCols[4]!, weight: 1.1, align: 'right' },
      { label: t.agendaCols[5]!, weight: 1.1, align: 'right' },
      { label: t.agendaCols[6]!, weight: 1.6 },
    ],
    rows: m.agenda.map((item, i) => ({
      cells: [
        String(i + 1),
        ITEM_KIND_TERMS[item.kind][k],
        item.title,
        [item.speaker, item.unit].filter(Boolean).join(lang === 'zh-CN' ? '／' : ' / '),
        t.minutes(item.minutes),
        item.extensionMinutes ? t.minutes(item.extensionMinutes) : '—',
        [item.chars !== undefined ? t.zi(item.chars) : '', item.pages !== undefined ? t.pages(item.pages) : ''].filter(Boolean).join(' / '),
      ],
    })),
    footer: m.agenda.length ? ['', t.sum, '', '', t.minutes(planned), ext ? t.minutes(ext) : '—', ''] : null,
    empty: t.agendaEmpty,
  };
  pdf.table(agenda);
  if (m.agenda.length) pdf.paragraph(t.total(planned, ext, m.durationMinutes), { size: 10 });

  pdf.heading(t.sections[2]!, { keepWith: 80 });
  const excused = new Set(input.exceptions.map((e) => e.rule));
  pdf.table({
    columns: [
      { label: t.checkCols[0]!, weight: 0.6, align: 'center' },
      { label: t.checkCols[1]!, weight: 2 },
      { label: t.checkCols[2]!, weight: 1.7, align: 'center' },
      { label: t.checkCols[3]!, weight: 6.6 },
    ],
    rows: input.checklist.map((line, i) => ({
      cells: [
        String(i + 1),
        RULE_TERMS[line.rule][k],
        `${checkStatusTerm(line.status, lang)}${line.status === 'fail' && excused.has(line.rule) ? t.excepted : ''}`,
        checklistReasons(line, lang).join(lang === 'zh-CN' ? '；' : '; '),
      ],
      tone: line.status === 'fail' ? 'alert' : line.status === 'pass' ? 'normal' : 'muted',
    })),
  });
  const count = (s: ChecklistLine['status']) => input.checklist.filter((l) => l.status === s).length;
  pdf.paragraph(t.summary(count('pass'), count('fail'), count('warn'), count('unknown')), { size: 10 });

  pdf.heading(t.sections[3]!);
  pdf.table({
    columns: [
      { label: t.exceptionCols[0]!, weight: 2 },
      { label: t.exceptionCols[1]!, weight: 6 },
      { label: t.exceptionCols[2]!, weight: 1.6 },
      { label: t.exceptionCols[3]!, weight: 2.2 },
    ],
    rows: input.exceptions.map((e) => ({
      cells: [RULE_TERMS[e.rule][k], e.reason, e.recordedBy ?? '', formatCivil(e.recordedAt, input.timeZone).replace('T', ' ')],
    })),
    empty: t.noExceptions,
  });

  pdf.heading(t.sections[4]!, { keepWith: 150 });
  pdf.table(
    {
      columns: [
        { label: t.approvalCols[0]!, weight: 1.6, align: 'center' },
        { label: t.approvalCols[1]!, weight: 1.4, align: 'center' },
        { label: t.approvalCols[2]!, weight: 2.2, align: 'center' },
        { label: t.approvalCols[3]!, weight: 2.2, align: 'center' },
        { label: t.approvalCols[4]!, weight: 2.6 },
      ],
      rows: [...new Set(input.policy.approvalRoles)].map((role) => {
        const a = m.approvals.find((x) => x.role === role);
        // Blank lines leave room for the leader's signature and a handwritten note.
        return {
          cells: [
            ROLE_TERMS[role][k],
            a?.name ?? '',
            a ? a.approvedAt.replace('T', ' ') : t.notRecorded,
            a?.documentNumber ?? '',
            '\n\n\n',
          ],
        };
      }),
    },
    { size: 10.5 },
  );

  pdf.space(6);
  pdf.paragraph(t.footer(t.version(input.policyVersion), made.replace('T', ' ')), { size: 8.5, tone: 'muted' });
  return pdf.save();
}
