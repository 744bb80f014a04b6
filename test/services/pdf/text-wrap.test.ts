import { describe, expect, it } from 'vitest';
import { tokens, wrapText } from '../../../electron/services/pdf';

/** A monospace stand-in: 汉字 and full-width marks 2 units, everything else 1. */
const measure = (t: string) => [...t].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

describe('wrapText: Chinese with Latin words and numbers', () => {
  it('breaks between 汉字 but never inside a word or a number', () => {
    expect(tokens('GDP增长5.2%，09:01开会')).toEqual(['GDP', '增', '长', '5.2%', '，', '09:01', '开', '会']);
    expect(wrapText('会议于09:01开始', 10, measure)).toEqual(['会议于', '09:01开始']);
  });

  it('keeps closing marks off the start of a line and opening marks off its end', () => {
    // 8 units: "一二三四" fills the line; "，" may not start the next, so "四，" moves together.
    expect(wrapText('一二三四，五六', 8, measure)).toEqual(['一二三', '四，五六']);
    expect(wrapText('一二三（四五）', 8, measure)).toEqual(['一二三', '（四五）']);
  });

  it('breaks English at spaces, drops the space at the break, and splits a word longer than the line', () => {
    expect(wrapText('the meeting started late', 12, measure)).toEqual(['the meeting', 'started late']);
    expect(wrapText('Supercalifragilistic', 8, measure)).toEqual(['Supercal', 'ifragili', 'stic']);
  });

  it('keeps explicit newlines and always returns a line', () => {
    expect(wrapText('第一行\n第二行', 100, measure)).toEqual(['第一行', '第二行']);
    expect(wrapText('', 10, measure)).toEqual(['']);
  });

  it('every line fits unless one glyph is wider than the line', () => {
    const text = '县委办公室关于印发《全县2026年一季度经济运行分析会议方案》的通知（县委办〔2026〕12号），请各单位认真贯彻落实。';
    for (const width of [6, 10, 17, 30]) {
      const lines = wrapText(text, width, measure);
      expect(lines.join('')).toBe(text);
      for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(Math.max(width, 4));
    }
  });
});
