import type { Meeting } from '../../../electron/core/schedule/schedule-schema';
import type { MeetingRecord } from '../../../electron/core/records';
import { MIN, SEC, Sim, calendar, meetingOf } from './record-fixtures';

/** What the generator decided for each meeting: the ground truth a report is checked against. */
export interface Truth {
  id: string;
  organiser: string | null;
  exempt: boolean;
  date: string;
  hour: number;
  startedAt: number;
  /** In session (recess excluded). */
  elapsedMs: number;
  speeches: { ms: number; declaredMin: number; grantedMin: number }[];
  override: string | null;
  inNoMeetingPeriod: boolean;
  counted: boolean;
}

/** A small deterministic PRNG (mulberry32), so the month is the same on every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

export const ORGANISERS = ['县委办公室', '县政府办公室', '县发改局', '县财政局', null] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Thirty meetings in April 2026 (some over the cap, some exempt, some in the second-half
 * no-meeting period, county-wide ones with and without every approval), plus three that a
 * report for April must leave out: one in March, one in May, one never started.
 */
export function generateMonth(seed = 20260401): { records: MeetingRecord[]; truth: Truth[]; sims: Sim[] } {
  const rnd = prng(seed);
  const records: MeetingRecord[] = [];
  const truth: Truth[] = [];
  const sims: Sim[] = [];
  const run = (i: number, date: string, hour: number, counted: boolean, start = true) => {
    const organiser = ORGANISERS[i % ORGANISERS.length]!;
    const exempt = i % 7 === 3;
    const countyWide = i % 4 === 0;
    const bothApprovals = i % 8 === 0;
    const n = rnd.int(2, 6);
    const speeches = Array.from({ length: n }, () => {
      const ms = rnd.int(300, 750) * SEC;
      const declaredMin = rnd.next() < 0.4 ? (rnd.next() < 0.5 ? 3 : 5) : 0;
      const grantedMin = declaredMin > 0 && ms > 8 * MIN && rnd.next() < 0.7 ? declaredMin : 0;
      return { ms, declaredMin, grantedMin };
    });
    const remarksMs = (i % 6 === 5 ? 100 : rnd.int(10, 30)) * MIN;
    const recess = i % 5 === 2;
    const meeting: Meeting = meetingOf({
      id: `m${pad(i)}`,
      title: `第${i}次工作调度会`,
      kind: exempt ? 'plenary' : 'working',
      countyWide,
      start: `${date}T${pad(hour)}:00`,
      durationMinutes: exempt ? 180 : 120,
      ...(organiser ? { organiser } : {}),
      approvals: countyWide
        ? [
            { role: 'party-secretary', approvedAt: '2026-03-25T10:00' },
            ...(bothApprovals ? [{ role: 'county-head' as const, approvedAt: '2026-03-26T10:00' }] : []),
          ]
        : [],
      agenda: [
        ...speeches.map((s, k) => ({ id: `s${k}`, kind: 'speech' as const, speaker: `发言人${k}`, minutes: 8, extensionMinutes: s.declaredMin })),
        { id: 'r', kind: 'remarks' as const, title: '讲话', minutes: 30 },
      ],
    });
    const sim = new Sim(meeting);
    const override = countyWide && !bothApprovals ? `第${i}次会议情况紧急` : null;
    const delay = rnd.int(0, 300) * SEC;
    if (start) {
      sim.wait(delay).do({ type: 'start-meeting', ...(override ? { overrideReason: override } : {}) });
      speeches.forEach((s, k) => {
        sim.do(k === 0 ? { type: 'start-item' } : { type: 'next' });
        if (s.grantedMin > 0) sim.wait(7 * MIN).do({ type: 'grant-extension' }).wait(s.ms - 7 * MIN);
        else sim.wait(s.ms);
      });
      sim.do({ type: 'next' });
      if (recess) sim.wait(remarksMs / 2).do({ type: 'pause-meeting' }).wait(10 * MIN).do({ type: 'resume-meeting' }).wait(remarksMs / 2);
      else sim.wait(remarksMs);
      sim.do({ type: 'end-meeting' });
    }
    const dayType = calendar.dayType(date);
    const working = dayType === 'workday' || dayType === 'adjusted-workday';
    sims.push(sim);
    records.push(sim.record({ sessionId: `s-${i}` }));
    truth.push({
      id: meeting.id,
      organiser,
      exempt,
      date,
      hour,
      startedAt: sim.plannedStart + delay,
      elapsedMs: speeches.reduce((s, x) => s + x.ms, 0) + remarksMs,
      speeches,
      override: start ? override : null,
      inNoMeetingPeriod: Number(date.slice(8)) >= 16 && working && hour < 18,
      counted,
    });
  };
  for (let i = 0; i < 30; i++) {
    const day = 1 + ((i * 11) % 30);
    const hour = [9, 14, 19][rnd.int(0, 2)]!;
    // Meeting 4 (county-wide, one approval missing) is moved to the morning of 16 April, so
    // the month has a no-meeting-period meeting whose reason is an override.
    run(i, i === 4 ? '2026-04-16' : `2026-04-${pad(day)}`, i === 4 ? 9 : hour, true);
  }
  run(30, '2026-03-31', 10, false);
  run(31, '2026-05-01', 9, false);
  run(32, '2026-04-10', 9, false, false);
  return { records, truth, sims };
}
