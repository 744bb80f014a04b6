import {
  CommandSchema,
  DEFAULT_UNDO_WINDOW_MS,
  nextTransitionAt,
  reduce,
  snapshot,
  tick,
  type Command,
  type Refusal as EngineRefusal,
  type SessionEvent,
} from '../../core/engine';
import { bundledCalendar } from '../../core/calendar';
import { checkMeeting as checkRules, formatFinding } from '../../core/rules';
import type { LoadedSession, StoredMeeting } from '../storage';
import { createServiceClock } from '../clock';
import { preparedMeeting, rebuiltMeeting, type LiveMeeting } from './live-meeting';
import type { CommandResult, LiveSnapshot, Refusal } from './meeting-service-api';
import { sampleForToday } from './sample-meeting';
import { Scheduler, systemTimers } from './scheduler';
import { isServiceCommandType, ServiceCommandSchema, type ServiceCommand } from './service-commands';
import { engineRefusal, failureRefusal, MeetingServiceError, serviceRefusal } from './service-refusals';
import type { ImportOutcome, MeetingCheck, MeetingService, MeetingServiceOptions, ServiceLogEntry, SessionLog } from './service-types';

/** After a failed write of phase changes, try again this much later (the disk may come back). */
const TICK_RETRY_MS = 1000;

const defaultLog = (entry: ServiceLogEntry): void => {
  if (entry.level !== 'info') process.stderr.write(`[meeting-service] ${entry.text}\n`);
};

const refused = (refusal: Refusal): CommandResult => ({ ok: false, refusal });

function invalidCommand(issues: readonly { path: PropertyKey[]; message: string }[]): Refusal {
  const issue = issues[0];
  const refusal: EngineRefusal = {
    code: 'invalid-command',
    params: { path: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? 'invalid' },
  };
  return engineRefusal(refusal);
}

/**
 * The MeetingService: the one API every screen uses. It owns the open meeting's engine state,
 * writes every accepted command's events durably before acknowledging it, wakes exactly when
 * the next phase change is due, and on creation rebuilds any live session from its log.
 *
 * Everything inside is synchronous (node:sqlite is), so commands never interleave; `execute`
 * returns a promise only because the API crosses IPC and WebSocket.
 */
export function createMeetingService(options: MeetingServiceOptions): MeetingService {
  const { store } = options;
  const clock = options.clock ?? createServiceClock();
  const lang = options.lang ?? 'zh-CN';
  const log = options.log ?? defaultLog;
  const undoWindowMs = options.undoWindowMs ?? DEFAULT_UNDO_WINDOW_MS;

  let current: LiveMeeting | null = null;
  let version = 0;
  let closed = false;
  const listeners = new Set<(s: LiveSnapshot) => void>();

  const say = (
    level: ServiceLogEntry['level'],
    event: ServiceLogEntry['event'],
    text: { zh: string; en: string },
    ids: { meetingId?: string; sessionId?: string | null } = {},
  ): void => {
    try {
      log({
        level,
        event,
        text: lang === 'zh-CN' ? text.zh : text.en,
        zh: text.zh,
        en: text.en,
        ...(ids.meetingId ? { meetingId: ids.meetingId } : {}),
        ...(ids.sessionId ? { sessionId: ids.sessionId } : {}),
      });
    } catch {
      // A broken logger must not take the meeting down with it.
    }
  };
  const failureText = (e: unknown) => {
    const r = failureRefusal(e);
    return { zh: r.message['zh-CN'], en: r.message.en };
  };

  const make = (): LiveSnapshot => ({
    version,
    at: clock.now(),
    meetingId: current?.meetingId ?? null,
    engine: current ? snapshot(current.state) : null,
  });
  let last = make();

  const publish = (): void => {
    version += 1;
    last = make();
    for (const listener of [...listeners]) {
      try {
        listener(last);
      } catch (e) {
        say('warn', 'listener-failed', {
          zh: `快照订阅者出错：${e instanceof Error ? e.message : String(e)}`,
          en: `A snapshot subscriber threw: ${e instanceof Error ? e.message : String(e)}`,
        });
      }
    }
  };

  const scheduler = new Scheduler(options.timers ?? systemTimers, () => wake());

  /** One timer for the next phase change, re-armed after every change. */
  const rearm = (): void => {
    scheduler.cancel();
    if (closed || !current || current.sessionId === null) return;
    const now = clock.now();
    const due = nextTransitionAt(current.state, now);
    if (due !== null) scheduler.arm(due - now);
  };

  /** Logs the phase changes due by now (each at its own instant), then notifies. */
  function wake(): void {
    if (closed || !current || current.sessionId === null) return;
    const live = current;
    try {
      const r = tick(live.state, clock.now());
      if (r.events.length > 0) {
        store.appendEvents(live.sessionId!, r.events);
        live.state = r.state;
        publish();
      }
      rearm();
    } catch (e) {
      say('error', 'tick-failed', failureText(e), { meetingId: live.meetingId, sessionId: live.sessionId });
      // tick is idempotent: the same events are produced again on the retry, at the same instants.
      scheduler.arm(TICK_RETRY_MS);
    }
  }

  /** A stored session rebuilt from its log, with what fell due since its last event logged. */
  const resume = (loaded: LoadedSession): LiveMeeting => {
    const { live, issues } = rebuiltMeeting(store, loaded, undoWindowMs);
    const ids = { meetingId: live.meetingId, sessionId: live.sessionId };
    if (issues.length > 0) {
      say(
        'warn',
        'replay-issues',
        {
          zh: `会议记录重放不一致（已尽量恢复）：${issues.slice(0, 3).join('；')}`,
          en: `The meeting log did not replay exactly (recovered as far as possible): ${issues.slice(0, 3).join('; ')}`,
        },
        ids,
      );
    }
    const caught = tick(live.state, clock.now());
    if (caught.events.length > 0) {
      try {
        store.appendEvents(live.sessionId!, caught.events);
        live.state = caught.state;
        say(
          'info',
          'caught-up',
          {
            zh: `补记了停机期间到点的 ${caught.events.length} 个计时事件`,
            en: `Logged ${caught.events.length} phase change(s) that fell due while the program was not running`,
          },
          ids,
        );
      } catch (e) {
        // Left for the scheduler, which finds them overdue at once and retries.
        say('error', 'tick-failed', failureText(e), ids);
      }
    }
    return live;
  };

  /** Lets go of the open meeting; an ended one's record is closed now that undo is out of reach. */
  const release = (): void => {
    if (!current) return;
    const { state, sessionId, meetingId } = current;
    current = null;
    if (sessionId !== null && state.meeting.status === 'ended') {
      try {
        store.endSession(sessionId, state.meeting.endedAt ?? clock.now());
      } catch (e) {
        // Still live in the file: the next start closes it.
        say('warn', 'session-ended', failureText(e), { meetingId, sessionId });
      }
    }
  };

  const inProgress = (): Refusal | null => {
    const status = current?.state.meeting.status;
    return status === 'running' || status === 'recess'
      ? serviceRefusal('meeting-in-progress', { title: current!.state.meeting.title })
      : null;
  };

  const opened = (): CommandResult => {
    publish();
    rearm();
    return { ok: true, snapshot: last };
  };

  function loadMeeting(meetingId: string): CommandResult {
    // Re-opening the open meeting is a no-op, unless it is only prepared: then it takes up plan edits.
    if (current?.meetingId === meetingId && current.sessionId !== null) return { ok: true, snapshot: last };
    if (current?.meetingId !== meetingId) {
      const busy = inProgress();
      if (busy) return refused(busy);
    }
    const stored: StoredMeeting | null = store.getMeeting(meetingId);
    if (!stored) return refused(serviceRefusal('meeting-not-found', { meetingId }));
    const live = store.listSessions(meetingId).find((s) => s.endedAt === null);
    let next: LiveMeeting;
    if (live) {
      const loaded = store.loadSession(live.id);
      if (!loaded) return refused(serviceRefusal('meeting-not-found', { meetingId }));
      next = resume(loaded);
    } else {
      next = preparedMeeting(store, stored, undoWindowMs);
    }
    release();
    current = next;
    return opened();
  }

  function loadSample(): CommandResult {
    if (options.sample === undefined || options.sample === null) {
      return refused(
        serviceRefusal('no-sample', { detail: '未向会议服务提供示例日程 / no sample schedule was given to the meeting service' }),
      );
    }
    const sample = sampleForToday(options.sample, clock.now());
    if (!sample.ok) return refused(serviceRefusal('no-sample', { detail: sample.detail }));
    if (current?.meetingId !== sample.meetingId) {
      const busy = inProgress();
      if (busy) return refused(busy);
    }
    store.importSchedule(sample.schedule);
    return loadMeeting(sample.meetingId);
  }

  function closeMeeting(): CommandResult {
    if (!current) return { ok: true, snapshot: last };
    const busy = inProgress();
    if (busy) return refused(busy);
    release();
    return opened();
  }

  function runService(cmd: ServiceCommand): CommandResult {
    switch (cmd.type) {
      case 'load-meeting':
        return loadMeeting(cmd.meetingId);
      case 'load-sample':
        return loadSample();
      case 'close-meeting':
        return closeMeeting();
    }
  }

  function runEngine(cmd: Command): CommandResult {
    if (!current) return refused(serviceRefusal('no-meeting-loaded'));
    const now = clock.now();
    let live = current;
    let r = reduce(live.state, cmd, now);
    if (r.refusal) return refused(engineRefusal(r.refusal));
    if (live.sessionId === null) {
      // The first accepted command writes the session. It is rebuilt from the plan as stored
      // in the session, so the state in memory is exactly what a replay will give.
      const record = store.createSession({ meetingId: live.meetingId, policyVersion: live.policyVersion, startedAt: now });
      live = rebuiltMeeting(store, { session: record, events: [] }, undoWindowMs).live;
      current = live;
      r = reduce(live.state, cmd, now);
      if (r.refusal) {
        publish();
        return refused(engineRefusal(r.refusal));
      }
    }
    // Durable first (WAL, synchronous=FULL): if this throws, nothing changes and nobody is told.
    store.appendEvents(live.sessionId!, r.events);
    live.state = r.state;
    publish();
    rearm();
    return { ok: true, snapshot: last };
  }

  function run(command: unknown): CommandResult {
    if (closed) return refused(serviceRefusal('service-closed'));
    try {
      if (isServiceCommandType(command)) {
        const parsed = ServiceCommandSchema.safeParse(command);
        return parsed.success ? runService(parsed.data) : refused(invalidCommand(parsed.error.issues));
      }
      const parsed = CommandSchema.safeParse(command);
      return parsed.success ? runEngine(parsed.data) : refused(invalidCommand(parsed.error.issues));
    } catch (e) {
      const refusal = failureRefusal(e);
      say('error', 'command-failed', { zh: refusal.message['zh-CN'], en: refusal.message.en }, { meetingId: current?.meetingId });
      return refused(refusal);
    }
  }

  /** Queries: a storage failure becomes a MeetingServiceError carrying the refusal. */
  const query = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      throw e instanceof MeetingServiceError ? e : new MeetingServiceError(failureRefusal(e));
    }
  };

  function recover(): void {
    let lives: LoadedSession[];
    try {
      lives = store.loadLiveSessions();
    } catch (e) {
      say('error', 'recovery-failed', failureText(e));
      return;
    }
    let best: { live: LiveMeeting; activity: number } | null = null;
    for (const loaded of lives) {
      const ids = { meetingId: loaded.session.meetingId, sessionId: loaded.session.id };
      try {
        const live = resume(loaded);
        const status = live.state.meeting.status;
        if (status === 'ended') {
          // Ended before the restart: undo is out of reach now, so the record is closed.
          store.endSession(live.sessionId!, live.state.meeting.endedAt ?? clock.now());
          continue;
        }
        // A session undone back to not-started waits for load-meeting; only a meeting in
        // progress is put back on the screens by itself.
        if (status !== 'running' && status !== 'recess') continue;
        const activity = live.state.lastAt ?? loaded.session.startedAt;
        if (!best || activity >= best.activity) best = { live, activity };
      } catch (e) {
        say('error', 'recovery-failed', failureText(e), ids);
      }
    }
    if (best) {
      current = best.live;
      say(
        'info',
        'recovered',
        { zh: `已恢复进行中的会议“${current.state.meeting.title}”`, en: `Resumed the meeting in progress “${current.state.meeting.title}”` },
        { meetingId: current.meetingId, sessionId: current.sessionId },
      );
      publish();
      rearm();
    }
  }

  // The clock moved forward for a suspend: deadlines may have passed, so wake now.
  const offAdvance = clock.onAdvance?.(() => {
    if (!closed && current?.sessionId) scheduler.arm(0);
  });

  recover();

  return {
    execute: (command) => Promise.resolve(run(command)),
    snapshot: () => last,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    now: () => clock.now(),
    listMeetings: (range) =>
      query(() =>
        store.listMeetings({
          ...(range?.from === undefined ? {} : { from: range.from }),
          ...(range?.to === undefined ? {} : { to: range.to }),
        }),
      ),
    getMeeting: (id) => query(() => store.getMeeting(id)),
    importSchedule(schedule, opts = {}): ImportOutcome {
      if (closed) return { ok: false, refusal: serviceRefusal('service-closed') };
      try {
        const preview = opts.preview === true;
        const result = preview ? store.previewImport(schedule) : store.importSchedule(schedule);
        if (!preview && current && current.sessionId === null && result.changed.includes(current.meetingId)) {
          // The open meeting has not started: show its new plan.
          const stored = store.getMeeting(current.meetingId);
          if (stored) {
            current = preparedMeeting(store, stored, undoWindowMs);
            publish();
          }
        }
        return { ok: true, preview, ...result };
      } catch (e) {
        return { ok: false, refusal: failureRefusal(e) };
      }
    },
    exportSchedule: () => query(() => store.exportSchedule()),
    checkMeeting: (meetingId): MeetingCheck | null =>
      query(() => {
        const stored = store.getMeeting(meetingId);
        if (!stored) return null;
        const policy = store.currentPolicy();
        const findings = checkRules(stored.meeting, {
          policy: policy.policy,
          calendar: options.calendar ?? bundledCalendar(),
          timeZone: stored.timeZone,
        });
        return {
          meetingId,
          policyVersion: policy.version,
          findings: findings.map((f) => ({ ...f, message: { 'zh-CN': formatFinding(f, 'zh-CN'), en: formatFinding(f, 'en') } })),
        };
      }),
    sessionLog: (): SessionLog | null =>
      query(() => {
        if (!current || current.sessionId === null) return null;
        return {
          sessionId: current.sessionId,
          meetingId: current.meetingId,
          events: store.loadEvents(current.sessionId) as SessionEvent[],
        };
      }),
    close(): void {
      if (closed) return;
      closed = true;
      scheduler.cancel();
      offAdvance?.();
      listeners.clear();
      if (options.ownsStore) store.close();
    },
  };
}
