import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { zhCN } from '../../renderer/src/i18n/zh-CN';
import { createI18n } from '../../renderer/src/i18n';

const leaves = (o: object, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as object, `${prefix}${k}.`)));

describe('translations', () => {
  it('English has every key of the zh-CN source, none empty, with the same placeholders', () => {
    const zh = new Map(leaves(zhCN));
    const english = new Map(leaves(en));
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(vars(text), key).toEqual(vars(zh.get(key)!));
    }
  });

  it('uses the official terms', () => {
    const all = leaves(zhCN).map(([, v]) => v).join('\n');
    for (const term of ['会议主题报告', '会议发言', '延时', '全县性会议', '无会期', '未事先申明', '已延时一次', '请抓紧时间', '请结束发言']) {
      expect(all).toContain(term);
    }
  });

  it('switches language at run time', async () => {
    const i18n = createI18n('zh-CN');
    expect(i18n.t('controls.next')).toBe('下一项');
    await i18n.changeLanguage('en');
    expect(i18n.t('controls.next')).toBe('Next');
  });
});
