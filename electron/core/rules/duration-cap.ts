import type { Finding } from './finding';
import type { RuleInput } from './rule-context';

/** policy.md: a non-exempt meeting planned for more than the cap (120 minutes allowed). */
export function durationCap({ meeting, policy, exempt }: RuleInput): Finding[] {
  if (exempt || meeting.durationMinutes <= policy.meetingCapMinutes) return [];
  return [
    {
      rule: 'duration-cap',
      severity: 'error',
      code: 'over-cap',
      params: {
        minutes: meeting.durationMinutes,
        cap: policy.meetingCapMinutes,
        over: meeting.durationMinutes - policy.meetingCapMinutes,
        meetingKind: meeting.kind,
      },
    },
  ];
}
