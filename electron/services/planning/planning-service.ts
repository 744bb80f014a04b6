import type { OfficialCalendar } from '../../core/calendar/calendar-types';
import { bundledCalendar } from '../../core/calendar';
import { addDays, isCivilDate } from '../../core/calendar/civil-date';
import {
  applyWorkflow,
  blockingFindings,
  checklistLines,
  formatWorkflowRefusal,
  planningDays,
  suggestSlots,
  worstSeverity,
  type WorkflowAction,
} from '../../core/planning';
import { APPROVAL_ROLES, RULE_IDS, type ApprovalRole, type RuleId } from '../../core/policy/ids';
import { DEFAULT_POLICY, PolicySchema, type Policy } from '../../core/policy/policy';
import { checkMeeting, RULE_TERMS } from '../../core/rules';
import { ApprovalSchema, MeetingSchema, type Approval, type Meeting, type Schedule } from '../../core/schedule/schedule-schema';
import { civilToEpoch, formatCivil, parseCivil } from '../../core/time/civil-time';
import { describeZodError } from '../../core/validation/zod-issues';
import { readDocumentBytes } from '../documents/read-document';
import { parseIcsSchedule } from '../schedule/ics-schedule';
import { parseJsonSchedule } from '../schedule/schedule-file';
import type { Store, StoredMeeting } from '../storage';
import { canonicalJson } from '../storage/canonical-json';
import { checklistPdf } from './checklist-pdf';
import { readCalendarBytes } from './calendar-bytes';
import { scheduleToIcs } from './ics-writer';
import { changedFields, planWithoutApprovals } from './import-diff';
import { composeCalendar } from './planning-calendar';
import { notFound, PlanningError } from './planning-error';
import { createPlanningRepo } from './planning-repo';
import type {
  CalendarImportResult,
  CalendarInfo,
  DocumentInfo,
  ExportedFile,
  ImportPreview,
  ImportPreviewMeeting,
  ImportResult,
  MeetingCheck,
  MeetingSummary,
  MeetingView,
  Overview,
  PolicyState,
} from './planning-types';

export interface PlanningServiceOptions {
  store: Store;
  /** The base calendar; default the bundled years. Imported years (kept in the store) go on top. */
  calendar?: OfficialCalendar;
  /** The clock, epoch ms. */
  now: () => number;
}

export type PlanningService = ReturnType<typeof createPlanningService>;

const issuesOf = (error: Parameters<typeof describeZodError>[0], prefix = '') =>
  describeZodError(error).map((r) => ({
    path: [prefix, r.path].filter(Boolean).join('.'),
    message: { 'zh-CN': r.messageZh, en: r.messageEn },
  }));

function invalid(code: 'invalid-meeting' | 'invalid-policy', error: Parameters<typeof describeZodError>[0], prefix = ''): PlanningError {
  const issues = issuesOf(error, prefix);
  const first = issues[0];
  const what = code === 'invalid-meeting' ? { zh: '会议信息有误', en: 'The meeting has errors' } : { zh: '规则设置有误', en: 'The policy settings have errors' };
  return new PlanningError(
    code,
    {
      'zh-CN': `${what.zh}${first ? `：${first.path || '（整体）'} ${first.message['zh-CN']}` : ''}`,
      en: `${what.en}${first ? `: ${first.path || '(whole)'} ${first.message.en}` : ''}`,
    },
    { ...(first?.path ? { path: first.path } : {}), issues },
  );
}

/** A meeting from the screen, checked by the schedule schema (every field named on failure). */
export function parseMeetingInput(input: unknown): Meeting {
  const parsed = MeetingSchema.safeParse(input);
  if (!parsed.success) throw invalid('invalid-meeting', parsed.error);
  return parsed.data;
}

const documentInfo = (d: { id: number; itemKey: string; fileName: string; chars: number | null; pages: number | null; textKept: boolean; attachedAt: number }): DocumentInfo => ({
  id: d.id,
  itemKey: d.itemKey,
  fileName: d.fileName,
  chars: d.chars,
  pages: d.pages,
  textKept: d.textKept,
  attachedAt: d.attachedAt,
});

/**
 * Everything the planning screens do: the calendar, the meeting editor with live findings and
 * slot suggestions, documents, the approval checklist and workflow, the 审批表 PDF, schedule
 * import/export with a preview, the policy and the calendar file. Separate from MeetingService,
 * which runs live meetings; both share the Store.
 */
export function createPlanningService(opts: PlanningServiceOptions) {
  const { store, now } = opts;
  const repo = createPlanningRepo(store, now);
  let calendar = composeCalendar(opts.calendar, repo.calendarYears().map((y) => y.data));

  const policy = (): Policy => store.currentPolicy().policy;
  const ctxFor = (timeZone: string) => ({ policy: policy(), calendar, timeZone });

  const check = (meeting: Meeting, timeZone: string, exceptions: readonly { rule: RuleId }[] = []): MeetingCheck => {
    const ctx = ctxFor(timeZone);
    const findings = checkMeeting(meeting, ctx);
    return {
      findings,
      suggestions: findings.some((f) => f.rule === 'no-meeting-period') ? suggestSlots(meeting.start, ctx) : [],
      checklist: checklistLines(meeting, findings, ctx),
      blocking: blockingFindings(findings, exceptions),
    };
  };

  const requireStored = (id: string): StoredMeeting => {
    const stored = store.getMeeting(id);
    if (!stored) throw notFound({ zh: `会议“${id}”`, en: `meeting "${id}"` });
    return stored;
  };

  const view = (id: string): MeetingView => {
    const stored = requireStored(id);
    const exceptions = repo.exceptions(id);
    return {
      meeting: stored.meeting,
      timeZone: stored.timeZone,
      saved: true,
      status: repo.status(id),
      exceptions,
      history: repo.history(id),
      documents: store.listDocuments(id).map(documentInfo),
      updatedAt: stored.updatedAt,
      policyVersion: stored.policyVersion,
      ...check(stored.meeting, stored.timeZone, exceptions),
    };
  };

  const summary = (s: StoredMeeting, status: MeetingSummary['status']): MeetingSummary => {
    const findings = checkMeeting(s.meeting, ctxFor(s.timeZone));
    const worst = worstSeverity(findings);
    const start = parseCivil(s.meeting.start, s.timeZone);
    return {
      id: s.meeting.id,
      title: s.meeting.title,
      kind: s.meeting.kind,
      countyWide: s.meeting.countyWide,
      start: s.meeting.start,
      date: start.ok ? start.value.date : s.meeting.start.slice(0, 10),
      minuteOfDay: start.ok ? start.value.minuteOfDay : 0,
      durationMinutes: s.meeting.durationMinutes,
      place: s.meeting.place ?? null,
      worst,
      worstRule: findings[0]?.rule ?? null,
      worstFinding: findings[0] ?? null,
      errorCount: findings.filter((f) => f.severity === 'error').length,
      status,
    };
  };

  /** Saves a plan; a submitted or approved meeting whose plan (not its approvals) changed goes back to draft. */
  const save = (meeting: Meeting, opts: { timeZone?: string; note?: string } = {}): MeetingView => {
    const before = store.getMeeting(meeting.id);
    store.upsertMeeting(meeting, opts.timeZone ? { timeZone: opts.timeZone } : {});
    const status = repo.status(meeting.id);
    if (!before) {
      repo.log(meeting.id, { action: 'created', from: null, to: 'draft', actor: null, note: null });
    } else if (status !== 'draft' && planWithoutApprovals(before.meeting) !== planWithoutApprovals(parseMeetingInput(meeting))) {
      repo.setStatus(meeting.id, 'draft', { action: 'plan-changed', actor: null, note: opts.note ?? null });
    }
    return view(meeting.id);
  };

  const rangeEpoch = (from: string, to: string, timeZone: string): { from: number; to: number } => {
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (!isCivilDate(value)) {
        throw new PlanningError('bad-request', { 'zh-CN': `${name}：应为日期 YYYY-MM-DD`, en: `${name}: expected a date YYYY-MM-DD` }, { path: name });
      }
    }
    return { from: civilToEpoch(`${from}T00:00`, timeZone)!, to: civilToEpoch(`${addDays(to, 1)}T00:00`, timeZone)! };
  };

  const readSchedule = (fileName: string, text: string): { schedule: Schedule; format: 'json' | 'ics'; warnings: string[] } => {
    const isIcs = /\.(ics|ical|ifb)$/i.test(fileName) || /^\s*BEGIN:VCALENDAR/i.test(text);
    if (isIcs) {
      const { schedule, warnings } = parseIcsSchedule(text, fileName, { timeZone: policy().timeZone });
      return { schedule, format: 'ics', warnings };
    }
    return { schedule: parseJsonSchedule(text, fileName), format: 'json', warnings: [] };
  };

  const previewOf = (fileName: string, text: string): ImportPreview & { schedule: Schedule } => {
    const { schedule, format, warnings } = readSchedule(fileName, text);
    const meetings: ImportPreviewMeeting[] = schedule.meetings.map((m) => {
      const stored = store.getMeeting(m.id);
      if (!stored) return { id: m.id, title: m.title, start: m.start, action: 'add', changedFields: [] };
      const sameZone = stored.timeZone === schedule.timeZone;
      // The stored plan, and the plan with attached documents' counts: an export carries the
      // latter, so importing it back is no change.
      const raw = store.exportSchedule({ timeZone: stored.timeZone, from: stored.startAt, to: stored.startAt + 1 }).meetings.find((x) => x.id === m.id);
      const same = sameZone && [raw, stored.meeting].some((s) => s !== undefined && canonicalJson(s) === canonicalJson(m));
      const status = repo.status(m.id);
      if (same) return { id: m.id, title: m.title, start: m.start, action: 'same', changedFields: [], status };
      const fields = changedFields(stored.meeting, m);
      return {
        id: m.id,
        title: m.title,
        start: m.start,
        action: 'change',
        changedFields: fields.length ? fields : ['start'],
        before: { title: stored.meeting.title, start: stored.meeting.start },
        status,
      };
    });
    const counts = { add: 0, change: 0, same: 0 };
    for (const m of meetings) counts[m.action]++;
    return { fileName, format, timeZone: schedule.timeZone, warnings, meetings, counts, schedule };
  };

  const calendarInfo = (): CalendarInfo => {
    const imported = new Map(repo.calendarYears().map((y) => [y.year, y]));
    const base = (opts.calendar ?? bundledCalendar()).data ?? [];
    const years = new Map<number, CalendarInfo['years'][number]>();
    for (const y of base) {
      years.set(y.year, { year: y.year, source: y.source, origin: 'bundled', fileName: null, importedAt: null, holidays: y.holidays.length, adjustedWorkdays: y.adjustedWorkdays.length });
    }
    for (const [year, y] of imported) {
      years.set(year, { year, source: y.data.source, origin: 'imported', fileName: y.fileName, importedAt: y.importedAt, holidays: y.data.holidays.length, adjustedWorkdays: y.data.adjustedWorkdays.length });
    }
    return { years: [...years.values()].sort((a, b) => a.year - b.year) };
  };

  const policyState = (): PolicyState => {
    const record = store.currentPolicy();
    return { policy: record.policy, version: record.version, defaults: DEFAULT_POLICY, isDefault: canonicalJson(record.policy) === canonicalJson(DEFAULT_POLICY) };
  };

  return {
    /** The calendar the service judges by (bundled + imported years). */
    calendar: () => calendar,

    overview(args: { from: string; to: string }): Overview {
      const timeZone = policy().timeZone;
      const range = rangeEpoch(args.from, args.to, timeZone);
      const statuses = repo.statuses();
      return {
        from: args.from,
        to: args.to,
        timeZone,
        days: planningDays(policy(), calendar, args.from, args.to),
        meetings: store.listMeetings(range).map((s) => summary(s, statuses.get(s.meeting.id) ?? 'draft')),
        calendarYears: [...calendar.years],
        eveningStart: policy().eveningStart,
      };
    },

    /** Live findings for a plan that may not be saved yet (the editor calls this as the clerk types). */
    check(args: { meeting: unknown; timeZone?: string }): MeetingCheck {
      const meeting = parseMeetingInput(args.meeting);
      const stored = store.getMeeting(meeting.id);
      const zone = args.timeZone ?? stored?.timeZone ?? policy().timeZone;
      return check(meeting, zone, stored ? repo.exceptions(meeting.id) : []);
    },

    getMeeting: (args: { id: string }): MeetingView => view(args.id),

    saveMeeting(args: { meeting: unknown; expectedUpdatedAt?: number | null }): MeetingView {
      const meeting = parseMeetingInput(args.meeting);
      const stored = store.getMeeting(meeting.id);
      if (stored && args.expectedUpdatedAt != null && stored.updatedAt !== args.expectedUpdatedAt) {
        throw new PlanningError('conflict', {
          'zh-CN': `会议“${meeting.title}”已在别处修改，请重新打开后再保存`,
          en: `The meeting “${meeting.title}” was changed elsewhere; reopen it before saving`,
        });
      }
      return save(meeting);
    },

    moveMeeting(args: { id: string; start: string }): MeetingView {
      const stored = requireStored(args.id);
      return save(parseMeetingInput({ ...stored.meeting, start: args.start }), { note: `→ ${args.start}` });
    },

    deleteMeeting(args: { id: string }): { deleted: boolean } {
      return { deleted: store.deleteMeeting(args.id) };
    },

    async attachDocument(args: { meetingId: string; item: string | number; fileName: string; bytes: Uint8Array; keepText?: boolean }): Promise<MeetingView> {
      const stored = requireStored(args.meetingId);
      const index =
        typeof args.item === 'number' ? args.item : stored.meeting.agenda.findIndex((i) => i.id === args.item);
      const item = stored.meeting.agenda[index];
      if (!item) throw notFound({ zh: `议程项“${String(args.item)}”`, en: `agenda item "${String(args.item)}"` });
      if (item.kind !== 'keynote' && item.kind !== 'report') {
        throw new PlanningError('invalid-document', {
          'zh-CN': `材料只能附在会议主题报告或汇报上（第${index + 1}项是其他议程）`,
          en: `Documents attach to keynote reports and reports only (item ${index + 1} is another kind)`,
        });
      }
      const count = await readDocumentBytes(args.fileName, args.bytes);
      store.attachDocument(args.meetingId, item.id ?? index, {
        fileName: args.fileName,
        chars: count.zi,
        pages: count.pages,
        text: args.keepText === false ? null : (count.text ?? null),
      });
      repo.log(args.meetingId, {
        action: 'document',
        from: null,
        to: null,
        actor: null,
        note: `${args.fileName}: ${count.zi ?? '?'} 字, ${count.pages} 页`,
      });
      return view(args.meetingId);
    },

    /** The kept text of a document, so its count can be re-checked. */
    documentText(args: { meetingId: string; documentId: number }): { fileName: string; text: string | null } {
      const doc = store.listDocuments(args.meetingId).find((d) => d.id === args.documentId);
      if (!doc) throw notFound({ zh: `材料 ${args.documentId}`, en: `document ${args.documentId}` });
      return { fileName: doc.fileName, text: doc.text };
    },

    transition(args: { id: string; action: WorkflowAction; actor?: string; note?: string }): MeetingView {
      const v = view(args.id);
      const result = applyWorkflow(v.status, args.action, { findings: v.findings, exceptions: v.exceptions });
      if (!result.ok) {
        throw new PlanningError('workflow-refused', {
          'zh-CN': formatWorkflowRefusal(result.refusal, 'zh-CN'),
          en: formatWorkflowRefusal(result.refusal, 'en'),
        });
      }
      repo.setStatus(args.id, result.status, { action: args.action, actor: args.actor?.trim() || null, note: args.note?.trim() || null });
      return view(args.id);
    },

    /** Records (or replaces) the approval of one role. Approvals alone never send a meeting back to draft. */
    recordApproval(args: { id: string; approval: unknown }): MeetingView {
      const parsed = ApprovalSchema.safeParse(args.approval);
      if (!parsed.success) throw invalid('invalid-meeting', parsed.error, 'approval');
      const approval: Approval = parsed.data;
      if (parseCivil(approval.approvedAt, requireStored(args.id).timeZone).ok === false) {
        throw new PlanningError(
          'invalid-meeting',
          { 'zh-CN': `批准时间“${approval.approvedAt}”不是有效的日期时间`, en: `The approval time “${approval.approvedAt}” is not a real date and time` },
          { path: 'approval.approvedAt' },
        );
      }
      const stored = requireStored(args.id);
      const approvals = [...stored.meeting.approvals.filter((a) => a.role !== approval.role), approval].sort(
        (a, b) => APPROVAL_ROLES.indexOf(a.role) - APPROVAL_ROLES.indexOf(b.role),
      );
      store.upsertMeeting({ ...stored.meeting, approvals });
      repo.log(args.id, { action: 'approval', from: null, to: null, actor: approval.name ?? null, note: approval.role });
      return view(args.id);
    },

    removeApproval(args: { id: string; role: ApprovalRole }): MeetingView {
      const stored = requireStored(args.id);
      store.upsertMeeting({ ...stored.meeting, approvals: stored.meeting.approvals.filter((a) => a.role !== args.role) });
      repo.log(args.id, { action: 'approval-removed', from: null, to: null, actor: null, note: args.role });
      return view(args.id);
    },

    recordException(args: { id: string; rule: RuleId; reason: string; recordedBy?: string }): MeetingView {
      const v = view(args.id);
      const reason = (args.reason ?? '').trim();
      if (!(RULE_IDS as readonly string[]).includes(args.rule)) {
        throw new PlanningError('bad-request', { 'zh-CN': `rule：没有规则“${args.rule}”`, en: `rule: there is no rule "${args.rule}"` }, { path: 'rule' });
      }
      if (reason.length === 0 || reason.length > 500) {
        throw new PlanningError(
          'bad-request',
          { 'zh-CN': 'reason：例外须写明理由（1–500 字）', en: 'reason: an exception needs a written reason (1–500 characters)' },
          { path: 'reason' },
        );
      }
      if (!v.findings.some((f) => f.rule === args.rule && f.severity === 'error')) {
        throw new PlanningError('bad-request', {
          'zh-CN': `“${RULE_TERMS[args.rule].zh}”没有错误，无需登记例外`,
          en: `“${RULE_TERMS[args.rule].en}” has no error; no exception is needed`,
        });
      }
      repo.addException(args.id, args.rule, reason, args.recordedBy?.trim() || null);
      return view(args.id);
    },

    removeException(args: { id: string; exceptionId: number }): MeetingView {
      requireStored(args.id);
      if (!repo.removeException(args.id, args.exceptionId)) throw notFound({ zh: `例外 ${args.exceptionId}`, en: `exception ${args.exceptionId}` });
      return view(args.id);
    },

    async checklistPdf(args: { id: string; lang?: 'zh-CN' | 'en' }): Promise<{ fileName: string; bytes: Uint8Array }> {
      const v = view(args.id);
      try {
        const bytes = await checklistPdf({
          meeting: v.meeting,
          timeZone: v.timeZone,
          status: v.status,
          checklist: v.checklist,
          exceptions: v.exceptions,
          policy: policy(),
          policyVersion: store.currentPolicy().version,
          createdAt: now(),
          lang: args.lang ?? 'zh-CN',
        });
        return { fileName: `会议审批表-${v.meeting.title}.pdf`.replace(/[\\/:*?"<>|]/g, '_'), bytes };
      } catch (e) {
        const m = e instanceof Error ? e.message : String(e);
        throw new PlanningError('pdf-failed', { 'zh-CN': `无法生成审批表 PDF：${m}`, en: `Cannot make the approval form PDF: ${m}` });
      }
    },

    previewImport(args: { fileName: string; text: string }): ImportPreview {
      const { schedule: _s, ...preview } = previewOf(args.fileName, args.text);
      return preview;
    },

    /**
     * Writes the added and changed meetings in one transaction. Changing a stored meeting needs
     * `overwrite: true`, given after the preview was shown: nothing is overwritten silently.
     */
    importSchedule(args: { fileName: string; text: string; overwrite?: boolean }): ImportResult {
      const { schedule, ...preview } = previewOf(args.fileName, args.text);
      const changed = preview.meetings.filter((m) => m.action === 'change');
      if (changed.length > 0 && !args.overwrite) {
        throw new PlanningError('would-overwrite', {
          'zh-CN': `导入会修改${changed.length}个已有会议（${changed.map((m) => m.title).join('、')}），请确认覆盖后再导入`,
          en: `The import would change ${changed.length} stored meeting(s) (${changed.map((m) => m.title).join(', ')}); confirm overwriting first`,
        });
      }
      const toWrite = new Set(preview.meetings.filter((m) => m.action !== 'same').map((m) => m.id));
      const meetings = schedule.meetings.filter((m) => toWrite.has(m.id));
      if (meetings.length > 0) store.importSchedule({ ...schedule, meetings });
      for (const m of preview.meetings) {
        if (m.action === 'add') repo.log(m.id, { action: 'imported', from: null, to: 'draft', actor: null, note: args.fileName });
        if (m.action === 'change') {
          const status = repo.status(m.id);
          if (status !== 'draft') repo.setStatus(m.id, 'draft', { action: 'plan-changed', actor: null, note: args.fileName });
          else repo.log(m.id, { action: 'imported', from: status, to: status, actor: null, note: args.fileName });
        }
      }
      return { ...preview, written: meetings.map((m) => m.id) };
    },

    exportSchedule(args: { format: 'json' | 'ics'; from?: string; to?: string }): ExportedFile {
      const timeZone = policy().timeZone;
      const range = args.from && args.to ? rangeEpoch(args.from, args.to, timeZone) : {};
      const schedule = store.exportSchedule({ ...range, timeZone, includeAttachedCounts: true });
      const stamp = now();
      const day = formatCivil(stamp, timeZone).slice(0, 10);
      if (args.format === 'ics') {
        return { fileName: `短会日程-${day}.ics`, mimeType: 'text/calendar; charset=utf-8', text: scheduleToIcs(schedule, { stamp }) };
      }
      return { fileName: `短会日程-${day}.json`, mimeType: 'application/json; charset=utf-8', text: `${JSON.stringify(schedule, null, 2)}\n` };
    },

    policy: policyState,

    savePolicy(args: { policy: unknown }): PolicyState {
      const parsed = PolicySchema.safeParse(args.policy);
      if (!parsed.success) throw invalid('invalid-policy', parsed.error);
      store.savePolicy(parsed.data);
      return policyState();
    },

    resetPolicy(): PolicyState {
      store.savePolicy(DEFAULT_POLICY);
      return policyState();
    },

    calendarInfo,

    async importCalendar(args: { fileName: string; bytes: Uint8Array }): Promise<CalendarImportResult> {
      const { years, warnings } = await readCalendarBytes(args.fileName, args.bytes);
      repo.saveCalendarYears(years, args.fileName);
      calendar = composeCalendar(opts.calendar, repo.calendarYears().map((y) => y.data));
      return { ...calendarInfo(), imported: years.map((y) => y.year), warnings };
    },

    removeCalendarYear(args: { year: number }): CalendarInfo {
      if (!repo.removeCalendarYear(args.year)) throw notFound({ zh: `导入的${args.year}年节假日安排`, en: `imported calendar for ${args.year}` });
      calendar = composeCalendar(opts.calendar, repo.calendarYears().map((y) => y.data));
      return calendarInfo();
    },
  };
}
