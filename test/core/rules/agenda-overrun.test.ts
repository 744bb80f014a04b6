import { describe, expect, it } from 'vitest';
import { brief, check, ofRule } from './fixtures';

const run = (durationMinutes: number, items: [number, number?][], kind = 'working') =>
  ofRule(
    check({
      kind,
      durationMinutes,
      agenda: items.map(([minutes, extensionMinutes]) => ({ kind: 'speech', minutes, ...(extensionMinutes === undefined ? {} : { extensionMinutes }) })),
    }),
    'agenda-overrun',
  );

describe('agenda-overrun', () => {
  it.each([
    [60, [], []],
    [60, [[8], [8], [44]], []],
    [60, [[8], [8], [45]], ['error agenda-overrun/over']],
    [60, [[55, 5]], []],
    [60, [[55, 6]], ['warning agenda-overrun/over-with-extensions']],
    [60, [[50, 5], [5, 5]], ['warning agenda-overrun/over-with-extensions']],
    [60, [[61, 5]], ['error agenda-overrun/over']], // the error says it all: no warning too
    [60, [[60, 0]], []],
  ] as [number, [number, number?][], string[]][])('%i minutes, agenda %j → %j', (duration, items, expected) => {
    expect(brief(run(duration, items))).toEqual(expected);
  });

  it('records the sums', () => {
    expect(run(60, [[30], [31]])[0]?.params).toEqual({ planned: 61, duration: 60, over: 1 });
    expect(run(60, [[50, 5], [5, 5]])[0]?.params).toEqual({ planned: 55, extensions: 10, total: 65, duration: 60, over: 5 });
  });

  it.each(['plenary', 'work-conference', 'statutory'])('applies to an exempt %s meeting', (kind) => {
    expect(run(200, [[201]], kind)).toHaveLength(1);
  });
});
