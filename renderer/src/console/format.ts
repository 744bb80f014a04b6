import { formatClock } from '../../../electron/core/engine/clock-display';

/** Civil "HH:mm" (and the date when asked) of an instant in the meeting's zone. */
export function civilTime(at: number, timeZone: string, lang: string, withDate = false): string {
  try {
    return new Intl.DateTimeFormat(lang, {
      timeZone,
      ...(withDate ? { year: 'numeric', month: 'numeric', day: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);
  } catch {
    return new Date(at).toISOString().slice(withDate ? 0 : 11, 16).replace('T', ' ');
  }
}

export const clockOf = (ms: number): string => formatClock(Math.round(ms / 1000));
