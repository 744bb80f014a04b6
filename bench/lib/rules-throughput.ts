/**
 * Rules engine throughput: 10,000 generated meetings through checkMeeting. Generation (and zod
 * parsing) happens before the clock starts; only the checks are timed.
 */
import { bundledCalendar } from '../../electron/core/calendar';
import { APPROVAL_ROLES, ITEM_KINDS, MEETING_KINDS } from '../../electron/core/policy/ids';
import { DEFAULT_POLICY } from '../../electron/core/policy/policy';
import { checkMeeting } from '../../electron/core/rules';
import { MeetingSchema, type Meeting } from '../../electron/core/schedule/schedule-schema';

/** A small deterministic PRNG (mulberry32), so every run checks the same meetings. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const TEXT = '各位领导：截至目前，全县已落实春播面积12.6万亩，化肥、种子储备充足，农机检修完成率95%。';

export function generateMeetings(count: number, seed = 9): Meeting[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: Meeting[] = [];
  for (let i = 0; i < count; i++) {
    const year = int(2020, 2027);
    const date = `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const start = `${date}T${pad(int(7, 21))}:${pad(pick([0, 15, 30, 45]))}`;
    const agenda = Array.from({ length: int(1, 12) }, (_, k) => {
      const kind = pick(ITEM_KINDS);
      return {
        kind,
        title: `议程${k + 1}`,
        speaker: `发言人${k + 1}`,
        minutes: int(3, 40),
        ...(rnd() < 0.3 ? { extensionMinutes: int(1, 8) } : {}),
        ...(kind === 'keynote' ? (rnd() < 0.5 ? { chars: int(1000, 9000) } : { text: TEXT.repeat(int(1, 80)) }) : {}),
        ...(kind === 'report' ? { pages: int(1, 6) } : {}),
      };
    });
    const countyWide = rnd() < 0.4;
    out.push(
      MeetingSchema.parse({
        id: `bench-${i}`,
        title: `生成会议 ${i}`,
        kind: pick(MEETING_KINDS),
        countyWide,
        start,
        durationMinutes: int(30, 180),
        approvals: countyWide
          ? APPROVAL_ROLES.filter(() => rnd() < 0.8).map((role) => ({ role, approvedAt: `${date}T0${int(0, 6)}:00` }))
          : [],
        agenda,
      }),
    );
  }
  return out;
}

export interface ThroughputResult {
  meetings: number;
  findings: number;
  /** Milliseconds for the first (cold) pass. */
  coldMs: number;
  /** Median of the timed warm passes. */
  medianMs: number;
  passes: number[];
}

export function measureRulesThroughput(count = 10_000, passes = 5): ThroughputResult {
  const meetings = generateMeetings(count);
  const ctx = { policy: DEFAULT_POLICY, calendar: bundledCalendar(), timeZone: 'Asia/Shanghai' };
  const pass = (): { ms: number; findings: number } => {
    const t0 = performance.now();
    let findings = 0;
    for (const m of meetings) findings += checkMeeting(m, ctx).length;
    return { ms: performance.now() - t0, findings };
  };
  const cold = pass();
  const times = Array.from({ length: passes }, () => pass().ms).sort((a, b) => a - b);
  return { meetings: count, findings: cold.findings, coldMs: cold.ms, medianMs: times[Math.floor(times.length / 2)]!, passes: times };
}
