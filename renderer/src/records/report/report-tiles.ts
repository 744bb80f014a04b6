import type { TFunction } from 'i18next';
import type { ReportFigures } from '../../../../electron/core/records/discipline-report';
import { clockSpan, hours, percent, wordsSpan } from '../../../../electron/core/records/record-format';
import type { Lang } from '../../i18n';
import type { TileData } from '../record/record-tiles';

/** 会风会纪情况统计 at a glance: the summary figures a supervisor reads first. */
export function reportTiles(s: ReportFigures, t: TFunction, lang: Lang): TileData[] {
  const k = (key: string, opts?: Record<string, unknown>) => t(`report.tiles.${key}`, opts);
  return [
    { id: 'meetings', label: k('meetings'), value: k('meetingsValue', { count: s.meetings }), tone: 'plain' },
    { id: 'hours', label: k('hours'), value: k('hoursValue', { hours: hours(s.totalMs) }), tone: 'plain' },
    {
      id: 'average',
      label: k('average'),
      value: s.averageMs === null ? '—' : clockSpan(Math.round(s.averageMs / 1000) * 1000),
      ...(s.longest ? { sub: k('longest', { length: clockSpan(s.longest.elapsedMs) }) } : {}),
      tone: 'plain',
    },
    {
      id: 'within-cap',
      label: k('withinCap'),
      value: percent(s.withinCapShare),
      sub: k('withinCapSub', { within: s.withinCap, capped: s.cappedMeetings }),
      tone: s.cappedMeetings === 0 ? 'plain' : s.withinCap < s.cappedMeetings ? 'bad' : 'good',
    },
    {
      id: 'overtime',
      label: k('overtime'),
      value: percent(s.overtimeShare),
      sub: k('overtimeSub', { over: s.overtimeSpeeches, count: s.speeches }),
      tone: s.speeches === 0 ? 'plain' : s.overtimeSpeeches > 0 ? 'bad' : 'good',
    },
    {
      id: 'extensions',
      label: k('extensions'),
      value: k('extensionsValue', { granted: s.extensionsGranted }),
      sub: k('extensionsSub', { declared: s.extensionsDeclared, used: wordsSpan(s.extensionUsedMs, lang) }),
      tone: 'plain',
    },
    { id: 'no-meeting', label: k('noMeeting'), value: k('count', { count: s.noMeetingPeriod }), tone: s.noMeetingPeriod > 0 ? 'warn' : 'good' },
    { id: 'overrides', label: k('overrides'), value: k('count', { count: s.overrides }), tone: s.overrides > 0 ? 'warn' : 'good' },
  ];
}
