import type { i18n as I18n } from 'i18next';

/** One i18n key in both languages, for the toast (which follows the language switch while shown). */
export function bilingual(i18n: I18n, key: string, params: Record<string, unknown> = {}): { 'zh-CN': string; en: string } {
  return { 'zh-CN': i18n.getFixedT('zh-CN')(key, params), en: i18n.getFixedT('en')(key, params) };
}
