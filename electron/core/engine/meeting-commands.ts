import type { ApprovalRole } from '../policy/ids';
import type { CommandOf } from './commands';
import { currentItem } from './clone';
import { inSession, type Handler } from './guards';
import { refreshItemInstants, startRun, stopRun } from './item-timing';
import { refreshMeetingInstants } from './meeting-timing';
import { refuse } from './refusals';
import type { MeetingState, SessionState } from './session-state';

/**
 * Roles of `policy.approvalRoles` with no approval dated before `startAt`. "提前" means before
 * the meeting starts: the earlier of the scheduled start and the actual one.
 */
export function missingApprovals(s: SessionState, startAt: number): ApprovalRole[] {
  return s.policy.approvalRoles.filter(
    (role) => !s.meeting.approvals.some((a) => a.role === role && a.at !== null && a.at < startAt),
  );
}

export const startMeeting: Handler<CommandOf<'start-meeting'>> = (s, cmd, now) => {
  const m = s.meeting;
  if (m.status === 'ended') return refuse('meeting-ended');
  if (m.status !== 'not-started') return refuse('meeting-already-started');
  if (m.countyWide) {
    const missing = missingApprovals(s, Math.min(m.plannedStart, now));
    if (missing.length) {
      const reason = cmd.overrideReason?.trim() ?? '';
      if (!reason) return refuse('approval-missing', { roles: missing.join(',') });
      m.approvalOverride = { reason, missingRoles: missing, at: now };
    }
  }
  m.status = 'running';
  m.startedAt = now;
  refreshMeetingInstants(m);
  return null;
};

function closeRecess(m: MeetingState, now: number): void {
  if (m.recessSince === null) return;
  m.recessBeforeMs += now - m.recessSince;
  m.recessSince = null;
  const last = m.recesses[m.recesses.length - 1];
  if (last && last.to === null) last.to = now;
}

export const pauseMeeting: Handler<CommandOf<'pause-meeting'>> = (s, _cmd, now) => {
  const r = inSession(s);
  if (r) return r;
  const m = s.meeting;
  if (m.status === 'recess') return refuse('meeting-in-recess');
  m.status = 'recess';
  m.recessSince = now;
  m.recesses.push({ from: now, to: null });
  refreshMeetingInstants(m);
  const item = currentItem(s);
  if (item?.status === 'running') {
    stopRun(item, now);
    item.status = 'paused';
    item.pausedAt = now;
    item.pausedByRecess = true;
  }
  return null;
};

export const resumeMeeting: Handler<CommandOf<'resume-meeting'>> = (s, _cmd, now) => {
  const r = inSession(s);
  if (r) return r;
  const m = s.meeting;
  if (m.status !== 'recess') return refuse('meeting-not-in-recess');
  closeRecess(m, now);
  m.status = 'running';
  refreshMeetingInstants(m);
  const item = currentItem(s);
  if (item?.status === 'paused' && item.pausedByRecess) startRun(item, now);
  return null;
};

export const endMeeting: Handler<CommandOf<'end-meeting'>> = (s, _cmd, now) => {
  const r = inSession(s);
  if (r) return r;
  const m = s.meeting;
  closeRecess(m, now);
  finishItemNow(s, now);
  m.status = 'ended';
  m.endedAt = now;
  s.message = null;
  refreshMeetingInstants(m);
  return null;
};

/** Ends the current item (running or paused) as done. */
export function finishItemNow(s: SessionState, now: number): void {
  const item = currentItem(s);
  if (!item) return;
  if (item.status === 'running') stopRun(item, now);
  item.status = 'done';
  item.endedAt = now;
  item.pausedByRecess = false;
  refreshItemInstants(item);
  s.currentId = null;
  s.message = null;
}
