import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, refusalMessage } from '../../../electron/core/engine';

const PARAMS = { title: '县发改局发言', minutes: 6, max: 5, index: 2, count: 4, seconds: 10, roles: 'party-secretary,county-head', path: 'index', message: 'x', kind: 'keynote' };

describe('refusal messages', () => {
  it('word every code in zh-CN and English, with the values filled in', () => {
    for (const code of REFUSAL_CODES) {
      const zh = refusalMessage({ code, params: PARAMS }, 'zh-CN');
      const en = refusalMessage({ code, params: PARAMS });
      expect(zh, code).toMatch(/\p{Script=Han}/u);
      expect(refusalMessage({ code, params: PARAMS }, 'en'), code).toMatch(/^[\x20-\x7E“”’—…\p{Script=Han}、]+$/u);
      expect(en).toBe(zh);
      expect(zh).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('say what the rule is', () => {
    expect(refusalMessage({ code: 'extension-not-declared', params: { title: '县财政局汇报' } })).toBe('“县财政局汇报”没有事先申明延时，不能延时。');
    expect(refusalMessage({ code: 'extension-too-long', params: PARAMS }, 'en')).toBe('An extension of 6 min is longer than the 5 min allowed.');
    expect(refusalMessage({ code: 'no-such-item', params: PARAMS }, 'zh-CN')).toBe('没有第 3 项（共 4 项）。');
    expect(refusalMessage({ code: 'undo-expired', params: PARAMS }, 'en')).toContain('10 seconds');
  });
});
