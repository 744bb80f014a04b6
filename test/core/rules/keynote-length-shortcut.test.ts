import { describe, expect, it } from 'vitest';
import { countZi } from '../../../electron/core/text/zi-count';
import { check, ofRule } from './fixtures';

// keynote-length skips counting a text that cannot exceed the cap (Word's count never gives more
// 字 than the text has UTF-16 units) or whose meeting is exempt. These pin that the findings are
// the ones counting would give.
const keynote = (text: string) => ({ kind: 'keynote', minutes: 10, text });
const withWordCount = { countZi: undefined };
const keynoteFindings = (kind: string, text: string, c: Record<string, unknown> = withWordCount) =>
  ofRule(check({ kind, durationMinutes: 120, agenda: [keynote(text)] }, c), 'keynote-length');

describe('keynote-length without counting', () => {
  it('a text of exactly the cap in UTF-16 units is within it, one unit more is counted', () => {
    expect(keynoteFindings('working', '字'.repeat(5000))).toEqual([]);
    expect(keynoteFindings('working', '字'.repeat(5001))[0]?.params).toMatchObject({ zi: 5001, over: 1, source: 'text' });
  });

  it('a text longer than the cap in units but not in 字 is counted, and passes', () => {
    const text = 'GDP '.repeat(2000); // 8000 units, 2000 字
    expect(text.length).toBeGreaterThan(5000);
    expect(countZi(text).zi).toBe(2000);
    expect(keynoteFindings('working', text)).toEqual([]);
  });

  it('surrogate pairs: 2600 Ext-B ideographs are 5200 units but 2600 字', () => {
    const text = '𠮷'.repeat(2600);
    expect(keynoteFindings('working', text)).toEqual([]);
    expect(keynoteFindings('working', '𠮷'.repeat(5001))[0]?.params).toMatchObject({ zi: 5001 });
  });

  it('an exempt meeting reports nothing for a long text, counted or not', () => {
    expect(keynoteFindings('plenary', '字'.repeat(9000))).toEqual([]);
  });

  it('a counter given by the caller is always asked: it may count more than the units', () => {
    const generous = { countZi: (t: string) => t.length * 2 };
    expect(keynoteFindings('working', '字'.repeat(3000), generous)[0]?.params).toMatchObject({ zi: 6000, source: 'text' });
  });
});
