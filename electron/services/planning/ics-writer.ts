import ical from 'ical-generator';
import { ITEM_KIND_TERMS, MEETING_KIND_TERMS, ROLE_TERMS } from '../../core/rules/messages';
import type { Meeting, Schedule } from '../../core/schedule/schedule-schema';
import { formatCivil, parseCivil } from '../../core/time/civil-time';
import { DUANHUI_BLOCK_BEGIN, DUANHUI_BLOCK_END } from '../schedule/ics-schedule';

/**
 * A schedule as iCalendar (RFC 5545) that calendar programs show and that parseIcsSchedule
 * reads back to the same meetings (docs/schedule-format.md, "从 .ics 读取"): kind and county-wide
 * in X-DUANHUI-* properties, agenda, approvals and chair in the Duanhui block of DESCRIPTION,
 * after a plain-text agenda for people.
 */

/** ORGANIZER needs an address; a unit (县发改局) has none here, so a reserved .invalid one stands in. */
const NO_ADDRESS = 'organiser@duanhui.invalid';

const civilWithSeconds = (text: string) => (text.length === 16 ? `${text}:00` : text.replace(/\.\d+$/, ''));

function agendaText(m: Meeting): string {
  const lines = m.agenda.map((item, i) => {
    const kind = ITEM_KIND_TERMS[item.kind].zh;
    const who = [item.speaker, item.unit].filter(Boolean).join('，');
    const ext = item.extensionMinutes ? `，申明延时${item.extensionMinutes}分钟` : '';
    return `${i + 1}. ${kind}${item.title ? `《${item.title}》` : ''}${who ? `（${who}）` : ''} ${item.minutes}分钟${ext}`;
  });
  const approvals = m.approvals.map(
    (a) => `${ROLE_TERMS[a.role].zh}${a.name ?? ''}批准（${a.approvedAt.replace('T', ' ')}${a.documentNumber ? `，${a.documentNumber}` : ''}）`,
  );
  return [
    lines.length ? `会议议程：\n${lines.join('\n')}` : '',
    m.chair ? `主持人：${m.chair}` : '',
    approvals.length ? approvals.join('\n') : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export interface IcsWriteOptions {
  /** DTSTAMP, epoch ms (the caller's clock). */
  stamp: number;
  name?: string;
}

export function scheduleToIcs(schedule: Schedule, opts: IcsWriteOptions): string {
  const zone = schedule.timeZone;
  const cal = ical({ prodId: '-//Duanhui//Planning//ZH', name: opts.name ?? '短会日程' });
  for (const m of schedule.meetings) {
    const start = parseCivil(m.start, zone);
    if (!start.ok) continue; // the schema and storage refuse such starts; nothing to place
    const startText = civilWithSeconds(formatCivil(start.value.epochMs, zone));
    const endText = civilWithSeconds(formatCivil(start.value.epochMs + m.durationMinutes * 60_000, zone));
    const block = JSON.stringify({
      ...(m.chair ? { chair: m.chair } : {}),
      approvals: m.approvals,
      agenda: m.agenda,
    });
    const human = agendaText(m);
    cal.createEvent({
      id: m.id,
      start: startText,
      end: endText,
      timezone: zone,
      stamp: new Date(opts.stamp),
      summary: m.title,
      ...(m.place ? { location: m.place } : {}),
      ...(m.organiser ? { organizer: { name: m.organiser, email: NO_ADDRESS } } : {}),
      categories: [{ name: MEETING_KIND_TERMS[m.kind].zh }, ...(m.countyWide ? [{ name: '全县性' }] : [])],
      description: `${human ? `${human}\n` : ''}${DUANHUI_BLOCK_BEGIN}\n${block}\n${DUANHUI_BLOCK_END}`,
      x: [
        ['X-DUANHUI-KIND', m.kind],
        ['X-DUANHUI-COUNTY-WIDE', m.countyWide ? 'TRUE' : 'FALSE'],
      ],
    });
  }
  return cal.toString();
}
