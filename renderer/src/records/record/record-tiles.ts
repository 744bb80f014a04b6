import type { TFunction } from 'i18next';
import type { MeetingRecord } from '../../../../electron/core/records/meeting-record-types';
import { clockSpan, wordsSpan } from '../../../../electron/core/records/record-format';
import type { Lang } from '../../i18n';
import type { TileTone } from '../shared/ViewTableView';

export interface TileData {
  id: string;
  label: string;
  value: string;
  sub?: string;
  tone: TileTone;
}

/**
 * The record's headline figures, straight from the record (the facts list below says the same
 * in sentences): length against plan and cap, speeches over time, extensions, messages, the
 * approval state and the no-meeting period.
 */
export function recordTiles(r: MeetingRecord, t: TFunction, lang: Lang): TileData[] {
  const k = (key: string, opts?: Record<string, unknown>) => t(`record.tiles.${key}`, opts);
  const cap = r.policy.capMs;
  const tot = r.totals;
  const approval: Pick<TileData, 'value' | 'sub' | 'tone'> = !r.approvals.required
    ? { value: k('approvalNotNeeded'), tone: 'plain' }
    : r.approvals.override
      ? { value: k('approvalOverride'), sub: r.approvals.override.reason, tone: 'warn' }
      : r.approvals.missing.length > 0
        ? { value: k('approvalMissing'), tone: 'bad' }
        : { value: k('approvalOk'), tone: 'good' };
  const np = r.noMeetingPeriod;
  return [
    {
      id: 'length',
      label: k('length'),
      value: clockSpan(r.actual.elapsedMs),
      sub:
        r.withinCap === false
          ? k('overCap', { over: wordsSpan(r.overCapMs, lang) })
          : cap === null
            ? k('lengthSubNoCap', { planned: clockSpan(r.planned.durationMs) })
            : k('lengthSub', { planned: clockSpan(r.planned.durationMs), cap: clockSpan(cap) }),
      tone: r.withinCap === false ? 'bad' : r.withinCap ? 'good' : 'plain',
    },
    {
      id: 'overtime',
      label: k('overtime'),
      value: k('overtimeValue', { over: tot.overtimeSpeeches, count: tot.speeches }),
      sub: tot.overtimeMs > 0 ? k('overtimeSub', { count: tot.speeches, total: wordsSpan(tot.overtimeMs, lang) }) : k('overtimeSubNone', { count: tot.speeches }),
      tone: tot.overtimeSpeeches > 0 ? 'bad' : 'good',
    },
    {
      id: 'extensions',
      label: k('extensions'),
      value: k('extensionsValue', { declared: tot.extensionsDeclared, granted: tot.extensionsGranted }),
      sub: tot.extensionUsedMs > 0 ? k('extensionsSub', { used: wordsSpan(tot.extensionUsedMs, lang) }) : k('extensionsNone'),
      tone: 'plain',
    },
    { id: 'messages', label: k('messages'), value: k('messagesValue', { count: tot.messages }), tone: 'plain' },
    { id: 'approval', label: k('approval'), ...approval },
    {
      id: 'no-meeting',
      label: k('noMeeting'),
      value: !np.inPeriod ? k('noMeetingNo') : np.period === 'month' ? k('noMeetingMonth') : k('noMeetingHalf'),
      tone: np.inPeriod ? 'warn' : 'good',
    },
  ];
}
