import type { i18n } from 'i18next';
import { recordsEn } from './en';
import { recordsZhCN } from './zh-CN';

/** The records screens' i18next namespace, added to the page's instance (renderer/src/i18n). */
export const RECORDS_NS = 'records';

export function addRecordsResources(instance: i18n): i18n {
  instance.addResourceBundle('zh-CN', RECORDS_NS, recordsZhCN, true, true);
  instance.addResourceBundle('en', RECORDS_NS, recordsEn, true, true);
  return instance;
}

export { recordsEn, recordsZhCN };
