import type { Finding } from './finding';
import type { RuleInput } from './rule-context';

/**
 * policy.md: the agenda's planned minutes exceed the meeting's duration (error), or fit only
 * without the declared extensions (warning). Extensions count as declared, even one that
 * extension-limit refuses: the warning is about the plan as written.
 */
export function agendaOverrun({ meeting }: RuleInput): Finding[] {
  const agenda = meeting.agenda ?? [];
  const planned = agenda.reduce((sum, item) => sum + item.minutes, 0);
  const extensions = agenda.reduce((sum, item) => sum + (item.extensionMinutes ?? 0), 0);
  const duration = meeting.durationMinutes;
  if (planned > duration) {
    return [{ rule: 'agenda-overrun', severity: 'error', code: 'over', params: { planned, duration, over: planned - duration } }];
  }
  const total = planned + extensions;
  if (total > duration) {
    return [
      {
        rule: 'agenda-overrun',
        severity: 'warning',
        code: 'over-with-extensions',
        params: { planned, extensions, total, duration, over: total - duration },
      },
    ];
  }
  return [];
}
