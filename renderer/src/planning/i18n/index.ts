import type { i18n } from 'i18next';
import { planningEn } from './en';
import { planningZhCN } from './zh-CN';

/** The planning screens' i18next namespace, added to the page's instance (renderer/src/i18n). */
export const PLANNING_NS = 'planning';

export function addPlanningResources(instance: i18n): i18n {
  instance.addResourceBundle('zh-CN', PLANNING_NS, planningZhCN, true, true);
  instance.addResourceBundle('en', PLANNING_NS, planningEn, true, true);
  return instance;
}

export { planningEn, planningZhCN };
