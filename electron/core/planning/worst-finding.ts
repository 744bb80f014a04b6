import { SEVERITIES, type Severity } from '../policy/ids';
import type { Finding } from '../rules/finding';

/** The most serious severity among findings (error > warning > info), or null for none. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) {
    if (best === null || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(best)) best = f.severity;
  }
  return best;
}
