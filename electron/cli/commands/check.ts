import { bundledCalendar } from '../../core/calendar';
import type { OfficialCalendar } from '../../core/calendar/calendar-types';
import { DEFAULT_POLICY, type Policy } from '../../core/policy/policy';
import { checkSchedule, formatFinding } from '../../core/rules';
import type { Lang } from '../../core/rules/finding';
import { loadPolicyFile } from '../../services/policy/policy-file';
import { loadScheduleFile } from '../../services/schedule/schedule-file';
import { checkHuman, checkJson, summarize, type MeetingResult } from '../check-output';
import { EXIT, type CliIo } from '../cli-io';
import { loadCalendarForCli } from './calendar-option';

export interface CheckArgs {
  file: string;
  json: boolean;
  lang: Lang;
  policy?: string;
  calendar?: string;
}

/**
 * `duanhui check FILE`: check a schedule (.json or .ics) against the policy. Returns the exit
 * code: 0 no error finding, 1 at least one, 2 an input (schedule, --policy, --calendar) cannot be
 * read. Input errors are thrown by the loaders as typed errors and reported by the caller
 * (duanhui.ts), which also turns any other exception into one sentence.
 */
export async function runCheck(args: CheckArgs, io: CliIo): Promise<number> {
  const policy: Policy = args.policy === undefined ? DEFAULT_POLICY : await loadPolicyFile(args.policy);
  const warn = (w: string) => io.err(`${args.lang === 'en' ? 'warning' : '警告'}: ${w}`);
  let calendar: OfficialCalendar = bundledCalendar();
  if (args.calendar !== undefined) {
    const loadedCalendar = await loadCalendarForCli(args.calendar);
    loadedCalendar.warnings.forEach(warn);
    calendar = loadedCalendar.calendar;
  }
  const loaded = await loadScheduleFile(args.file, { timeZone: policy.timeZone, lang: args.lang });
  loaded.warnings.forEach(warn);

  const timeZone = loaded.schedule.timeZone;
  const results: MeetingResult[] = checkSchedule(loaded.schedule, { policy, calendar, timeZone }).map((r) => ({
    meeting: loaded.schedule.meetings[r.meetingIndex]!,
    findings: r.findings,
  }));

  if (args.json) io.out(checkJson(results, args.lang, formatFinding));
  else {
    io.out(
      checkHuman(results, formatFinding, {
        file: args.file,
        timeZone,
        lang: args.lang,
        ...(args.policy === undefined ? {} : { policyName: policy.name }),
        ...(io.color === undefined ? {} : { color: io.color }),
      }),
    );
  }
  return summarize(results).errors > 0 ? EXIT.findings : EXIT.ok;
}
